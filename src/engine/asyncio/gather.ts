/** `asyncio.gather` and `ensure_future`, following CPython's tasks.gather line for line. */
import { PyCoroutine } from '../coro';
import { Exc, NotSupportedError, typeError } from '../errors';
import { lookup } from '../objects';
import { hashKey } from '../compare';
import type { Value } from '../values';
import { PyExc, PyList, PyObject, PyType, Types } from '../values';
import { Future } from './futures';
import { Task } from './task';
import type { Callback } from './futures';
import { currentLoop } from './loopobj';

export function ensureFuture(v: Value): Future {
  if (v instanceof Future) return v;
  if (v instanceof PyCoroutine) {
    // outside a coroutine (`loop.run_until_complete(gather(...))`): get_event_loop()'s loop
    const pl = currentLoop();
    pl.checkClosed();
    return pl.use((loop) => new Task(v, null, loop));
  }
  if (v instanceof PyObject && lookup(v.cls, '__await__') !== undefined)
    throw new NotSupportedError(
      'an awaitable object of a class here (asyncio wraps it in a task)',
      '(',
    );
  throw typeError('An asyncio.Future, a coroutine or an awaitable is required');
}

const GatheringFutureType = new PyType('_GatheringFuture', Types.Future, null, 'asyncio.tasks');

/** The future `gather()` returns (`_GatheringFuture`); cancelling it cancels the children. */
export class GatheringFuture extends Future {
  override get cls(): PyType {
    return GatheringFutureType;
  }

  cancelRequested = false;
  constructor(readonly children: Future[]) {
    super();
    this.wait = { label: `gather(${children.length})`, kind: 'gather', detail: null, until: null };
  }

  override childTasks(): { children?: number[] } {
    return { children: this.children.filter((c) => c instanceof Task).map((c) => c.id) };
  }

  override cancel(msg: Value = null): boolean {
    if (this.done()) return false;
    let ret = false;
    for (const child of this.children) if (child.cancel(msg)) ret = true;
    if (ret) this.cancelRequested = true;
    return ret;
  }
}

export function gather(args: Value[], returnExceptions: boolean): Future {
  if (args.length === 0) {
    currentLoop();
    const outer = new Future();
    outer.setResult(new PyList([]));
    return outer;
  }
  const argToFut = new Map<unknown, Future>();
  const children: Future[] = [];
  let nfuts = 0;
  let nfinished = 0;
  const doneFuts: Future[] = [];
  let outer: GatheringFuture | null = null;

  const doneCallback: Callback = (fut) => {
    nfinished++;
    if (!outer || outer.done()) {
      if (!fut.cancelled()) fut.getException();
      return;
    }
    if (!returnExceptions) {
      if (fut.cancelled()) {
        outer.setException(fut.makeCancelledError());
        return;
      }
      const exc = fut.getException();
      if (exc) {
        outer.setException(exc);
        return;
      }
    }
    if (nfinished === nfuts) {
      const results: Value[] = children.map((c) => {
        if (c.cancelled()) return new PyExc(Exc.CancelledError, [c.cancelMessage ?? '']);
        return c.getException() ?? c.result();
      });
      // CPython's `fut` here is the results loop's variable: the last child, not this one.
      if (outer.cancelRequested)
        outer.setException(children[children.length - 1]!.makeCancelledError());
      else outer.setResult(new PyList(results));
    }
  };

  for (const arg of args) {
    const key = arg instanceof Future || arg instanceof PyCoroutine ? arg : hashKey(arg);
    let fut = argToFut.get(key);
    if (!fut) {
      fut = ensureFuture(arg);
      nfuts++;
      argToFut.set(key, fut);
      if (fut.done()) doneFuts.push(fut);
      else fut.addDoneCallback(doneCallback);
    }
    children.push(fut);
  }
  outer = new GatheringFuture(children);
  for (const fut of doneFuts) doneCallback(fut);
  return outer;
}
