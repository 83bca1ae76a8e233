/** `functools.partial`: a callable with some arguments fixed, as CPython's C type. */
import { typeError } from '../errors';
import { callValue, isCallable } from '../protocol';
import { repr } from '../repr';
import type { Value } from '../values';
import { PyDict, PyObject, PyTuple, PyType, Types } from '../values';
import { makeSubscriptable } from '../lib/typing';

const partialType = new PyType('partial', Types.object, null, 'functools');
makeSubscriptable(partialType);

export class PyPartial extends PyObject {
  constructor(
    readonly func: Value,
    readonly args: readonly Value[],
    readonly keywords: ReadonlyMap<string, Value>,
  ) {
    super();
  }
  get cls(): PyType {
    return partialType;
  }
  pyCall(args: Value[], kwargs: Map<string, Value> | null): Value {
    let kw: Map<string, Value> | null = null;
    if (this.keywords.size || kwargs?.size) kw = new Map([...this.keywords, ...(kwargs ?? [])]);
    return callValue(this.func, [...this.args, ...args], kw);
  }
  pyRepr(): string {
    const parts = [repr(this.func), ...this.args.map(repr)];
    for (const [k, v] of this.keywords) parts.push(`${k}=${repr(v)}`);
    return `functools.partial(${parts.join(', ')})`;
  }
}

partialType.construct = (a, kw) => {
  if (a.length === 0) throw typeError("type 'partial' takes at least one argument");
  let [func, ...args] = a;
  if (!isCallable(func!)) throw typeError('the first argument must be callable');
  let keywords = new Map(kw ?? []);
  // partial(partial(f, 1), 2) flattens to partial(f, 1, 2), as CPython's does
  if (func instanceof PyPartial) {
    args = [...func.args, ...args];
    keywords = new Map([...func.keywords, ...keywords]);
    func = func.func;
  }
  return new PyPartial(func!, args, keywords);
};
partialType.props.set('func', (p) => (p as PyPartial).func);
partialType.props.set('args', (p) => new PyTuple((p as PyPartial).args));
partialType.props.set('keywords', (p) => {
  const d = new PyDict();
  for (const [k, v] of (p as PyPartial).keywords) d.map.set(k, [k, v]);
  return d;
});

/** functools' attributes from this file. */
export const partialAttrs: Record<string, Value> = { partial: partialType };
