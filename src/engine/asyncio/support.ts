/** Shared helpers of the asyncio library: the running loop, tasks, async context managers. */
import { PyCoroutine as PyCoroutineClass } from '../coro';
import type { PyCoroutine } from '../coro';
import { typeError, runtimeError } from '../errors';
import type { EventLoop } from '../loop';
import { rt } from '../runtime';
import type { PyExc, Value } from '../values';
import { typeName } from '../values';
import { Task } from './futures';

export function runningLoop(): EventLoop {
  const loop = rt().loop;
  if (!loop) throw runtimeError('no running event loop');
  return loop;
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

/**
 * CPython warns when a never-started coroutine is freed. We follow the references that
 * decide it in teaching programs: variables (rebinding, `del`, a function returning, the
 * program ending). A coroutine passed to a call or stored in a container is not tracked.
 */
export function retain(v: Value): void {
  if (v instanceof PyCoroutineClass && v.state === 'created') v.nameRefs++;
}

export function release(v: Value | undefined): void {
  if (v instanceof PyCoroutineClass && v.state === 'created' && --v.nameRefs <= 0 && !v.escaped)
    warnNeverAwaited(v);
}

export function escape(v: Value): void {
  if (v instanceof PyCoroutineClass) v.escaped = true;
}

/** The warning CPython prints when a coroutine object that never started is discarded. */
export function warnNeverAwaited(coro: PyCoroutine): void {
  coro.state = 'closed';
  const r = rt();
  r.emit({
    type: 'warning',
    t: r.time,
    text: `RuntimeWarning: ${
      coro.methodOf
        ? `coroutine method '${coro.methodOf[0]}' of '${coro.methodOf[1]}'`
        : `coroutine '${coro.qualname}'`
    } was never awaited`,
  });
}
