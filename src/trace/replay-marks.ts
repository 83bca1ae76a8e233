/**
 * Landmarks of a run for the replay index, gathered in one pass each: the clock jumps (the
 * timeline's time axis) and the task steps the loop starts (the quiz's questions). Kept in
 * typed arrays, so a run of a million events holds them in a few megabytes. Whoever reads
 * them reads `Replay.jumps` and `Replay.steps`, not the event log.
 */
import type { EngineEvent } from '../engine/events';

/** The clock jumps, in order: the `clock` event's index, and the clock before and after it. */
export interface ClockJumps {
  readonly at: Int32Array;
  readonly from: Float64Array;
  readonly to: Float64Array;
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

export function clockJumps(events: readonly EngineEvent[]): ClockJumps {
  const at: number[] = [];
  const from: number[] = [];
  const to: number[] = [];
  events.forEach((e, i) => {
    if (e.type !== 'clock') return;
    at.push(i);
    from.push(e.from);
    to.push(e.t);
  });
  return { at: Int32Array.from(at), from: Float64Array.from(from), to: Float64Array.from(to) };
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
