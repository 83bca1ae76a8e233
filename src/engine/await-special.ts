/**
 * `await obj` for an object whose class defines `__await__`: what it returns (a generator,
 * `coroutine.__await__()`, or a future) is run in the awaiting frame, its yields going to
 * the task as a coroutine's would. Also `yield from` over `coro.__await__()` or a future
 * inside such a generator.
 */
import { PyCoroutine, STOP, setAwaitSpecial, startAwait } from './coro';
import { PyGenerator } from './generator';
import type { AwaitHolder, Gen } from './coro';
import { PyError, runtimeError, typeError } from './errors';
import { Future } from './asyncio/futures';
import { callSpecial, lookup } from './objects';
import { dropRef } from './unawaited';
import type { Value } from './values';
import { PyObject, PyType, Types, typeName } from './values';

const WRAPPER = new PyType('coroutine_wrapper', Types.object);

/** `coro.__await__()`: the iterator that runs the coroutine. */
export class CoroWrapper extends PyObject {
  constructor(readonly coro: PyCoroutine) {
    super();
  }
  get cls(): PyType {
    return WRAPPER;
  }
}
Types.coroutine.methods.set('__await__', (self) => new CoroWrapper(self as PyCoroutine));
Types.Future.methods.set('__await__', (self) => self);
Types.Task.methods.set('__await__', (self) => self);

/**
 * Runs `coro.__await__()` or a future in `holder`, which points at `shown` meanwhile (a
 * generator or wrapper: the stack of the task stops there, as CPython's does).
 */
export function* delegateTo(holder: AwaitHolder, src: CoroWrapper | Future, shown: unknown): Gen {
  holder.awaiting = shown;
  try {
    if (src instanceof CoroWrapper) return yield startAwait({ awaiting: null }, src.coro);
    if (!src.done()) {
      src.blocking = true;
      yield src;
    }
    if (!src.done()) throw runtimeError("await wasn't used with future");
    return src.result();
  } finally {
    holder.awaiting = null;
  }
}

function* awaitObject(holder: AwaitHolder, x: Value): Gen {
  const it = callSpecial(x, '__await__', [])!;
  if (it instanceof CoroWrapper || it instanceof Future) return yield* delegateTo(holder, it, it);
  if (it instanceof PyCoroutine) throw typeError('__await__() returned a coroutine');
  if (!(it instanceof PyGenerator))
    throw typeError(`__await__() returned non-iterator of type '${typeName(it)}'`);
  holder.awaiting = it;
  try {
    let send: Value = null;
    let thrown: PyError | null = null;
    for (;;) {
      const r: Value | typeof STOP = thrown ? it.throwIn(thrown) : it.next(send);
      thrown = null;
      if (r === STOP) return it.returnValue;
      try {
        send = yield r;
      } catch (e) {
        if (!(e instanceof PyError)) throw e;
        thrown = e;
      }
    }
  } finally {
    holder.awaiting = null;
  }
}

setAwaitSpecial((holder, x) => {
  if (x instanceof PyObject && lookup(x.cls, '__await__') !== undefined)
    return awaitObject(holder, x);
  // Not awaitable: CPython's GET_AWAITABLE drops its operand before the TypeError propagates
  // (`await [coro]` warns that coro was never awaited before any handler runs).
  dropRef(x);
  return null;
});
