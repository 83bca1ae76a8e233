/**
 * `functools.wraps` (the part of functools decorators need): copies the wrapped function's
 * `__module__`, `__name__`, `__qualname__`, `__doc__` and attributes onto the wrapper and
 * sets `__wrapped__`, as `functools.update_wrapper` does.
 */
import { Exc, NotSupportedError, PyError } from './errors';
import { arity } from './method-args';
import { getAttr, setAttr } from './protocol';
import type { NativeFn, Value } from './values';
import { PyBuiltin, PyFunction } from './values';

const ASSIGNED = ['__module__', '__name__', '__qualname__', '__doc__'];

/** `functools.update_wrapper(wrapper, wrapped)`. */
export function wrapsInto(wrapper: Value, wrapped: Value): Value {
  for (const name of ASSIGNED) {
    let v: Value;
    try {
      v = getAttr(wrapped, name);
    } catch (e) {
      if (e instanceof PyError && e.exc.type.isSubclassOf(Exc.AttributeError)) continue;
      throw e;
    }
    setAttr(wrapper, name, v);
  }
  if (wrapped instanceof PyFunction && wrapped.attrs) {
    for (const [k, v] of wrapped.attrs) if (!ASSIGNED.includes(k)) setAttr(wrapper, k, v);
  }
  setAttr(wrapper, '__wrapped__', wrapped);
  return wrapper;
}

/** `functools.wraps(wrapped)`: the decorator that applies `wrapsInto`. */
const makeWraps: NativeFn = (a, kw) => {
  arity('wraps', a, 1);
  if (kw?.size) throw new NotSupportedError('functools.wraps with assigned= or updated=', 'wraps');
  const wrapped = a[0]!;
  return new PyBuiltin('update_wrapper', (w) => {
    arity('update_wrapper', w, 1);
    return wrapsInto(w[0]!, wrapped);
  });
};
export const wraps = new PyBuiltin('wraps', makeWraps, undefined, 'function');
