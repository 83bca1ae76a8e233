/**
 * `asyncio.run()`: a Runner that makes a loop, runs the main task until it is done, then
 * cancels what is left and shuts down, as CPython's runners.py and run_until_complete.
 */
import { PyCoroutine } from '../coro';
import { LimitError, runtimeError, valueError } from '../errors';
import { EventLoop } from '../loop';
import { repr } from '../repr';
import { rt } from '../runtime';
import type { Value } from '../values';
import type { Future } from './futures';
import { Task } from './futures';
import { gather } from './gather';
import { checkAgensAtShutdown } from '../gen-life';

export function asyncioRun(main: Value): Value {
  const r = rt();
  if (r.loop) throw runtimeError('asyncio.run() cannot be called from a running event loop');
  if (!(main instanceof PyCoroutine))
    throw valueError(`a coroutine was expected, got ${repr(main)}`);
  const loop = new EventLoop(r.log, { maxTime: r.limits.maxTime });
  loop.time = r.time;
  loop.nextHandle = r.nextHandleId;
  r.loop = loop;
  loop.emit({ type: 'loop', t: loop.time, phase: 'start' });
  // Tasks of an earlier loop are left pending, never cancelled here (CPython's
  // `all_tasks(loop)`): this loop's tasks are the ones created from now on.
  const firstTask = rt().tasks.length;
  try {
    const task = new Task(main, null);
    runUntilComplete(loop, task);
    close(loop, firstTask);
    loop.emit({ type: 'loop', t: loop.time, phase: 'closed' });
    return task.result();
  } finally {
    r.loop = null;
    r.time = loop.time;
    r.nextHandleId = loop.nextHandle;
  }
}

function runUntilComplete(loop: EventLoop, fut: Future): void {
  const cb = (): void => {
    loop.stopping = true;
  };
  fut.addDoneCallback(cb);
  try {
    runForever(loop, fut);
  } finally {
    fut.removeDoneCallback(cb);
  }
  if (!fut.done()) throw runtimeError('Event loop stopped before Future completed.');
}

function runForever(loop: EventLoop, fut: Future | null): void {
  for (;;) {
    if (loop.idle && !loop.stopping) {
      throw new LimitError(
        'deadlock',
        `the program waits forever: ${fut instanceof Task ? fut.name : 'the main task'} is not done, and nothing is ready or scheduled`,
      );
    }
    loop.runOnce();
    if (loop.stopping) break;
  }
  loop.stopping = false;
}

/** `Runner.close()`: cancel leftover tasks, then the two shutdown steps. */
function close(loop: EventLoop, firstTask: number): void {
  const toCancel = rt()
    .tasks.slice(firstTask)
    .filter((t) => !t.done());
  if (toCancel.length) {
    for (const t of toCancel) t.cancel();
    runUntilComplete(loop, gather(toCancel, true));
  }
  checkAgensAtShutdown();
  loop.shutdown = true;
  loop.emit({ type: 'loop', t: loop.time, phase: 'shutdown' });
  // shutdown_asyncgens() and shutdown_default_executor() each run as a task that is done
  // after one step: two iterations in which leftover ready handles still run.
  for (const what of ['shutdown_asyncgens()', 'shutdown_default_executor()']) {
    loop.callSoon(
      () => loop.callSoon(() => (loop.stopping = true), 'callback', `${what} done`, null),
      'callback',
      what,
      null,
    );
    runForever(loop, null);
  }
}
