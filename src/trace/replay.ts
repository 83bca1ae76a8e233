/**
 * The replay index: the loop's state after the first k events, for any k, fast.
 *
 * One pass folds the whole log (`replay-fold.ts`) and keeps a snapshot of the working
 * state every few thousand events; `stateAt(k)` restores the nearest snapshot at or
 * before k and folds the rest. When the state is big (tens of thousands of tasks),
 * snapshots come a little further apart (one per eighth of the state's size in events),
 * which keeps their memory in proportion to the log while a seek stays a few ms. Consecutive seeks forward continue from the last one.
 */
import type { EngineEvent } from '../engine/events';
import { apply, cloneWork, emptyWork, indexOfTask, workSize } from './replay-fold';
import { stepStarts, timeMarks } from './replay-marks';
import type { Tables, Work } from './replay-fold';
import { Lane } from './replay-types';
import { stopFacts } from './stop';
import type { StopFacts } from './stop';
import { verdictFacts } from './verdict';
import type { VerdictFacts } from './verdict';
import type {
  HandleInfo,
  LaneSpan,
  LoopState,
  OutputLine,
  PrintLine,
  Replay,
  Sleeping,
  TaskState,
  WarningLine,
} from './replay-types';

export * from './replay-types';

/** The fewest events between two snapshots. */
export const SNAPSHOT_EVERY = 4096;

/** Handles, tasks and output: facts of the whole run, gathered before folding. */
export function buildTables(events: readonly EngineEvent[]): Tables {
  const handles: (HandleInfo | undefined)[] = [];
  const ids: number[] = [];
  for (const e of events) {
    if (e.type === 'queue') {
      handles[e.handle] = { id: e.handle, kind: e.kind, label: e.label, task: e.task, when: e.t };
    } else if (e.type === 'timer') {
      handles[e.handle] = {
        id: e.handle,
        kind: 'timer',
        label: e.label,
        task: e.task,
        when: e.when,
      };
    } else if (e.type === 'create') {
      ids.push(e.task);
    }
  }
  return { handles, ...indexTasks(ids) };
}

/** Task ids (in creation order) → creation index: an array when the ids are dense, else a map. */
export function indexTasks(ids: readonly number[]): Omit<Tables, 'handles'> {
  let maxId = -1;
  for (const id of ids) if (id > maxId) maxId = id;
  if (maxId < 2 * ids.length + 1024) {
    const taskIndex = new Int32Array(maxId + 1).fill(-1);
    ids.forEach((id, i) => {
      if (taskIndex[id] === -1) taskIndex[id] = i;
    });
    return { taskIndex, sparseIndex: null };
  }
  const sparseIndex = new Map<number, number>();
  ids.forEach((id, i) => {
    if (!sparseIndex.has(id)) sparseIndex.set(id, i);
  });
  return { taskIndex: new Int32Array(0), sparseIndex };
}

/** The state after the first `k` events, folded from the start: the definition `stateAt` must meet. */
export function foldTo(events: readonly EngineEvent[], k: number, tables = buildTables(events)) {
  const w = emptyWork();
  const end = Math.max(0, Math.min(k, events.length));
  while (w.k < end) apply(w, tables, events[w.k]!);
  return view(w, tables, events);
}

function sleepingAt(events: readonly EngineEvent[], k: number): Sleeping | null {
  const next = events[k];
  return next?.type === 'clock' ? { why: next.why, from: next.from, to: next.t } : null;
}

function view(w: Work, tables: Tables, events: readonly EngineEvent[]): LoopState {
  const tasks = w.tasks.slice();
  const readyQueue = w.queue.slice(w.queueHead);
  const ready: TaskState[] = [];
  const listed = new Uint8Array(tasks.length);
  for (const h of readyQueue) {
    if (h.task === null || (h.kind !== 'step' && h.kind !== 'wakeup')) continue;
    const i = indexOfTask(tables, h.task);
    const t = tasks[i];
    if (t?.lane === Lane.Ready && !listed[i]) {
      listed[i] = 1;
      ready.push(t);
    }
  }
  const awaiting: TaskState[] = [];
  const done: TaskState[] = [];
  for (let i = 0; i < tasks.length; i++) {
    const t = tasks[i]!;
    if (t.lane === Lane.Awaiting) awaiting.push(t);
    else if (t.lane === Lane.Done) done.push(t);
    else if (t.lane === Lane.Ready && !listed[i]) ready.push(t); // created, step not yet queued
  }
  return {
    k: w.k,
    clock: w.clock,
    tick: w.tick,
    tasks,
    running: w.running === null ? null : (tasks[indexOfTask(tables, w.running)] ?? null),
    ready,
    awaiting,
    done,
    readyQueue,
    timers: w.timers.slice(w.timersHead),
    sleeping: sleepingAt(events, w.k),
    moduleLine: w.moduleLine,
    printCount: w.printCount,
    warningCount: w.warningCount,
    uncaught: w.uncaught,
    limit: w.limit,
  };
}

interface Snapshot {
  readonly k: number;
  readonly work: Work;
}

function outputOf(events: readonly EngineEvent[]) {
  const prints: PrintLine[] = [];
  const warnings: WarningLine[] = [];
  const output: OutputLine[] = [];
  events.forEach((e, index) => {
    if (e.type === 'print') {
      const line = { index, t: e.t, text: e.text, end: e.end, task: e.task };
      prints.push(line);
      output.push({ ...line, warning: false });
    } else if (e.type === 'warning') {
      const line = { index, t: e.t, text: e.text };
      warnings.push(line);
      output.push({ ...line, warning: true });
    }
  });
  return { prints, warnings, output };
}

