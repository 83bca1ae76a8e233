/** Shared helpers of the asyncio library: the running loop, tasks, async context managers. */
import type { PyCoroutine } from '../coro';
import { typeError, runtimeError } from '../errors';
import { activeLoop } from '../loop';
import type { EventLoop } from '../loop';
import { rt } from '../runtime';
import type { PyExc, Value } from '../values';
import { typeName } from '../values';
import { Task } from './task';

export function runningLoop(): EventLoop {
  const loop = activeLoop();
  if (!loop) throw runtimeError('no running event loop');
  return loop;
}

/** The tasks of `loop` not done yet, in creation order (`Runtime.tasks` holds every task). */
export function pendingTasks(loop: EventLoop): Task[] {
  return rt().tasks.filter((t): t is Task => t instanceof Task && t.loop === loop && !t.done());
}

export function currentTask(): Task | null {
  const c = rt().current;
  return c instanceof Task ? c : null;
}

/** Objects usable with `async with`. */
export interface AsyncContextManager {
  aenter(): PyCoroutine;
  aexit(exc: PyExc | null): PyCoroutine;
}

export function asyncContext(v: Value): AsyncContextManager {
  const cm = v as Partial<AsyncContextManager> | null;
  if (cm && typeof cm.aenter === 'function' && typeof cm.aexit === 'function')
    return cm as AsyncContextManager;
  throw typeError(
    `'${typeName(v)}' object does not support the asynchronous context manager protocol`,
  );
}
