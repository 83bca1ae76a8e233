/**
 * The replay's reducer: one event at a time onto a working state, one exhaustive switch.
 * The working state is mutable for speed, but task records are replaced, never changed,
 * so copying the `tasks` array of pointers is enough to snapshot it.
 */
import type { EngineEvent } from '../engine/events';
import { unreachable } from '../engine/events';
import { Lane, Outcome } from './replay-types';
import type { Awaiting, HandleInfo, TaskState } from './replay-types';

/** Facts about the run that never change with the cursor: built once, before folding. */
export interface Tables {
  /** By handle id. */
  readonly handles: readonly (HandleInfo | undefined)[];
  /**
   * Task id → index in creation order, -1 for none: an array by id when ids are dense (the
   * engine's count 1, 2, 3...); when they are not (an imported file may say task
   * 9007199254740991), the array is empty and `sparseIndex` maps them, so the size follows
   * the number of tasks, never the largest id.
   */
  readonly taskIndex: Int32Array;
  readonly sparseIndex: ReadonlyMap<number, number> | null;
}

/** The creation index of task `id`, or -1. */
export function indexOfTask(tables: Tables, id: number): number {
  const dense = tables.taskIndex;
  if (id >= 0 && id < dense.length) return dense[id]!;
  return tables.sparseIndex?.get(id) ?? -1;
}

/** The mutable state a fold works on. */
export interface Work {
  /** Events applied so far. */
  k: number;
  clock: number;
  tick: number;
  tasks: TaskState[];
  /** Id of the task whose step is running. */
  running: number | null;
  /** The ready queue; the front is `queue[queueHead]`. */
  queue: HandleInfo[];
  queueHead: number;
  /** Pending timers sorted by (when, id); the first is `timers[timersHead]`. */
  timers: HandleInfo[];
  timersHead: number;
  /** Tasks created by the running task during its current step (gather's children). */
  stepCreated: number[];
  moduleLine: number | null;
  printCount: number;
  warningCount: number;
  uncaught: string | null;
  limit: string | null;
  /** Called when a task's lane changes (the index builds the timeline from it). */
  onLane: ((taskIndex: number, lane: Lane, k: number) => void) | null;
}

export function emptyWork(): Work {
  return {
    k: 0,
    clock: 0,
    tick: 0,
    tasks: [],
    running: null,
    queue: [],
    queueHead: 0,
    timers: [],
    timersHead: 0,
    stepCreated: [],
    moduleLine: null,
    printCount: 0,
    warningCount: 0,
    uncaught: null,
    limit: null,
    onLane: null,
  };
}

/** A copy that shares the (immutable) task records and nothing mutable. */
export function cloneWork(w: Work): Work {
  return {
    ...w,
    tasks: w.tasks.slice(),
    queue: w.queue.slice(w.queueHead),
    queueHead: 0,
    timers: w.timers.slice(w.timersHead),
    timersHead: 0,
    stepCreated: w.stepCreated.slice(),
    onLane: null,
  };
}

/** Entries the snapshot holds: what a clone costs. */
export function workSize(w: Work): number {
  return w.tasks.length + (w.queue.length - w.queueHead) + (w.timers.length - w.timersHead);
}

function laneOf(w: Work, t: TaskState): Lane {
  if (t.outcome !== null) return Lane.Done;
  if (w.running === t.id) return Lane.Running;
  if (t.queued > 0) return Lane.Ready;
  // A task that has not started yet has its first step pending: it is ready.
  return t.awaiting !== null ? Lane.Awaiting : Lane.Ready;
}

type MutableTask = { -readonly [K in keyof TaskState]: TaskState[K] };

/** A field-by-field copy: one allocation of a fixed shape, much faster than a spread. */
function copyTask(t: TaskState): MutableTask {
  return {
    id: t.id,
    name: t.name,
    coro: t.coro,
    lane: t.lane,
    line: t.line,
    stack: t.stack,
    awaiting: t.awaiting,
    outcome: t.outcome,
    outcomeText: t.outcome === null ? null : t.outcomeText,
    queued: t.queued,
    gatherParent: t.gatherParent,
  };
}

