/**
 * `async for`'s protocol: the async iterator of a source (an async generator, the library's
 * async iterators, or what a class's `__aiter__` returns) and the awaitable of its next step.
 */
import { PyAsyncGenerator } from './async-gen';
import { isAsyncIter } from './coro';
import { typeError } from './errors';
import { callSpecial, lookup } from './objects';
import type { Value } from './values';
import { typeName, typeOf } from './values';

/** What `async for` iterates: an async generator, or what a class's `__aiter__` returns. */
export function asyncIterator(src: Value): Value {
  // async generators and the library's async iterators (`as_completed`'s) step themselves
  if (src instanceof PyAsyncGenerator || isAsyncIter(src)) return src;
  const cls = typeOf(src);
  if (lookup(cls, '__aiter__') === undefined)
    throw typeError(`'async for' requires an object with __aiter__ method, got ${cls.name}`);
  const it = callSpecial(src, '__aiter__', [])!;
  if (it instanceof PyAsyncGenerator || lookup(typeOf(it), '__anext__') !== undefined) return it;
  throw typeError(
    `'async for' received an object from __aiter__ that does not implement __anext__: ${typeName(it)}`,
  );
}

/** The awaitable of an async iterator's next step. */
export function asyncNext(it: Value): Value {
  return isAsyncIter(it) ? it.anext() : callSpecial(it, '__anext__', [])!;
}
