/**
 * Why a run stopped early, from its event log: the limit it hit, and who had the loop then.
 * A task (or the module body) whose current stretch of running fills most of the log never
 * gave the loop back: it is named with the line where it spins. Pure.
 */
import type { EngineEvent } from '../engine/events';

export interface StopFacts {
  /** The limit's id (`events`, `statements`, `time`, `output`). */
  readonly limit: string;
  /** The limit's message, naming it: `… (the event limit)`. */
  readonly message: string;
  /** Events before the stop: all of them replay. */
  readonly events: number;
  /** The task that had the loop when the run stopped, or null (the module body, or nobody). */
  readonly task: { readonly name: string; readonly coro: string } | null;
  /** The module body had the loop (outside any task). */
  readonly module: boolean;
  /** The line it was running, when known. */
  readonly line: number | null;
  /** It had been running without giving the loop back for at least half of the run. */
  readonly stuck: boolean;
}

type Holder = number | 'module' | null;

/** The stop of a log that ends with a `limit` event, or null for a run that finished. */
export function stopFacts(events: readonly EngineEvent[]): StopFacts | null {
  const end = events.length - 1;
  const last = events[end];
  if (last?.type !== 'limit') return null;
  const tasks = new Map<number, { name: string; coro: string }>();
  /** Who has the loop: a task id, 'module', or null (the loop itself). */
  let holder = 'module' as Holder;
  let since = 0;
  let line: number | null = null;
  const take = (who: Holder, i: number) => {
    if (holder !== who) {
      holder = who;
      since = i;
      line = null;
    }
  };
  for (let i = 0; i < end; i++) {
    const e = events[i]!;
    switch (e.type) {
      case 'create':
        tasks.set(e.task, { name: e.name, coro: e.coro });
        break;
      case 'rename': {
        const t = tasks.get(e.task);
        if (t) tasks.set(e.task, { ...t, name: e.name });
        break;
      }
      case 'loop':
        take(e.phase === 'closed' ? 'module' : null, i);
        break;
      case 'tick':
        take(null, i);
        break;
      case 'run':
        take(e.task, i);
        line = e.stack[e.stack.length - 1] ?? null;
        break;
      case 'suspend':
      case 'done':
      case 'error':
      case 'cancelled':
        if (holder === e.task) take(null, i);
        break;
      case 'line':
        if ((e.task ?? 'module') === holder) line = e.line;
        break;
      default:
        break;
    }
  }
  const who = holder;
  const task = typeof who === 'number' ? (tasks.get(who) ?? null) : null;
  return {
    limit: last.limit,
    message: last.message,
    events: end,
    task,
    module: who === 'module',
    line: who === null ? null : line,
    stuck: who !== null && end - since >= end / 2,
  };
}

/** `pass` from line `n` of the source, trimmed and kept short; null when there is none. */
function codeAt(lines: readonly string[], line: number): string | null {
  const text = lines[line - 1]?.trim();
  if (!text) return null;
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** The function whose body holds line `n`: the nearest `def` above it, indented less. */
function functionAt(lines: readonly string[], line: number): string | null {
  const indent = (s: string) => s.length - s.trimStart().length;
  let limit = indent(lines[line - 1] ?? '');
  for (let i = line - 2; i >= 0 && limit > 0; i--) {
    const text = lines[i]!;
    if (!text.trim() || text.trimStart().startsWith('#') || indent(text) >= limit) continue;
    const def = /^\s*(?:async\s+)?def\s+(\w+)/.exec(text);
    if (def) return def[1]!;
    limit = indent(text);
  }
  return null;
}

function where(lines: readonly string[], line: number | null): string {
  if (line === null || line <= 0) return '';
  const code = codeAt(lines, line);
  const fn = functionAt(lines, line);
  return `line ${line}${code ? ` (\`${code}\`)` : ''}${fn ? ` in ${fn}()` : ''}`;
}

/** The stop in a few plain sentences: who, where, which limit, and that the events replay. */
export function describeStop(stop: StopFacts, source: string): string {
  const at = where(source.split('\n'), stop.line);
  const replay = `The ${stop.events.toLocaleString('en-US')} events before it replay.`;
  const limit = `The run stopped at a limit: ${stop.message}.`;
  if (stop.stuck && stop.task) {
    const spins = at ? `it spins on ${at}` : `it spins in ${stop.task.coro}()`;
    return `${stop.task.name} never gives the loop back: ${spins} without an \`await\` that waits, so nothing else can run. ${limit} ${replay}`;
  }
  if (stop.stuck && stop.module) {
    const spins = at ? `it spins on ${at}` : 'it keeps running';
    return `The module body never finishes: ${spins}. ${limit} ${replay}`;
  }
  if (stop.task) {
    const running = at ? ` on ${at}` : '';
    return `${limit} ${stop.task.name} (${stop.task.coro}) was running${running}. ${replay}`;
  }
  return `${limit} ${replay}`;
}