/** Replaces task `id`'s record by a changed copy, and recomputes its lane. */
function update(w: Work, tables: Tables, id: number, change: (t: MutableTask) => void): void {
  const i = indexOfTask(tables, id);
  const old = w.tasks[i];
  if (old === undefined) return;
  const next = copyTask(old);
  change(next);
  next.lane = laneOf(w, next);
  w.tasks[i] = next;
  if (next.lane !== old.lane) w.onLane?.(i, next.lane, w.k + 1);
}

function taskOf(w: Work, tables: Tables, id: number): TaskState | undefined {
  return w.tasks[indexOfTask(tables, id)];
}

function isTaskHandle(h: HandleInfo | undefined): h is HandleInfo & { task: number } {
  return h !== undefined && h.task !== null && (h.kind === 'step' || h.kind === 'wakeup');
}

function timerBefore(a: HandleInfo, b: HandleInfo): boolean {
  return a.when < b.when || (a.when === b.when && a.id < b.id);
}

function insertTimer(w: Work, h: HandleInfo): void {
  let lo = w.timersHead;
  let hi = w.timers.length;
  // Deadlines mostly come in order: try the end first.
  if (lo === hi || timerBefore(w.timers[hi - 1]!, h)) lo = hi;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (timerBefore(w.timers[mid]!, h)) lo = mid + 1;
    else hi = mid;
  }
  if (lo === w.timers.length) w.timers.push(h);
  else w.timers.splice(lo, 0, h);
}

function removeTimer(w: Work, id: number): void {
  if (w.timers[w.timersHead]?.id === id) {
    w.timersHead++;
    if (w.timersHead > 1024 && w.timersHead * 2 > w.timers.length) {
      w.timers = w.timers.slice(w.timersHead);
      w.timersHead = 0;
    }
    return;
  }
  const i = w.timers.findIndex((h, j) => j >= w.timersHead && h.id === id);
  if (i >= 0) w.timers.splice(i, 1);
}

function popHandle(w: Work, id: number): void {
  if (w.queue[w.queueHead]?.id === id) {
    w.queueHead++;
    if (w.queueHead > 1024 && w.queueHead * 2 > w.queue.length) {
      w.queue = w.queue.slice(w.queueHead);
      w.queueHead = 0;
    }
    return;
  }
  // The loop's queue is FIFO, so this does not happen; stay correct if it ever does.
  const i = w.queue.findIndex((h, j) => j >= w.queueHead && h.id === id);
  if (i >= 0) w.queue.splice(i, 1);
}

const GATHER = /^gather\((\d+)\)$/;

/**
 * A gather's children: the engine names them; a log without names (an imported recording)
 * falls back to the last K tasks the caller created in this step, if it made that many.
 */
function gatherOf(
  w: Work,
  tables: Tables,
  parent: number,
  on: string,
  named: number[] | undefined,
): Awaiting['gather'] {
  const m = GATHER.exec(on);
  const total = named ? named.length : m ? Number(m[1]) : 0;
  const children = named ?? (w.stepCreated.length >= total ? w.stepCreated.slice(-total) : []);
  if (total === 0 || children.length < total) return null;
  let done = 0;
  for (const child of children) {
    const t = taskOf(w, tables, child);
    if (t?.outcome != null) done++;
    update(w, tables, child, (c) => (c.gatherParent = parent));
  }
  return { done, total };
}

function finish(w: Work, tables: Tables, id: number, outcome: Outcome, text: string | null): void {
  if (w.running === id) w.running = null;
  const t = taskOf(w, tables, id);
  update(w, tables, id, (t) => {
    t.outcome = outcome;
    t.outcomeText = text;
    t.awaiting = null;
  });
  const parentId = t?.gatherParent ?? null;
  const parent = parentId === null ? undefined : taskOf(w, tables, parentId);
  const g = parent?.awaiting?.gather;
  if (parent?.awaiting && g) {
    const awaiting = { ...parent.awaiting, gather: { ...g, done: g.done + 1 } };
    update(w, tables, parent.id, (p) => (p.awaiting = awaiting));
  }
}