/**
 * The facts of a whole run that take a full fold to find: each task's lane spans, ids and
 * names, the verdict and the stop. The simulation worker builds them beside the run and
 * hands them over as flat arrays (`replay-index.ts`); the page then folds only to the
 * states it shows.
 */
export interface RunFacts {
  readonly spans: readonly (readonly LaneSpan[])[];
  readonly taskIds: readonly number[];
  readonly taskNames: readonly string[];
  readonly verdict: VerdictFacts;
  readonly stop: StopFacts | null;
}

/** Folds the whole log once for its run facts, keeping snapshots on the way when asked. */
function foldAll(events: readonly EngineEvent[], tables: Tables, snapshots: Snapshot[] | null) {
  const spans: LaneSpan[][] = [];
  const open: { from: number; lane: Lane }[] = [];
  const w = emptyWork();
  w.onLane = (i, lane, k) => {
    const cur = open[i];
    if (cur && cur.from < k) (spans[i] ??= []).push({ from: cur.from, to: k, lane: cur.lane });
    open[i] = { from: k, lane };
  };
  while (w.k < events.length) {
    apply(w, tables, events[w.k]!);
    if (snapshots) keepSnapshot(snapshots, w);
  }
  open.forEach((cur, i) => {
    if (cur.from < events.length || !spans[i]?.length)
      (spans[i] ??= []).push({ from: cur.from, to: events.length, lane: cur.lane });
  });
  const facts: RunFacts = {
    spans: Array.from({ length: w.tasks.length }, (_, i) => spans[i] ?? []),
    taskIds: w.tasks.map((t) => t.id),
    taskNames: w.tasks.map((t) => t.name),
    verdict: verdictFacts(events),
    stop: stopFacts(events),
  };
  return facts;
}

/** Keeps a snapshot of `w` when it is far enough past the last one. */
function keepSnapshot(snapshots: Snapshot[], w: Work): void {
  const last = snapshots[snapshots.length - 1]!.k;
  if (w.k > last && w.k - last >= Math.max(SNAPSHOT_EVERY, workSize(w) / 8))
    snapshots.push({ k: w.k, work: cloneWork(w) });
}

/** The run facts of `events` (one full fold): what the worker builds beside a run. */
export function runFacts(events: readonly EngineEvent[]): RunFacts {
  return foldAll(events, buildTables(events), null);
}

/** Folds the whole log once, keeping snapshots and each task's lane spans. */
export function buildReplay(events: readonly EngineEvent[]): Replay {
  const tables = buildTables(events);
  const snapshots: Snapshot[] = [{ k: 0, work: emptyWork() }];
  return replayOf(events, tables, foldAll(events, tables, snapshots), snapshots);
}

/**
 * The replay of `events` whose run facts were found elsewhere (the worker): no fold now;
 * `stateAt` folds to the states asked for, keeping snapshots as it first passes them.
 */
export function replayWithFacts(events: readonly EngineEvent[], facts: RunFacts): Replay {
  return replayOf(events, buildTables(events), facts, [{ k: 0, work: emptyWork() }]);
}

function replayOf(
  events: readonly EngineEvent[],
  tables: Tables,
  facts: RunFacts,
  snapshots: Snapshot[],
): Replay {
  const endTime = events.length ? events[events.length - 1]!.t : 0;
  // The last state folded to: a seek forward from it needs no snapshot.
  let cursor: Work | null = null;

  function stateAt(k: number): LoopState {
    const target = Math.max(0, Math.min(Math.trunc(k) || 0, events.length));
    let lo = 0;
    let hi = snapshots.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (snapshots[mid]!.k <= target) lo = mid;
      else hi = mid - 1;
    }
    const snap = snapshots[lo]!;
    const work = cursor && cursor.k <= target && cursor.k >= snap.k ? cursor : cloneWork(snap.work);
    while (work.k < target) {
      apply(work, tables, events[work.k]!);
      keepSnapshot(snapshots, work);
    }
    cursor = work;
    return view(work, tables, events);
  }

  // A fold from the last snapshot toward the end, apart from the cursor's.
  let ahead: Work | null = null;
  let foldedAll = false;
  function foldAhead(count: number): boolean {
    if (foldedAll) return true;
    const last = snapshots[snapshots.length - 1]!;
    const work = ahead && ahead.k >= last.k ? ahead : cloneWork(last.work);
    const end = Math.min(events.length, work.k + Math.max(1, count));
    while (work.k < end) {
      apply(work, tables, events[work.k]!);
      keepSnapshot(snapshots, work);
    }
    foldedAll = work.k >= events.length;
    ahead = foldedAll ? null : work;
    return foldedAll;
  }

  return {
    length: events.length,
    events,
    ...outputOf(events),
    sequentialSleep: facts.verdict.sequential,
    verdict: facts.verdict,
    stop: facts.stop,
    spans: facts.spans,
    taskIds: facts.taskIds,
    taskNames: facts.taskNames,
    endTime,
    time: timeMarks(events),
    steps: stepStarts(events),
    stateAt,
    foldAhead,
  };
}
