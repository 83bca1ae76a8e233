/**
 * The shapes the replay index answers with: the loop's state after the first k events.
 * Records are immutable and shared between states, so a task that did not change between
 * two cursors is the same object in both (the page memoises on identity).
 */
import type { EngineEvent, HandleKind, WaitKind } from '../engine/events';
import type { StepStarts, TimeMarks } from './replay-marks';
import type { StopFacts } from './stop';
import type { VerdictFacts } from './verdict';

/** Where a task is, as the page's lanes show it. */
export const Lane = {
  Running: 'running',
  Ready: 'ready',
  Awaiting: 'awaiting',
  Done: 'done',
} as const;
export type Lane = (typeof Lane)[keyof typeof Lane];

/** How a finished task ended. */
export const Outcome = {
  Result: 'result',
  Error: 'error',
  Cancelled: 'cancelled',
} as const;
export type Outcome = (typeof Outcome)[keyof typeof Outcome];

/** What a suspended task waits for, from its last `suspend` event. */
export interface Awaiting {
  wait: WaitKind;
  /** What the card says: `sleep(3)`, `gather(10)`, `Task-3`, `Queue.get()`. */
  detail: string;
  /** For sleeps: the virtual time its timer fires. */
  until: number | null;
  /** For an awaited task: its id. */
  target: number | null;
  /** For a gather whose children could be identified: how many of them are done. */
  gather: { done: number; total: number } | null;
}

export interface TaskState {
  readonly id: number;
  readonly name: string;
  /** The coroutine function's qualified name. */
  readonly coro: string;
  readonly lane: Lane;
  /** The line the task is at: its last executed statement, or its `def` line before it starts. */
  readonly line: number;
  /** Line numbers along the await chain at the last step start or suspension, outermost first. */
  readonly stack: readonly number[];
  /** Set while the task is suspended. */
  readonly awaiting: Awaiting | null;
  readonly outcome: Outcome | null;
  /** `repr()` of the result, or `Name: message` of the exception. */
  readonly outcomeText: string | null;
  /** How many of the task's step/wakeup handles are in the ready queue. */
  readonly queued: number;
  /** The task whose gather this task is a child of (when it could be identified). */
  readonly gatherParent: number | null;
}

/** A handle as the engine queued it (the same for every state). */
export interface HandleInfo {
  readonly id: number;
  readonly kind: HandleKind;
  readonly label: string;
  readonly task: number | null;
  /** For timers: the deadline. */
  readonly when: number;
}

/** A `print()` as the console shows it. */
export interface PrintLine {
  /** Index of the `print` event in the log. */
  readonly index: number;
  readonly t: number;
  readonly text: string;
  readonly end: string;
  readonly task: number | null;
}

export interface WarningLine {
  readonly index: number;
  readonly t: number;
  readonly text: string;
}

/** A console line: a print or a warning, in the order the program wrote them. */
export interface OutputLine {
  readonly index: number;
  readonly t: number;
  readonly text: string;
  readonly warning: boolean;
}

/** The loop is about to let the clock jump: it waits in its selector, or `time.sleep` blocks it. */
export interface Sleeping {
  why: 'timer' | 'sleep';
  from: number;
  to: number;
}

/** The loop's state after the first `k` events. */
export interface LoopState {
  readonly k: number;
  /** Virtual seconds. */
  readonly clock: number;
  /** Iterations of `_run_once` begun so far. */
  readonly tick: number;
  /** Every task created so far, in creation order. */
  readonly tasks: readonly TaskState[];
  readonly running: TaskState | null;
  /** In ready-queue order, front first. */
  readonly ready: readonly TaskState[];
  readonly awaiting: readonly TaskState[];
  readonly done: readonly TaskState[];
  /** The ready queue of handles, front first. */
  readonly readyQueue: readonly HandleInfo[];
  /** Pending timers, sorted by (deadline, id). */
  readonly timers: readonly HandleInfo[];
  /** Set when the next event is a clock jump: the loop sleeps now. */
  readonly sleeping: Sleeping | null;
  /** The line the module body (outside any task) is executing, if it is. */
  readonly moduleLine: number | null;
  /**
   * How many of the run's prints / warnings have happened (prefixes of `Replay.prints` and
   * `Replay.warnings`; together, `printCount + warningCount` lines of `Replay.output`).
   */
  readonly printCount: number;
  readonly warningCount: number;
  readonly uncaught: string | null;
  readonly limit: string | null;
}

/** One stretch of a task's life in one lane, for the timeline: events [from, to). */
export interface LaneSpan {
  readonly from: number;
  readonly to: number;
  readonly lane: Lane;
}

export interface Replay {
  /** Number of events: `stateAt` accepts 0..length. */
  readonly length: number;
  /**
   * The event log it indexes. The trace layer's functions read it (exports, narration, key
   * moments, comparisons); the page asks them, or reads the states and facts below.
   */
  readonly events: readonly EngineEvent[];
  readonly prints: readonly PrintLine[];
  readonly warnings: readonly WarningLine[];
  /** Prints and warnings merged, in the order they happened: the console. */
  readonly output: readonly OutputLine[];
  /** Per task (creation order): its lane spans over the whole run. */
  readonly spans: readonly (readonly LaneSpan[])[];
  /** Task ids and (final) names, in creation order: the rows of `spans`. */
  readonly taskIds: readonly number[];
  readonly taskNames: readonly string[];
  /** Virtual time at the end of the run. */
  readonly endTime: number;
  /** What the same sleeps would take one after another: awaited sleeps plus blocking sleeps. */
  readonly sequentialSleep: number;
  /** What the run's timing teaches (`verdict.ts`). */
  readonly verdict: VerdictFacts;
  /** Why the run stopped early, when it hit a limit (`stop.ts`). */
  readonly stop: StopFacts | null;
  /** Each event's clock and the clock jumps (`replay-marks.ts`): the timeline's time axis. */
  readonly time: TimeMarks;
  /** The task steps the loop starts (`replay-marks.ts`): the quiz's questions. */
  readonly steps: StepStarts;
  stateAt(k: number): LoopState;
  /**
   * Folds up to `events` more events ahead of the last snapshot, keeping snapshots, so that
   * later seeks are quick (a replay whose facts came from the worker folds lazily); true once
   * the whole log is folded.
   */
  foldAhead(events: number): boolean;
}