/** Task `id`'s step begins: it is the running task (a task still marked running leaves that lane). */
function startStep(w: Work, tables: Tables, id: number): void {
  const prev = w.running;
  w.running = id;
  w.stepCreated = [];
  if (prev !== null && prev !== id) update(w, tables, prev, () => {});
}

/** Applies event `e` (the `w.k`-th) to `w`. */
export function apply(w: Work, tables: Tables, e: EngineEvent): void {
  switch (e.type) {
    case 'tick':
      w.tick = e.tick;
      w.moduleLine = null;
      break;
    case 'clock':
      break;
    case 'create': {
      const t: TaskState = {
        id: e.task,
        name: e.name,
        coro: e.coro,
        lane: Lane.Ready,
        line: e.line,
        stack: [e.line],
        awaiting: null,
        outcome: null,
        outcomeText: null,
        queued: 0,
        gatherParent: null,
      };
      const i = indexOfTask(tables, e.task);
      if (i >= 0) {
        w.tasks[i] = t;
        w.onLane?.(i, Lane.Ready, w.k + 1);
      }
      if (w.running !== null) w.stepCreated.push(e.task);
      break;
    }
    case 'rename':
      update(w, tables, e.task, (t) => (t.name = e.name));
      break;
    case 'queue': {
      const h = tables.handles[e.handle];
      if (h) w.queue.push(h);
      if (isTaskHandle(h)) update(w, tables, h.task, (t) => t.queued++);
      break;
    }
    case 'timer': {
      const h = tables.handles[e.handle];
      if (h) insertTimer(w, h);
      break;
    }
    case 'timer-cancel':
      removeTimer(w, e.handle);
      break;
    case 'fire': {
      removeTimer(w, e.handle);
      const h = tables.handles[e.handle];
      if (h) w.queue.push(h);
      break;
    }
    case 'handle': {
      popHandle(w, e.handle);
      const h = tables.handles[e.handle];
      if (!isTaskHandle(h)) break;
      // `_run_once` pops the front handle and calls it: a task's step or wakeup runs the task
      // now. It goes from the front of Ready straight to Running, not back into a lane first.
      const known = taskOf(w, tables, h.task);
      if (!e.skipped && known !== undefined && known.outcome === null) startStep(w, tables, h.task);
      update(w, tables, h.task, (t) => (t.queued = Math.max(0, t.queued - 1)));
      break;
    }
    case 'run': {
      if (w.running !== e.task) startStep(w, tables, e.task);
      update(w, tables, e.task, (t) => {
        t.stack = e.stack;
        t.awaiting = null;
      });
      break;
    }
    case 'suspend': {
      if (w.running === e.task) w.running = null;
      const awaiting: Awaiting = {
        wait: e.wait,
        detail: e.detail,
        until: e.until,
        target: e.target,
        gather: e.wait === 'gather' ? gatherOf(w, tables, e.task, e.on, e.children) : null,
      };
      w.stepCreated = [];
      update(w, tables, e.task, (t) => {
        t.stack = e.stack;
        t.awaiting = awaiting;
      });
      break;
    }
    case 'wake':
      // The wakeup handle's `queue` event already made the task ready.
      break;
    case 'done':
      finish(w, tables, e.task, Outcome.Result, e.repr);
      break;
    case 'error':
      finish(w, tables, e.task, Outcome.Error, e.exc);
      break;
    case 'cancelled':
      finish(w, tables, e.task, Outcome.Cancelled, 'CancelledError');
      break;
    case 'line':
      if (e.task === null) w.moduleLine = e.line;
      else update(w, tables, e.task, (t) => (t.line = e.line));
      break;
    case 'print':
      w.printCount++;
      break;
    case 'warning':
      w.warningCount++;
      break;
    case 'uncaught':
      w.uncaught = e.exc;
      break;
    case 'limit':
      w.limit = e.message;
      break;
    case 'loop':
      break;
    default:
      unreachable(e);
  }
  w.clock = e.t;
  w.k++;
}
