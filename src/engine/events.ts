/**
 * The engine's event log: one append-only array of typed events. Everything the page
 * shows, and the canonical trace, is derived from it.
 *
 * `t` is always the virtual clock (seconds) when the event happened.
 */

/** What a queued handle will do, for the "under the hood" view. */
export const HandleKind = {
  Step: 'step',
  Wakeup: 'wakeup',
  Timer: 'timer',
  Callback: 'callback',
} as const;
export type HandleKind = (typeof HandleKind)[keyof typeof HandleKind];

/** Why a task is suspended: the kind of thing it awaits. */
export const WaitKind = {
  Sleep: 'sleep',
  Task: 'task',
  Gather: 'gather',
  Yield: 'yield',
  Future: 'future',
} as const;
export type WaitKind = (typeof WaitKind)[keyof typeof WaitKind];

export type EngineEvent =
  /** One iteration of `_run_once` begins; `ready` handles will run in it. */
  | { type: 'tick'; t: number; tick: number; ready: number }
  /**
   * An event loop's life: `asyncio.run` starts one, then, once the main task is done and the
   * leftover tasks are cancelled, runs its shutdown steps, then closes it.
   */
  | { type: 'loop'; t: number; phase: 'start' | 'shutdown' | 'closed' }
  /** The clock moved: the selector slept until a timer (`timer`) or `time.sleep` blocked (`sleep`). */
  | { type: 'clock'; t: number; from: number; why: 'timer' | 'sleep' }
  | {
      type: 'create';
      t: number;
      task: number;
      name: string;
      coro: string;
      line: number;
      /** The task whose step created it (absent for the main task). */
      parent?: number;
    }
  /** A handle was appended to the ready queue. */
  | {
      type: 'queue';
      t: number;
      handle: number;
      kind: HandleKind;
      label: string;
      task: number | null;
    }
  /** A timer handle was pushed on the heap. */
  | { type: 'timer'; t: number; handle: number; when: number; label: string; task: number | null }
  | { type: 'timer-cancel'; t: number; handle: number }
  /** A due timer moved from the heap to the ready queue. */
  | { type: 'fire'; t: number; handle: number }
  /** The loop popped a handle from the ready queue and runs it. */
  | { type: 'handle'; t: number; handle: number; skipped: boolean }
  | { type: 'rename'; t: number; task: number; name: string }
  | { type: 'run'; t: number; task: number; stack: number[] }
  | {
      type: 'suspend';
      t: number;
      task: number;
      stack: number[];
      /** The canonical trace's ON: `sleep(3)`, `gather(10)`, `Task-3`, `yield`, `future`. */
      on: string;
      /** A fuller description for the page (`Queue.get()`, `Event.wait()`). */
      detail: string;
      wait: WaitKind;
      /** For sleeps: when the timer fires. */
      until: number | null;
      /** For awaited tasks: the task's id. */
      target: number | null;
      /** For a gather: the ids of its child tasks, in argument order. */
      children?: number[];
    }
  | { type: 'wake'; t: number; task: number }
  | { type: 'done'; t: number; task: number; repr: string }
  | { type: 'error'; t: number; task: number; exc: string }
  | { type: 'cancelled'; t: number; task: number }
  /** A statement began executing (only recorded when line tracing is on). */
  | { type: 'line'; t: number; task: number | null; line: number }
  | { type: 'print'; t: number; text: string; end: string; task: number | null }
  | { type: 'warning'; t: number; text: string }
  | { type: 'uncaught'; t: number; exc: string }
  | { type: 'limit'; t: number; limit: string; message: string };

export type EventType = EngineEvent['type'];

/** For exhaustive switches over event types. */
export function unreachable(x: never): never {
  throw new Error(`unhandled event: ${JSON.stringify(x)}`);
}
