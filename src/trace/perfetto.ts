/**
 * The event log as a Chrome Trace Event file (the JSON object format), which Perfetto
 * (ui.perfetto.dev) and chrome://tracing open:
 *
 * - pid 1 is "asyncio event loop"; tid 0 is the loop itself (selector sleeps, output outside
 *   any task, warnings, the uncaught exception); every task has a thread of its own (tid =
 *   task id) named after it, in creation order.
 * - each step of a task (`run` to `suspend`/`done`/`error`/`cancelled`) is a complete slice
 *   (`X`) named `Task-1 L13>L7`, with the line and stack in its args;
 * - each await (`suspend` to `wake`) is an async span (`b`/`e`, cat `await`) named after
 *   what it awaits (`sleep(3)`, `Queue.get()`), with an id of its own;
 * - the ready queue's length is a counter (`C`) track, prints are instant events (`i`).
 *
 * Time: `ts` is the virtual clock in microseconds, made strictly increasing so that the
 * order of events survives: an event at the same instant as the one before it is placed
 * BURST_STEP_US (0.001 µs) after it, and a step lasts at least MIN_STEP_US (1 µs) so that a
 * zero-time step is still visible. A burst of N steps at one instant so spans about N µs;
 * the next clock jump absorbs the shift (ts never runs behind the virtual clock). The exact
 * virtual time of each slice and instant is in its args (`t`, seconds).
 */
import type { EngineEvent } from '../engine/events';
import { unreachable } from '../engine/events';
import { formatStack } from './canonical';

export const LOOP_PID = 1;
export const LOOP_TID = 0;
/** How far apart (µs) successive events at one virtual instant are placed. */
export const BURST_STEP_US = 0.001;
/** The shortest a running step is drawn (µs). */
export const MIN_STEP_US = 1;

export type TracePhase = 'X' | 'b' | 'e' | 'C' | 'i' | 'M';
export type TraceArgs = Record<string, string | number | boolean | null>;

export interface TraceEvent {
  name: string;
  ph: TracePhase;
  pid: number;
  tid: number;
  /** Microseconds; absent on metadata (`M`) events. */
  ts?: number;
  dur?: number;
  cat?: string;
  id?: string;
  /** Scope of an instant event: `t` (its thread). */
  s?: 't';
  args?: TraceArgs;
}

export interface ChromeTrace {
  traceEvents: TraceEvent[];
  displayTimeUnit: 'ms';
  metadata: Record<string, string | number>;
}

export interface PerfettoOptions {
  filename?: string;
  /** `real` for a recording made with the real clock. */
  clock?: 'virtual' | 'real';
}

/** The longest name an instant or slice gets (the full text is in its args). */
const MAX_NAME = 80;
const short = (s: string): string => (s.length > MAX_NAME ? s.slice(0, MAX_NAME - 1) + '…' : s);

/** Strictly after `prev`, even where `prev + step` rounds back to `prev`. */
function after(prev: number, step: number): number {
  const next = prev + step;
  return next > prev ? next : prev + Math.abs(prev) * Number.EPSILON * 2;
}

interface OpenStep {
  slice: TraceEvent;
  ts: number;
}

