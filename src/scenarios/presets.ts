/**
 * The scenario presets: each a short program, a few sentences on what it shows, and the
 * moment worth pausing on (a cursor found from the event log). Pure: no DOM, no store.
 */
import type { EngineEvent } from '../engine/events';
import type { Replay } from '../trace/replay-types';
import lesson from './lesson.py?raw';
import asyncGenerator from './async_generator.py?raw';
import blockingCall from './blocking_call.py?raw';
import cancelTimeout from './cancel_timeout.py?raw';
import createTaskLater from './create_task_later.py?raw';
import errors from './errors.py?raw';
import neverAwaited from './never_awaited.py?raw';
import oneAtATime from './one_at_a_time.py?raw';
import pingPong from './ping_pong.py?raw';
import producerConsumer from './producer_consumer.py?raw';
import semaphore from './semaphore.py?raw';
import syncVsAsync from './sync_vs_async.py?raw';
import taskgroup from './taskgroup.py?raw';

export interface Scenario {
  /** The URL's `?scenario=` value. */
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly explanation: string;
  /** What the key moment shows, for the button's title. */
  readonly moment: string;
  /** The cursor of the moment worth pausing on in the run `replay` indexes, or null when it has none. */
  readonly keyMoment: (replay: Pick<Replay, 'events'>) => number | null;
}

/** The cursor just after the first event that `test` accepts. */
const after =
  (test: (e: EngineEvent) => boolean) =>
  ({ events }: Pick<Replay, 'events'>): number | null => {
    const i = events.findIndex(test);
    return i < 0 ? null : i + 1;
  };

/**
 * The first cursor where at least `min` tasks exist and none of the unfinished ones can run.
 * (One pass with a count of the awake ones: a thousand tasks would make a scan per event slow.)
 */
