/**
 * Runs simulations in a Web Worker, so a long one never freezes the page, and ends them:
 * a newer request, the Stop button or the wall-clock limit terminates the worker (a
 * simulation is one synchronous call: nothing short of that interrupts it) and the next
 * request gets a fresh one. An ended run answers with the events the worker streamed so
 * far, closed by a `limit` event that says why, so it replays like any limited run.
 */
import type { EngineEvent } from '../../engine/events';
import { LIMITS, limitPhrase } from '../../limits';
import { unpackLog } from '../../trace/packed-log';
import type { PackedLog } from '../../trace/packed-log';
import type { Replay } from '../../trace/replay';
import { openIndex } from '../../trace/replay-index';
import type { SimRequest, SimResponse, SimRunner, WorkerMessage } from './protocol';

/** What the runner needs of a Worker (tests give it a fake one). */
export interface WorkerLike {
  onmessage: ((e: MessageEvent<WorkerMessage>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  onmessageerror: ((e: MessageEvent) => void) | null;
  postMessage(request: SimRequest): void;
  terminate(): void;
}

export interface WorkerRunnerOptions {
  /** Real milliseconds a simulation may take (default: the wall-clock limit). */
  readonly timeoutMs?: number;
  readonly create?: () => WorkerLike;
}

/**
 * After a run this long, the worker is let go (the next run gets a fresh one): its heap grew
 * to hold the run, and an idle worker would keep that memory.
 */
export const RECYCLE_AFTER_EVENTS = 100_000;

/**
 * A replay the worker indexed folds lazily; after it is on screen, the page folds it ahead
 * this many events a task (a few ms), so that a later seek anywhere is quick.
 */
export const FOLD_AHEAD_EVENTS = 8192;

/** The simulation's wall-clock budget on the page, in milliseconds. */
export const WALL_CLOCK_MS = LIMITS.wallClock.value * 1000;

export const wallClockMessage = (): string =>
  `the simulation took more than ${LIMITS.wallClock.shown} of real time ${limitPhrase('wallClock')}`;

const spawn = (): WorkerLike =>
  new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' });

/** The events so far, closed by a `limit` event saying why the run ended there. */
export function endedResponse(
  id: number,
  chunks: readonly PackedLog[],
  limit: string,
  message: string,
): SimResponse {
  const events: EngineEvent[] = [];
  for (const chunk of chunks) unpackLog(chunk, events);
  events.push({ type: 'limit', t: events.at(-1)?.t ?? 0, limit, message });
  return { id, status: 'limit', events, diagnostic: null, message };
}

interface InFlight {
  readonly request: SimRequest;
  readonly resolve: (r: SimResponse | null) => void;
  readonly chunks: PackedLog[];
  readonly started: number;
  readonly timer: ReturnType<typeof setTimeout>;
}

export function createWorkerRunner(options: WorkerRunnerOptions = {}): SimRunner {
  const timeoutMs = options.timeoutMs ?? WALL_CLOCK_MS;
  const create = options.create ?? spawn;
  let worker: WorkerLike | null = null;
  /**
   * A worker started ahead, once a run has been superseded (a drag of the slider ends one
   * run after another): the next run starts in it at once, not after a worker's start-up.
   */
  let spare: WorkerLike | null = null;
  let current: InFlight | null = null;
  /** The replay being folded ahead (a newer run's replaces it). */
  let warming: Replay | null = null;
  const foldAhead = (replay: Replay) => {
    warming = replay;
    const step = () => {
      if (warming === replay && !replay.foldAhead(FOLD_AHEAD_EVENTS)) setTimeout(step, 0);
    };
    setTimeout(step, 0);
  };

  const finish = (response: SimResponse | null) => {
    const c = current;
    if (c === null) return;
    current = null;
    clearTimeout(c.timer);
    c.resolve(response);
  };

  const kill = () => {
    worker?.terminate();
    worker = null;
  };

  /** Ends the run in progress: the worker goes, the events so far replay. */
  const end = (limit: string, message: string) => {
    const c = current;
    if (c === null) return;
    kill();
    finish(endedResponse(c.request.id, c.chunks, limit, message));
  };

  /** Listens to `w` (a new worker, or the spare): it becomes the worker that runs. */
  const start = (w: WorkerLike = create()): WorkerLike => {
    w.onmessage = (e) => {
      const m = e.data;
      const c = current;
      if (w !== worker || c === null) return;
      if (m.kind === 'events') {
        if (m.id === c.request.id) c.chunks.push(m.log);
        return;
      }
      if (m.response.id !== c.request.id) return;
      let answer: SimResponse;
      if (m.index) {
        const { events, replay } = openIndex(c.chunks, m.index);
        answer = { ...m.response, events, replay };
        foldAhead(replay);
      } else {
        const events: EngineEvent[] = [];
        for (const chunk of c.chunks) unpackLog(chunk, events);
        answer = { ...m.response, events };
      }
      if (answer.events.length > RECYCLE_AFTER_EVENTS) kill();
      finish(answer);
    };
    const failed = (why: string) => {
      if (w !== worker) return;
      if (current === null) kill();
      else end('worker', `the simulation stopped: ${why}`);
    };
    w.onerror = (e) => {
      e.preventDefault?.();
      failed(`its worker failed (${e.message || 'out of memory, or an internal error'})`);
    };
    w.onmessageerror = () => failed('its answer could not be read');
    return w;
  };

  return {
    run(request: SimRequest) {
      // A run still going is superseded: end it now, rather than wait for it.
      const superseded = current !== null;
      if (superseded) {
        kill();
        finish(null);
        worker = spare && start(spare);
      }
      const w = (worker ??= start());
      if (superseded) spare = create();
      return new Promise<SimResponse | null>((resolve) => {
        current = {
          request,
          resolve,
          chunks: [],
          started: Date.now(),
          timer: setTimeout(() => end('wall-clock', wallClockMessage()), timeoutMs),
        };
        w.postMessage(request);
      });
    },
    stop() {
      const c = current;
      if (c === null) return false;
      const seconds = ((Date.now() - c.started) / 1000).toFixed(1);
      end('stop', `you pressed Stop after ${seconds} s of real time`);
      return true;
    },
    dispose() {
      kill();
      spare?.terminate();
      spare = null;
      finish(null);
    },
  };
}
