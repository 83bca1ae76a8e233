/**
 * asyncio's `mixins._LoopBoundMixin`: a Lock, Event, Semaphore, Condition or Queue binds
 * to the running loop the first time it must wait (it makes a future there), and waiting
 * on it under another loop (a module-level lock used by a second `asyncio.run`) raises
 * `RuntimeError: <asyncio.locks.Lock object at 0x7f... [locked]> is bound to a different
 * event loop`: a message with an address, so refused here rather than made up.
 */
import { NotSupportedError } from '../errors';
import { rt } from '../runtime';
import { Task, stackOf } from './task';

export interface LoopBound {
  /** The loop it waited under first (`_loop`), or null. */
  boundTo: unknown;
}

/** `_get_loop()`: before making a waiter future. */
export function checkLoop(o: LoopBound, name: string): void {
  const loop = rt().loop;
  if (o.boundTo === null) o.boundTo = loop;
  else if (o.boundTo !== loop) {
    const e = new NotSupportedError(
      `an asyncio.${name} waited on under a second event loop (CPython's RuntimeError shows its address)`,
      'await',
    );
    // Located at the program's innermost frame of the waiting task (its `await`).
    const task = rt().current;
    if (task instanceof Task) e.line = stackOf(task.coro).at(-1) ?? 0;
    throw e;
  }
}
