/** `functools.reduce`, as CPython's C function. */
import { STOP } from '../coro';
import { Exc, isErrorOf, typeError } from '../errors';
import { getIter } from '../iter';
import { callValue } from '../protocol';
import type { Iter } from '../slots';
import type { Value } from '../values';
import { PyBuiltin } from '../values';
import { positional } from '../itertools/base';

const reduce = new PyBuiltin('reduce', (a, kw) => {
  positional('reduce', a, kw, 2, 3);
  const f = a[0]!;
  let it: Iter;
  try {
    it = getIter(a[1]!);
  } catch (e) {
    if (isErrorOf(e, Exc.TypeError)) throw typeError('reduce() arg 2 must support iteration');
    throw e;
  }
  let result: Value | typeof STOP = a.length > 2 ? a[2]! : STOP;
  for (let x = it.next(); x !== STOP; x = it.next())
    result = result === STOP ? x : callValue(f, [result, x], null);
  if (result === STOP) throw typeError('reduce() of empty iterable with no initial value');
  return result;
});

/** functools' attributes from this file. */
export const reduceAttrs: Record<string, Value> = { reduce };
