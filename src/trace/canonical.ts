/**
 * The canonical trace: the projection of the event log that real CPython can print too
 * (see docs: trace-format). One line an event, `T KIND FIELDS`.
 */
import type { EngineEvent } from '../engine/events';
import { unreachable } from '../engine/events';
import { formatFloat } from '../engine/numfmt';

/** `f"{t:.3f}"`, memoised: a run has few distinct clock values and many events. */
export function makeTimeFormatter(): (t: number) => string {
  let lastT = NaN;
  let last = '';
  return (t) => {
    if (t !== lastT) {
      lastT = t;
      last = formatFloat(t, '.3f');
    }
    return last;
  };
}

export function formatStack(stack: readonly number[]): string {
  let s = '';
  for (let i = 0; i < stack.length; i++) s += (i ? '>L' : 'L') + stack[i]!;
  return s;
}

/**
 * Projects events to canonical lines one at a time, calling `out` for each line; usable
 * as a run's `onEvent` so that nothing needs to be kept.
 */
export function canonicalProjector(out: (line: string) => void): (e: EngineEvent) => void {
  const names: string[] = [];
  const fmt = makeTimeFormatter();
  // The oracle stops tracing asyncio.run's shutdown steps: there it writes no `wake`, and
  // nothing at all of the tasks created then (an async generator's finalizer).
  let shutdown = false;
  const hidden = new Set<number>();
  return (e) => {
    if (shutdown && e.type === 'wake') return;
    if ('task' in e && e.task !== null && hidden.has(e.task) && e.type !== 'print') return;
    switch (e.type) {
      case 'loop':
        shutdown = e.phase === 'shutdown';
        break;
      case 'create':
        if (shutdown) {
          hidden.add(e.task);
          break;
        }
        names[e.task] = e.name;
        out(`${fmt(e.t)} create ${e.name} ${e.coro}`);
        break;
      case 'rename':
        names[e.task] = e.name;
        break;
      case 'run':
        out(`${fmt(e.t)} run ${names[e.task]} ${formatStack(e.stack)}`);
        break;
      case 'suspend':
        out(`${fmt(e.t)} suspend ${names[e.task]} ${formatStack(e.stack)} ${e.on}`);
        break;
      case 'wake':
        out(`${fmt(e.t)} wake ${names[e.task]}`);
        break;
      case 'done':
        out(`${fmt(e.t)} done ${names[e.task]} ${e.repr}`);
        break;
      case 'error':
        // Task.__step re-raises these out of the loop: CPython's tracer records no outcome
        if (!/^(SystemExit|KeyboardInterrupt)\b/.test(e.exc))
          out(`${fmt(e.t)} error ${names[e.task]} ${e.exc}`);
        break;
      case 'cancelled':
        out(`${fmt(e.t)} cancelled ${names[e.task]}`);
        break;
      case 'print':
        for (const line of e.text.split('\n')) out(`${fmt(e.t)} print ${line}`);
        break;
      case 'warning':
        out(`${fmt(e.t)} warning ${e.text}`);
        break;
      case 'uncaught':
        out(`${fmt(e.t)} uncaught ${e.exc}`);
        break;
      case 'tick':
      case 'clock':
      case 'queue':
      case 'timer':
      case 'timer-cancel':
      case 'fire':
      case 'handle':
      case 'line':
      case 'limit':
        break;
      default:
        unreachable(e);
    }
  };
}

/** Projects a whole event log, calling `out` for each canonical line. */
export function projectCanonical(
  events: readonly EngineEvent[],
  out: (line: string) => void,
): void {
  const project = canonicalProjector(out);
  for (const e of events) project(e);
}

export function canonicalLines(events: readonly EngineEvent[]): string[] {
  const lines: string[] = [];
  projectCanonical(events, (l) => lines.push(l));
  return lines;
}
