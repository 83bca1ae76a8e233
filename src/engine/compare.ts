/** Python's comparisons on engine values: equality, ordering, `in`, and the keys of dicts and sets. */
import { rt } from './runtime';
import { typeError } from './errors';
import type { Value } from './values';
import { SAFE, asFloat, asInt } from './num-ops';
import {
  PyBoundMethod,
  PyDict,
  PyFloat,
  PyList,
  PyObject,
  PyRange,
  PySet,
  PySlice,
  PyTuple,
  typeName,
} from './values';
import type { Runtime } from './runtime';
import { compareNumber, richCompare, truthOf, userHash, userKey } from './user-special';

/** Is `v` an object of a class statement's class (its class decides comparisons)? */
function isUser(v: Value): boolean {
  return v instanceof PyObject && v.cls.user !== null;
}
import { has } from './slots';
import { recordUserHash } from './pyhash';

// ---- comparison ----

export function eq(a: Value, b: Value): boolean {
  if (a === b) return !(a instanceof PyFloat && Number.isNaN(a.v));
  if (isUser(a) || isUser(b)) return truthyEq(richCompare('==', a, b));
  const ta = typeof a;
  if (ta === 'string' || typeof b === 'string') return false;
  const ia = asInt(a);
  const ib = asInt(b);
  // eslint-disable-next-line eqeqeq -- number == bigint compares the values, which is what we want
  if (ia !== null && ib !== null) return ia == ib;
  if ((ia !== null || a instanceof PyFloat) && (ib !== null || b instanceof PyFloat)) {
    if (typeof ia === 'bigint' || typeof ib === 'bigint') {
      const f = a instanceof PyFloat ? a.v : (b as PyFloat).v;
      const n = (ia ?? ib)!;
      return Number.isInteger(f) && BigInt(f) === n;
    }
    return asFloat(a) === asFloat(b);
  }
  if (has(a, 'pyEq')) {
    const r = a.pyEq(b);
    if (r !== undefined) return r;
  }
  if (has(b, 'pyEq')) {
    const r = b.pyEq(a);
    if (r !== undefined) return r;
  }
  if (a instanceof PyList && b instanceof PyList) return seqEq(a.items, b.items);
  if (a instanceof PyTuple && b instanceof PyTuple) return seqEq(a.items, b.items);
  if (a instanceof PyDict && b instanceof PyDict) {
    if (a.map.size !== b.map.size) return false;
    for (const [k, [, v]] of a.map) {
      const other = b.map.get(k);
      if (!other || !eq(v, other[1])) return false;
    }
    return true;
  }
  if (a instanceof PySet && b instanceof PySet) {
    if (a.map.size !== b.map.size) return false;
    for (const k of a.map.keys()) if (!b.map.has(k)) return false;
    return true;
  }
  if (a instanceof PyRange && b instanceof PyRange)
    return a.start === b.start && a.stop === b.stop && a.step === b.step;
  if (a instanceof PyBoundMethod && b instanceof PyBoundMethod)
    return a.self === b.self && eq(a.fn, b.fn);
  if (a instanceof PySlice && b instanceof PySlice)
    return seqEq([a.lo, a.hi, a.step], [b.lo, b.hi, b.step]);
  return false;
}

/** The truth of what an `__eq__` returned (a bool, almost always). */
function truthyEq(v: Value): boolean {
  return typeof v === 'boolean' ? v : truthOf(v);
}

function seqEq(a: readonly Value[], b: readonly Value[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !eq(a[i]!, b[i]!)) return false;
  return true;
}

const SWAPPED_ORDER: Record<string, string> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

/** -1, 0, 1 for orderable values; throws Python's TypeError otherwise. */
export function cmp(op: string, a: Value, b: Value): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  const ia = asInt(a);
  const ib = asInt(b);
  if (ia !== null && ib !== null) return ia < ib ? -1 : ia > ib ? 1 : 0;
  const fa = ia !== null || a instanceof PyFloat ? asFloat(a) : null;
  const fb = ib !== null || b instanceof PyFloat ? asFloat(b) : null;
  if (fa !== null && fb !== null) {
    if (Number.isNaN(fa) || Number.isNaN(fb)) return NaN;
    return fa < fb ? -1 : fa > fb ? 1 : 0;
  }
  if (
    (a instanceof PyList && b instanceof PyList) ||
    (a instanceof PyTuple && b instanceof PyTuple)
  ) {
    const x = a.items;
    const y = b.items;
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      if (!eq(x[i]!, y[i]!)) return cmp(op, x[i]!, y[i]!);
    }
    return x.length - y.length;
  }
  if (
    a instanceof PySet &&
    b instanceof PySet &&
    (op === '<=' || op === '<' || op === '>=' || op === '>')
  ) {
    const sub = [...a.map.keys()].every((k) => b.map.has(k));
    const sup = [...b.map.keys()].every((k) => a.map.has(k));
    if (sub && sup) return 0;
    if (sub) return -1;
    if (sup) return 1;
    return NaN;
  }
  if (has(a, 'pyCompare')) return a.pyCompare(op, b);
  if (has(b, 'pyCompare')) return -b.pyCompare(SWAPPED_ORDER[op] ?? op, a);
  if (isUser(a) || isUser(b)) return compareNumber(op, a, b);
  throw typeError(
    `'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`,
  );
}

