/**
 * Facts every event log must satisfy, whatever the program: the loop's single thread, a
 * clock that only goes forward, a task life cycle as asyncio's `Task.__step` makes it,
 * and a ready queue that is a FIFO fed by `queue` and `fire`.
 *
 * `logViolations(events)` checks them in one pass and returns what it found wrong (the
 * first few, each with the index and text of the offending event), so a property test can
 * print the program and the reasons together. It needs the loop detail (`loopDetail: true`).
 */
import type { EngineEvent } from '../engine/events';

/** Where a task is in its life, as far as the log tells. */
type Life = 'created' | 'running' | 'suspended' | 'woken' | 'finished';

const MAX_REPORTED = 5;

/**
 * Where each `asyncio.run` begins: at the `create` of its main task, the last `create`
 * before the loop's first tick.
 */
function loopStarts(events: readonly EngineEvent[]): Set<number> {
  const starts = new Set<number>();
  let lastCreate = -1;
  events.forEach((e, i) => {
    if (e.type === 'create') lastCreate = i;
    else if (e.type === 'tick' && e.tick === 1 && lastCreate >= 0) starts.add(lastCreate);
  });
  return starts;
}

export function logViolations(events: readonly EngineEvent[]): string[] {
  const out: string[] = [];
  const fail = (i: number, what: string): void => {
    if (out.length < MAX_REPORTED) out.push(`#${i} ${JSON.stringify(events[i])}: ${what}`);
  };

  let clock = 0;
  let running: number | null = null;
  const life = new Map<number, Life>();

  // The ready queue as the log describes it, the pending timers, and every handle seen.
  let ready: number[] = [];
  let head = 0;
  const timers = new Map<number, number>();
  const seen = new Set<number>();
  const queued = new Map<number, { kind: string; task: number | null }>();
  // After a non-skipped step/wakeup handle of a live task, that task's `run` comes next.
  let expectRun: number | null = null;

  // Which loop each task belongs to; each loop's main task and whether it has finished.
  // Tasks created after that (while `asyncio.run` cancels the leftovers) are not cancelled
  // in turn and may stay pending for ever, as in CPython.
  const starts = loopStarts(events);
  let loopNo = 0;
  const loopOf = new Map<number, number>();
  let mainTask: number | null = null;
  let mainDone = false;
  const mayStayPending = new Set<number>();

  for (const [i, e] of events.entries()) {
    if (e.t < clock) fail(i, `clock went back from ${clock}`);
    clock = Math.max(clock, e.t);
    if (expectRun !== null && !(e.type === 'run' && e.task === expectRun)) {
      fail(i, `the step handle of task ${expectRun} ran without a run event`);
    }
    expectRun = null;
    if (starts.has(i) && e.type === 'create') {
      // A new event loop: what the old one left queued or scheduled never runs.
      loopNo++;
      mainTask = e.task;
      mainDone = false;
      ready = [];
      head = 0;
      timers.clear();
    }

    switch (e.type) {
      case 'clock':
        if (!(e.from <= e.t)) fail(i, 'a clock jump goes backwards');
        if (running !== null && e.why === 'timer')
          fail(i, `the selector slept while task ${running} runs`);
        break;
      case 'tick':
        if (running !== null) fail(i, `a tick began while task ${running} runs`);
        if (e.ready !== ready.length - head)
          fail(i, `tick says ${e.ready} ready, the queue holds ${ready.length - head}`);
        break;
      case 'queue':
        if (seen.has(e.handle)) fail(i, `handle id ${e.handle} was used twice`);
        seen.add(e.handle);
        queued.set(e.handle, e);
        ready.push(e.handle);
        break;
      case 'timer':
        if (seen.has(e.handle)) fail(i, `handle id ${e.handle} was used twice`);
        seen.add(e.handle);
        if (!(e.when >= e.t)) fail(i, 'a timer was set in the past');
        timers.set(e.handle, e.when);
        break;
      case 'timer-cancel':
        if (!seen.has(e.handle)) fail(i, 'cancelled a timer that was never scheduled');
        break;
      case 'fire': {
        const when = timers.get(e.handle);
        if (when === undefined) fail(i, 'fired a timer that is not pending');
        else if (when > e.t + 1e-9 * Math.max(1, e.t))
          fail(i, `fired a timer due at ${when} early`);
        timers.delete(e.handle);
        ready.push(e.handle);
        break;
      }
      case 'handle': {
        if (running !== null) fail(i, `a handle ran inside task ${running}'s step`);
        const front = ready[head];
        if (front === undefined) fail(i, 'ran a handle from an empty ready queue');
        else if (front !== e.handle) fail(i, `ran handle ${e.handle} before ${front} (not FIFO)`);
        else head++;
        const q = queued.get(e.handle);
        const isStep = q && (q.kind === 'step' || q.kind === 'wakeup') && q.task !== null;
        if (!e.skipped && isStep && life.get(q.task!) !== 'finished') expectRun = q.task;
        break;
      }
      case 'create':
        if (life.has(e.task)) fail(i, `task ${e.task} created twice`);
        life.set(e.task, 'created');
        loopOf.set(e.task, loopNo);
        if (mainDone) mayStayPending.add(e.task);
        break;
      case 'run': {
        if (running !== null) fail(i, `task ${e.task} runs while task ${running} runs`);
        const l = life.get(e.task);
        if (l === undefined) fail(i, 'a task that was never created runs');
        else if (l === 'suspended') fail(i, 'a suspended task runs without a wake');
        else if (l === 'finished') fail(i, 'a finished task runs');
        else if (l === 'running') fail(i, 'a task runs twice');
        if (loopOf.get(e.task) !== loopNo) fail(i, `task ${e.task} runs in another loop`);
        running = e.task;
        life.set(e.task, 'running');
        break;
      }
      case 'suspend':
      case 'done':
      case 'error':
      case 'cancelled':
        if (running !== e.task) fail(i, `task ${e.task} ends a step it is not running`);
        running = null;
        life.set(e.task, e.type === 'suspend' ? 'suspended' : 'finished');
        if (e.task === mainTask && e.type !== 'suspend') mainDone = true;
        break;
      case 'wake': {
        const l = life.get(e.task);
        if (loopOf.get(e.task) !== loopNo) fail(i, `task ${e.task} woken in another loop`);
        if (l === 'suspended') life.set(e.task, 'woken');
        else if (l === 'woken') fail(i, `task ${e.task} woken twice`);
        else fail(i, `woke task ${e.task} while it is ${l ?? 'unknown'}`);
        break;
      }
      case 'limit':
      case 'uncaught':
        running = null;
        break;
      case 'rename':
      case 'line':
      case 'print':
      case 'warning':
        break;
    }
  }

  if (running !== null) fail(events.length - 1, `the log ends while task ${running} runs`);
  const stoppedEarly = events.some((e) => e.type === 'limit' || e.type === 'uncaught');
  if (!stoppedEarly) {
    for (const [task, l] of life) {
      if (l !== 'finished' && !mayStayPending.has(task))
        fail(events.length - 1, `task ${task} never ended (last ${l})`);
    }
  }
  return out;
}
