/**
 * Landmarks of a run for the replay index, gathered in one pass each: its time (the
 * timeline's time axis) and the task steps the loop starts (the quiz's questions). Kept in
 * typed arrays, so a run of a million events holds them in a few megabytes. Whoever reads
 * them reads `Replay.time` and `Replay.steps`, not the event log.
 */
import type { EngineEvent } from '../engine/events';

/** The run's time: each event's clock, and the clock jumps between instants. */
export interface TimeMarks {
  /** `times[i]`: the clock at event `i` (its `t`). */
  readonly times: Float64Array;
  /** The clock jumps, in order: the `clock` event's index, and the clock before it. */
  readonly jumpAt: Int32Array;
  readonly jumpFrom: Float64Array;
}

/**
 * The task steps, in order: each `handle` event the loop runs (not skipped) whose next event
 * (past `line` events) is a task's `run`; the `run` event's index and its task.
 */
export interface StepStarts {
  readonly at: Int32Array;
  readonly runAt: Int32Array;
  readonly task: Int32Array;
}

export function timeMarks(events: readonly EngineEvent[]): TimeMarks {
  const times = new Float64Array(events.length);
  const jumpAt: number[] = [];
  const jumpFrom: number[] = [];
  events.forEach((e, i) => {
    times[i] = e.t;
    if (e.type !== 'clock') return;
    jumpAt.push(i);
    jumpFrom.push(e.from);
  });
  return { times, jumpAt: Int32Array.from(jumpAt), jumpFrom: Float64Array.from(jumpFrom) };
}

export function stepStarts(events: readonly EngineEvent[]): StepStarts {
  const at: number[] = [];
  const runAt: number[] = [];
  const task: number[] = [];
  events.forEach((e, k) => {
    if (e.type !== 'handle' || e.skipped) return;
    let i = k + 1;
    while (events[i]?.type === 'line') i++;
    const run = events[i];
    if (run?.type !== 'run') return;
    at.push(k);
    runAt.push(i);
    task.push(run.task);
  });
  return { at: Int32Array.from(at), runAt: Int32Array.from(runAt), task: Int32Array.from(task) };
}

/** The step whose handle is event `k`, or null when event `k` starts no task step. */
export function stepAt(steps: StepStarts, k: number): { runAt: number; task: number } | null {
  let lo = 0;
  let hi = steps.at.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = steps.at[mid]!;
    if (at === k) return { runAt: steps.runAt[mid]!, task: steps.task[mid]! };
    if (at < k) lo = mid + 1;
    else hi = mid - 1;
  }
  return null;
}