const allAwaiting =
  (min: number) =>
  ({ events }: Pick<Replay, 'events'>): number | null => {
    const suspended = new Map<number, boolean>();
    let awake = 0;
    const set = (task: number, asleep: boolean | null) => {
      const was = suspended.get(task);
      if (was === false) awake--;
      if (asleep === null) suspended.delete(task);
      else {
        suspended.set(task, asleep);
        if (!asleep) awake++;
      }
    };
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      if (e.type === 'create') set(e.task, false);
      else if (e.type === 'suspend') set(e.task, true);
      else if (e.type === 'wake' || e.type === 'run') set(e.task, false);
      else if (e.type === 'done' || e.type === 'error' || e.type === 'cancelled') set(e.task, null);
      else continue;
      if (suspended.size >= min && awake === 0) return i + 1;
    }
    return null;
  };

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'lesson',
    title: 'The lesson: one await, then gather',
    source: lesson,
    explanation:
      'main() first awaits one randn(): three seconds pass with nothing else to do. Then gather() wraps N coroutines in tasks; they all start sleeping at once, so N sleeps of three seconds take three seconds in total.',
    moment: 'Every task is awaiting: the loop has nothing to run until the timers fire.',
    keyMoment: allAwaiting(2),
  },
  {
    id: 'sync-vs-async',
    title: 'Sync vs async',
    source: syncVsAsync,
    explanation:
      'The same three three-second waits, twice. time.sleep() blocks the thread, so the sync version takes nine seconds; asyncio.sleep() gives the loop back, so the async version takes three.',
    moment: 'All three async sleeps are pending at the same time.',
    keyMoment: allAwaiting(4),
  },
  {
    id: 'one-at-a-time',
    title: 'One at a time vs gather',
    source: oneAtATime,
    explanation:
      'Awaiting coroutines one after another runs them one after another: each await waits for the previous sleep to end. gather() turns them into tasks that wait together.',
    moment: 'After gather, every task sleeps at once.',
    keyMoment: allAwaiting(4),
  },
  {
    id: 'create-task',
    title: 'create_task: start now, await later',
    source: createTaskLater,
    explanation:
      'asyncio.create_task() schedules a coroutine to run as soon as the current task gives the loop back. main() carries on; the task makes progress while main awaits something else.',
    moment: 'main and the new task are both waiting, each on its own timer.',
    keyMoment: allAwaiting(2),
  },
  {
    id: 'blocking-call',
    title: 'A blocking call stalls everyone',
    source: blockingCall,
    explanation:
      'One task calls time.sleep() instead of awaiting asyncio.sleep(). The whole loop stops: timers that are due cannot fire and no other task can run until it returns.',
    moment: 'time.sleep blocks the loop: the clock jumps with nothing else running.',
    keyMoment: after((e) => e.type === 'clock' && e.why === 'sleep'),
  },
  {
    id: 'never-awaited',
    title: 'Forgetting await',
    source: neverAwaited,
    explanation:
      'Calling an async function only makes a coroutine object; nothing runs until it is awaited or wrapped in a task. Python warns when such a coroutine is thrown away.',
    moment: 'The "never awaited" warning.',
    keyMoment: after((e) => e.type === 'warning'),
  },
  {
    id: 'one-fails',
    title: 'One task fails',
    source: errors,
    explanation:
      'With return_exceptions=True, gather() hands back the exception as a result. Without it, the first error propagates to the awaiting task, while the other children keep running.',
    moment: 'The first task fails with ValueError.',
    keyMoment: after((e) => e.type === 'error'),
  },
  {
    id: 'cancellation',
    title: 'Cancellation and timeouts',
    source: cancelTimeout,
    explanation:
      'task.cancel() and asyncio.timeout() raise CancelledError inside the task at its current await. The task can clean up, but its timer is cancelled and it ends as cancelled.',
    moment: 'A task ends cancelled.',
    keyMoment: after((e) => e.type === 'cancelled'),
  },
  {
    id: 'sleep-zero',
    title: 'Taking turns with sleep(0)',
    source: pingPong,
    explanation:
      'await asyncio.sleep(0) sets no timer: the task just goes to the back of the ready queue. Two players take strict turns, because the loop always runs the front of the queue first.',
    moment: 'A player yields with sleep(0) and joins the back of the queue.',
    keyMoment: after((e) => e.type === 'suspend' && e.wait === 'yield'),
  },
  {
    id: 'async-generators',
    title: 'Async generators',
    source: asyncGenerator,
    explanation:
      'An async generator can await between the values it yields. async for pulls one value at a time, so main suspends inside the generator each time it sleeps.',
    moment: 'The first value arrives after the generator slept.',
    keyMoment: after((e) => e.type === 'print'),
  },
  {
    id: 'producer-consumer',
    title: 'Producer and consumer with a Queue',
    source: producerConsumer,
    explanation:
      'A bounded asyncio.Queue connects a fast producer to a slow consumer. When the queue is full, put() waits; when it is empty, get() waits; each side gives the loop back to the other.',
    moment: 'The queue is full: the producer waits in Queue.put().',
    keyMoment: after((e) => e.type === 'suspend' && e.detail === 'Queue.put()'),
  },
  {
    id: 'semaphore',
    title: 'Limiting concurrency with a Semaphore',
    source: semaphore,
    explanation:
      'A Semaphore lets only a few tasks into a section at once. The others wait in acquire() and are let in, in order, as the first ones leave.',
    moment: 'A task waits in Semaphore.acquire() because the section is full.',
    keyMoment: after((e) => e.type === 'suspend' && e.detail === 'Semaphore.acquire()'),
  },
  {
    id: 'taskgroup',
    title: 'TaskGroup and except*',
    source: taskgroup,
    explanation:
      'A TaskGroup waits for all its tasks when its async with block ends. When one fails, the group cancels the others and raises an ExceptionGroup, which except* takes apart by type.',
    moment: 'A task in the group fails: the group will cancel its siblings.',
    keyMoment: after((e) => e.type === 'error'),
  },
];

export function findScenario(id: string | null | undefined): Scenario | null {
  return SCENARIOS.find((s) => s.id === id) ?? null;
}
