/**
 * Running a loop: `loop.run_until_complete`, and `Runner.close()`'s cancel-and-shutdown, as
 * CPython's base_events.py and runners.py (`asyncio.run()` is a Runner used once: runner.ts).
 */
import { PyCoroutine } from '../coro';
import { Exc, LimitError, isSubclass, runtimeError, typeError } from '../errors';
import { EventLoop } from '../loop';
import { rt } from '../runtime';
import type { Value } from '../values';
import { Future } from './futures';
import { Task } from './task';

/** A new event loop, not running (`new_event_loop()`). */
export function makeLoop(): EventLoop {
  const r = rt();
  return new EventLoop(r.log, { maxTime: r.limits.maxTime });
}

/**
 * `loop.run_until_complete(aw)` once its checks are done: `loop` is the running loop while
 * `aw` (a future, or a coroutine wrapped in a task) is not done. `stops`: the program goes on
 * after it (a `loop` event with phase 'closed' hands the page back to the module), which
 * `asyncio.run` does only after its shutdown.
 */
export function runUntilComplete(loop: EventLoop, aw: Value, stops = true): Future {
  const r = rt();
  loop.time = r.time;
  loop.nextHandle = r.nextHandleId;
  r.loop = loop;
  loop.emit({ type: 'loop', t: loop.time, phase: 'start' });
  try {
    let fut: Future;
    if (aw instanceof Future) fut = aw;
    else if (aw instanceof PyCoroutine) fut = new Task(aw, null);
    else throw typeError('An asyncio.Future, a coroutine or an awaitable is required');
    untilDone(loop, fut);
    if (stops) loop.emit({ type: 'loop', t: loop.time, phase: 'closed' });
    return fut;
  } finally {
    r.loop = null;
    r.time = loop.time;
    r.nextHandleId = loop.nextHandle;
  }
}

/** `run_until_complete` without the checks: run the loop until `fut` is done. */
export function untilDone(loop: EventLoop, fut: Future): void {
  const cb = (): void => {
    // `_run_until_complete_cb`: after a SystemExit, run_forever has already finished
    const e = fut.cancelled() ? null : fut.exception;
    if (e && (isSubclass(e.type, Exc.SystemExit) || isSubclass(e.type, Exc.KeyboardInterrupt)))
      return;
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

export function runForever(loop: EventLoop, fut: Future | null): void {
  try {
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
  } finally {
    loop.stopping = false;
  }
}
