/**
 * The special methods of class statements' classes behind comparisons, truth, hashing,
 * `len` and the binary operators: CPython's rich comparison (`__eq__`, `__lt__`, ... with
 * the reflected method first for a subclass), `__bool__`/`__len__`, `__hash__` (and the
 * dict keys of equal objects), and `__add__`/`__radd__` & co.
 */
import { Exc, pyErr, typeError } from './errors';
import { NotImplemented } from './object-values';
import { callSpecial, lookup } from './objects';
import type { Value } from './values';
import { typeName, typeOf } from './values';

/** The name of each binary operator's special method, without underscores. */
export const BINARY_OPS: Record<string, string> = {
  '+': 'add',
  '-': 'sub',
  '*': 'mul',
  '/': 'truediv',
  '//': 'floordiv',
  '%': 'mod',
  '**': 'pow',
  '<<': 'lshift',
  '>>': 'rshift',
  '&': 'and',
  '|': 'or',
  '^': 'xor',
};

/** `__add__ __radd__ ...`: the binary operators ops.ts dispatches to. */
export function BINARY_NAMES(): string {
  return Object.values(BINARY_OPS)
    .flatMap((n) => [`__${n}__`, `__r${n}__`])
    .join(' ');
}

let truthy: (v: Value) => boolean = (v) => Boolean(v);
/** Called once by ops.ts: Python's truth. */
export function setTruthy(t: (v: Value) => boolean): void {
  truthy = t;
}
/** Python's truth of `v` (ops.ts's `truthy`, for modules below it). */
export function truthOf(v: Value): boolean {
  return truthy(v);
}

const CMP_NAMES: Record<string, string> = {
  '==': '__eq__',
  '!=': '__ne__',
  '<': '__lt__',
  '<=': '__le__',
  '>': '__gt__',
  '>=': '__ge__',
};
const SWAPPED: Record<string, string> = {
  '==': '==',
  '!=': '!=',
  '<': '>',
  '<=': '>=',
  '>': '<',
  '>=': '<=',
};

/** `v.__op__(other)` if `v`'s class (a class statement's) has it, else NotImplemented. */
function tryCompare(op: string, v: Value, other: Value): Value {
  const cls = typeOf(v);
  if (!cls.user) return NotImplemented;
  const name = CMP_NAMES[op]!;
  if (lookup(cls, name) === undefined) {
    if (op !== '!=') return NotImplemented;
    const r = tryCompare('==', v, other);
    return r === NotImplemented ? r : !truthy(r);
  }
  return callSpecial(v, name, [other])!;
}

/** A rich comparison where one side's class is a class statement's: CPython's do_richcompare. */
export function richCompare(op: string, a: Value, b: Value): Value {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const swapped = SWAPPED[op]!;
  const reflectFirst =
    ta !== tb &&
    tb.user !== null &&
    tb.isSubclassOf(ta) &&
    lookup(tb, CMP_NAMES[swapped]!) !== undefined;
  if (reflectFirst) {
    const r = tryCompare(swapped, b, a);
    if (r !== NotImplemented) return r;
  }
  const r = tryCompare(op, a, b);
  if (r !== NotImplemented) return r;
  if (!reflectFirst) {
    const r2 = tryCompare(swapped, b, a);
    if (r2 !== NotImplemented) return r2;
  }
  if (op === '==') return a === b;
  if (op === '!=') return a !== b;
  throw typeError(`'${op}' not supported between instances of '${ta.name}' and '${tb.name}'`);
}

/** `cmp`'s number for a comparison a class decided: negative, zero or positive as `op` needs. */
export function compareNumber(op: string, a: Value, b: Value): number {
  const yes = truthy(richCompare(op, a, b));
  if (op === '<' || op === '<=') return yes ? -1 : 1;
  return yes ? 1 : -1;
}

/** `bool(v)`: `__bool__`, else `__len__`, else true. */
export function userTruth(v: Value): boolean {
  const b = callSpecial(v, '__bool__', []);
  if (b !== undefined) {
    if (typeof b !== 'boolean')
      throw typeError(`__bool__ should return bool, returned ${typeName(b)}`);
    return b;
  }
  const n = userLen(v);
  return n === undefined ? true : n !== 0;
}

/** `len(v)` through `__len__`, or undefined when the class has none. */
export function userLen(v: Value): number | undefined {
  const n = callSpecial(v, '__len__', []);
  if (n === undefined) return undefined;
  if (typeof n === 'boolean') return n ? 1 : 0;
  if (typeof n !== 'number' && typeof n !== 'bigint')
    throw typeError(`'${typeName(n)}' object cannot be interpreted as an integer`);
  if (n < 0) throw pyErr(Exc.ValueError, '__len__() should return >= 0');
  if (typeof n === 'bigint')
    throw pyErr(Exc.OverflowError, "cannot fit 'int' into an index-sized integer");
  return n;
}

/** The hash a class's `__hash__` gives `v`, or undefined for identity hashing. */
export function userHash(v: Value): number | bigint | undefined {
  const h = callSpecial(v, '__hash__', []);
  if (h === undefined) return undefined;
  if (typeof h === 'boolean') return h ? 1 : 0;
  if (typeof h !== 'number' && typeof h !== 'bigint')
    throw typeError('__hash__ method should return an integer');
  return h === -1 ? -2 : h;
}

/**
 * Dict and set keys for objects with their own `__hash__`: equal objects (by hash, then
 * `__eq__`) share the first one's identity as their key. Per run (keyed by a run-scoped map).
 */
export function userKey(v: Value, h: number | bigint, seen: Map<number | bigint, Value[]>): Value {
  const same = seen.get(h);
  if (!same) {
    seen.set(h, [v]);
    return v;
  }
  for (const o of same) if (o === v || truthy(richCompare('==', o, v))) return o;
  same.push(v);
  return v;
}

/** `a op b` through `__op__` / `__rop__` (a class statement's); NotImplemented if neither. */
export function binarySpecial(op: string, a: Value, b: Value): Value {
  const name = BINARY_OPS[op];
  if (!name) return NotImplemented;
  const ta = typeOf(a);
  const tb = typeOf(b);
  const rname = `__r${name}__`;
  const reflectFirst =
    ta !== tb && tb.user !== null && tb.isSubclassOf(ta) && lookup(tb, rname) !== undefined;
  if (reflectFirst) {
    const r = callSpecial(b, rname, [a]);
    if (r !== undefined && r !== NotImplemented) return r;
  }
  const r = callSpecial(a, `__${name}__`, [b]);
  if (r !== undefined && r !== NotImplemented) return r;
  if (!reflectFirst && ta !== tb) {
    const r2 = callSpecial(b, rname, [a]);
    if (r2 !== undefined && r2 !== NotImplemented) return r2;
  }
  return NotImplemented;
}