export function compare(op: string, a: Value, b: Value): boolean {
  switch (op) {
    case '==':
      return eq(a, b);
    case '!=':
      if (isUser(a) || isUser(b)) return truthyEq(richCompare('!=', a, b));
      return !eq(a, b);
    case '<':
    case '<=':
    case '>':
    case '>=': {
      const r = slotCompare(op, a, b);
      if (r !== undefined) return r;
    }
  }
  switch (op) {
    case '<':
      return cmp(op, a, b) < 0;
    case '<=':
      return cmp(op, a, b) <= 0;
    case '>':
      return cmp(op, a, b) > 0;
    case '>=':
      return cmp(op, a, b) >= 0;
    case 'is':
      return is(a, b);
    case 'is not':
      return !is(a, b);
    case 'in':
      return contains(b, a);
    case 'not in':
      return !contains(b, a);
  }
  throw new Error(`unknown comparison ${op}`);
}

const REFLECTED = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' } as const;

/** An ordering a library type gives (`__lt__`... of a dict view), tried on each side. */
function slotCompare(op: '<' | '<=' | '>' | '>=', a: Value, b: Value): boolean | undefined {
  if (has(a, 'pyOrder')) {
    const r = a.pyOrder(op, b);
    if (r !== undefined) return r;
  }
  if (has(b, 'pyOrder')) return b.pyOrder(REFLECTED[op], a);
  return undefined;
}

function is(a: Value, b: Value): boolean {
  if (a instanceof PyFloat && b instanceof PyFloat) return a === b;
  return a === b;
}

export function contains(container: Value, item: Value): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string')
      throw typeError(`'in <string>' requires string as left operand, not ${typeName(item)}`);
    return container.includes(item);
  }
  if (container instanceof PyList || container instanceof PyTuple) {
    for (const x of container.items) if (x === item || eq(x, item)) return true;
    return false;
  }
  if (container instanceof PyDict) return container.map.has(hashKey(item));
  if (container instanceof PySet) return container.map.has(hashKey(item));
  if (container instanceof PyRange) {
    const i = asInt(item);
    if (i === null) return false;
    const n = Number(i);
    const { start, stop, step } = container;
    if (step > 0 ? n < start || n >= stop : n > start || n <= stop) return false;
    return (n - start) % step === 0;
  }
  if (has(container, 'pyContains')) return container.pyContains(item);
  if (has(container, 'pyIter')) {
    const it = container.pyIter();
    for (let x = it.next(); typeof x !== 'symbol'; x = it.next())
      if (x === item || eq(x, item)) return true;
    return false;
  }
  if (containsHook) return containsHook(container, item);
  throw typeError(`argument of type '${typeName(container)}' is not iterable`);
}

let containsHook: ((c: Value, item: Value) => boolean) | null = null;
/** Iteration-based `in` for iterators and generators, wired by the interpreter. */
export function setContainsHook(f: (c: Value, item: Value) => boolean): void {
  containsHook = f;
}

// ---- hashing ----

/**
 * A JS Map key with Python's equality: 1, 1.0 and True are one key; tuples compare by
 * contents. Unhashable values raise Python's TypeError.
 */
export function hashKey(v: Value): unknown {
  switch (typeof v) {
    case 'string':
    case 'number':
      return v;
    case 'boolean':
      return v ? 1 : 0;
    case 'bigint':
      return v;
  }
  if (v === null) return null;
  if (v instanceof PyFloat) {
    if (Number.isInteger(v.v) && Math.abs(v.v) <= SAFE) return v.v === 0 ? 0 : v.v;
    if (Number.isInteger(v.v)) return BigInt(v.v);
    return v.v;
  }
  if (v instanceof PyTuple)
    return '\u0000(' + v.items.map((x) => keyString(hashKey(x))).join('\u0001') + ')';
  if (v instanceof PyList || v instanceof PyDict || (v instanceof PySet && !v.frozen)) {
    throw typeError(`unhashable type: '${typeName(v)}'`);
  }
  // a library type with `__eq__` but no `__hash__` (a deque, a keys or items view)
  const unhashable = (v as { pyUnhashable?: string }).pyUnhashable;
  if (unhashable !== undefined) throw typeError(`unhashable type: '${unhashable}'`);
  if (v instanceof PySet)
    return '\u0000f{' + [...v.map.keys()].map(keyString).sort().join('\u0001') + '}';
  if (isUser(v)) {
    const h = userHash(v);
    if (h !== undefined) {
      recordUserHash(v, h);
      const r = rt();
      let seen = userKeys.get(r);
      if (!seen) userKeys.set(r, (seen = new Map<number | bigint, Value[]>()));
      return userKey(v, h, seen);
    }
  }
  return v;
}

/** Per run: the objects with their own `__hash__` seen as keys, by hash. */
const userKeys = new WeakMap<Runtime, Map<number | bigint, Value[]>>();

function keyString(k: unknown): string {
  if (typeof k === 'string') return 's' + k;
  if (typeof k === 'number') return 'n' + String(k);
  if (typeof k === 'bigint') return 'n' + k.toString();
  if (k === null) return 'N';
  if (typeof k === 'object') {
    const r = rt();
    let id = r.objectIds.get(k);
    if (id === undefined) {
      id = r.nextObjectId++;
      r.objectIds.set(k, id);
    }
    return 'o' + String(id);
  }
  return typeof k;
}
