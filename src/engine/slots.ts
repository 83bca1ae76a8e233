/**
 * The type slots a library object can fill (CPython's `tp_iter`, `nb_add`, `mp_subscript`,
 * `__missing__`, ...): the object protocol, `len`, `bool`, `==` and the operators look for
 * these methods on engine objects they do not know (a deque, a Counter, a partial).
 */
import type { Next } from './coro';
import type { Value } from './values';
import type { PyFunction, PyObject, PyType } from './values';

/** An iterator as the engine drives it: `next()` gives the next item, or STOP at the end. */
export interface Iter {
  next(): Next;
}

export interface Slots {
  /** `iter(self)`. */
  pyIter(): Iter;
  /** `len(self)` (and `bool(self)`). */
  pyLen(): number;
  /** `self[idx]`, `self[idx] = v`, `del self[idx]`. */
  pyGetItem(idx: Value): Value;
  pySetItem(idx: Value, v: Value): void;
  pyDelItem(idx: Value): void;
  /** `dict.__missing__`: the value of a missing key (a defaultdict's factory, a Counter's 0). */
  pyMissing(key: Value): Value;
  /** `self == other`, or undefined for the default comparison. */
  pyEq(other: Value): boolean | undefined;
  /**
   * `self OP other` for an ordering `op` (`<`, `<=`, `>`, `>=`) an object decides itself
   * (a `cmp_to_key` key): negative, zero or positive as `cmp` (compare.ts) gives it.
   */
  pyCompare(op: string, other: Value): number;
  /** `self OP other` (`inplace`: `self OP= other`), or undefined when not supported. */
  pyBinop(op: string, other: Value, inplace: boolean): Value | undefined;
  /** `other OP self` when `other` has no such operator (`__rand__`...), or undefined. */
  pyRBinop(op: string, other: Value): Value | undefined;
  /** `self < other` and the other orderings (a dict view's), or undefined when not supported. */
  pyOrder(op: '<' | '<=' | '>' | '>=', other: Value): boolean | undefined;
  /** `reversed(self)` (`__reversed__`). */
  pyReversed(): Value;
  /** `item in self`. */
  pyContains(item: Value): boolean;
  /** A class statement with this class among its bases (a metaclass's `__new__`). */
  pyNewClass(
    name: string,
    qualname: string,
    bases: Value[],
    ns: Map<string, Value>,
    line: number,
  ): PyType;
  /** `self(*args, **kwargs)`. */
  pyCall(args: Value[], kwargs: Map<string, Value> | null): Value;
  /**
   * `self(*args, **kwargs)` from a deep frame (deep.ts), for a callable that wraps a plain
   * Python function (an lru_cache wrapper): its value, or the function to run on the deep
   * stack and what to make of its result; null for an ordinary call.
   */
  pyDeepCall(args: Value[], kwargs: Map<string, Value> | null): DeepPlan | null;
}

/** What `pyDeepCall` says to do. */
export type DeepPlan = { value: Value } | { fn: PyFunction; done: (result: Value) => Value };

/** Whether `v` fills slot `name`. */
export function has<K extends keyof Slots>(v: Value, name: K): v is PyObject & Pick<Slots, K> {
  return typeof v === 'object' && v !== null && typeof (v as Partial<Slots>)[name] === 'function';
}