/** Builds the Chrome trace of an event log. */
export function toChromeTrace(
  events: readonly EngineEvent[],
  opts: PerfettoOptions = {},
): ChromeTrace {
  const body: TraceEvent[] = [];
  const threads = new Map<number, string>([[LOOP_TID, 'event loop']]);
  const steps = new Map<number, OpenStep>();
  const awaits = new Map<number, TraceEvent>();
  const useHandles = events.some((e) => e.type === 'queue');
  let ready = 0;
  let lastReady = -1;
  let spans = 0;
  let ts = -Infinity;

  const tidOf = (task: number): number => {
    if (!threads.has(task)) threads.set(task, `Task #${task}`);
    return task;
  };
  const closeStep = (task: number, outcome: string): void => {
    const open = steps.get(task);
    if (!open) return;
    steps.delete(task);
    open.slice.dur = Math.max(ts - open.ts, MIN_STEP_US);
    open.slice.args = { ...open.slice.args, end: short(outcome) };
  };
  const closeAwait = (task: number): void => {
    const b = awaits.get(task);
    if (!b) return;
    awaits.delete(task);
    body.push({ name: b.name, ph: 'e', cat: 'await', id: b.id!, pid: LOOP_PID, tid: b.tid, ts });
  };
  const instant = (tid: number, name: string, args: TraceArgs): void => {
    body.push({ name: short(name), ph: 'i', s: 't', pid: LOOP_PID, tid, ts, args });
  };

  for (const e of events) {
    // Loop life-cycle markers draw nothing, so they take no place in a burst either.
    if (e.type === 'loop') continue;
    const prevTs = ts === -Infinity ? e.t * 1e6 : ts;
    let next = ts === -Infinity ? e.t * 1e6 : Math.max(e.t * 1e6, after(ts, BURST_STEP_US));
    const ends =
      e.type === 'suspend' || e.type === 'done' || e.type === 'error' || e.type === 'cancelled';
    const open = ends ? steps.get(e.task) : undefined;
    if (open) next = Math.max(next, open.ts + MIN_STEP_US);
    ts = next;

    switch (e.type) {
      case 'create':
        threads.set(e.task, e.name);
        if (!useHandles) ready++;
        break;
      case 'rename':
        threads.set(tidOf(e.task), e.name);
        break;
      case 'run': {
        closeAwait(e.task);
        const stack = formatStack(e.stack);
        const name = threads.get(tidOf(e.task)) ?? '';
        const args: TraceArgs = { t: e.t, stack, line: e.stack[e.stack.length - 1] ?? null };
        const slice: TraceEvent = {
          name: short(stack ? `${name} ${stack}` : name),
          ph: 'X',
          pid: LOOP_PID,
          tid: e.task,
          ts,
          dur: MIN_STEP_US,
          args,
        };
        body.push(slice);
        steps.set(e.task, { slice, ts });
        if (!useHandles) ready = Math.max(0, ready - 1);
        break;
      }
      case 'suspend': {
        closeStep(e.task, `suspend ${e.on}`);
        closeAwait(e.task);
        const id = `0x${(++spans).toString(16)}`;
        const args: TraceArgs = { on: e.on, wait: e.wait, t: e.t };
        if (e.until !== null) args['until'] = e.until;
        const b: TraceEvent = {
          name: short(e.detail),
          ph: 'b',
          cat: 'await',
          id,
          pid: LOOP_PID,
          tid: tidOf(e.task),
          ts,
          args,
        };
        body.push(b);
        awaits.set(e.task, b);
        break;
      }
      case 'wake':
        closeAwait(tidOf(e.task));
        if (!useHandles) ready++;
        break;
      case 'done':
        closeStep(e.task, `done ${e.repr}`);
        closeAwait(tidOf(e.task));
        break;
      case 'error':
        closeStep(e.task, `error ${e.exc}`);
        closeAwait(tidOf(e.task));
        break;
      case 'cancelled':
        closeStep(e.task, 'cancelled');
        closeAwait(tidOf(e.task));
        break;
      case 'queue':
      case 'fire':
        ready++;
        break;
      case 'handle':
        ready = Math.max(0, ready - 1);
        break;
      case 'clock': {
        const what = e.why === 'sleep' ? 'time.sleep' : 'selector sleeps';
        const args: TraceArgs = { from: e.from, to: e.t, why: e.why };
        body.push({
          name: `${what} ${(e.t - e.from).toPrecision(4)} s`,
          ph: 'X',
          pid: LOOP_PID,
          tid: LOOP_TID,
          ts: prevTs,
          dur: ts - prevTs,
          args,
        });
        break;
      }
      case 'print':
        instant(e.task === null ? LOOP_TID : tidOf(e.task), e.text, { text: e.text, t: e.t });
        break;
      case 'warning':
        instant(LOOP_TID, e.text, { text: e.text, t: e.t });
        break;
      case 'uncaught':
        instant(LOOP_TID, `uncaught ${e.exc}`, { exc: e.exc, t: e.t });
        break;
      case 'limit':
        instant(LOOP_TID, `limit: ${e.message}`, { limit: e.limit, message: e.message, t: e.t });
        break;
      case 'tick':
      case 'timer':
      case 'timer-cancel':
      case 'line':
        break;
      default:
        unreachable(e);
    }
    if (ready !== lastReady) {
      lastReady = ready;
      const args: TraceArgs = useHandles ? { handles: ready } : { tasks: ready };
      body.push({ name: 'ready queue', ph: 'C', pid: LOOP_PID, tid: LOOP_TID, ts, args });
    }
  }
  // A log cut short (a limit) leaves steps and awaits open: close them at its end.
  for (const task of [...steps.keys()]) closeStep(task, 'unfinished');
  for (const task of [...awaits.keys()]) closeAwait(task);

  const meta: TraceEvent[] = [
    {
      name: 'process_name',
      ph: 'M',
      pid: LOOP_PID,
      tid: LOOP_TID,
      args: { name: 'asyncio event loop' },
    },
  ];
  let order = 0;
  for (const [tid, name] of threads) {
    meta.push({ name: 'thread_name', ph: 'M', pid: LOOP_PID, tid, args: { name } });
    meta.push({
      name: 'thread_sort_index',
      ph: 'M',
      pid: LOOP_PID,
      tid,
      args: { sort_index: order++ },
    });
  }
  const metadata: Record<string, string | number> = {
    producer: 'loopscope',
    clock: opts.clock ?? 'virtual',
    'time-unit': `microseconds of ${opts.clock === 'real' ? 'wall' : 'virtual'} time; events at one instant ${BURST_STEP_US} µs apart; steps at least ${MIN_STEP_US} µs`,
  };
  if (opts.filename !== undefined) metadata['filename'] = opts.filename;
  return { traceEvents: [...meta, ...body], displayTimeUnit: 'ms', metadata };
}

/** The Chrome trace as JSON text, ready to save as `NAME.perfetto.json`. */
export function exportPerfetto(events: readonly EngineEvent[], opts: PerfettoOptions = {}): string {
  return JSON.stringify(toChromeTrace(events, opts));
}
