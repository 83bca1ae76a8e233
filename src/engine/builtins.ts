/**
 * The builtins a teaching program uses, with CPython's behaviour and messages. Importing
 * this module registers them all: the families in builtins-io, builtins-types and
 * builtins-iter, and here the functions on single values (len, repr, abs, round,
 * isinstance, hash, chr/ord, hex, format, id, ...).
 */
import './builtins-io';
import './builtins-types';
import './builtins-iter';
import './builtins-objects';
import './builtins-exc';
import './builtins-misc';
import { Exc, NotSupportedError, pyErr, typeError, valueError } from './errors';
import { formatValue } from './format';
import { arity } from './method-args';
import { floatToInt, roundFloat, roundHalfEven, roundInt } from './numfmt';
import { hashKey } from './compare';
import { hashesByAddress, pyHash } from './pyhash';
import { float } from './num-ops';
import { binop } from './ops';
import { isCallable } from './protocol';
import { repr } from './repr';
import { fakeAddress } from './address';
import { userHash, userLen } from './user-special';
import { fn, toInt, toNumber } from './builtins-registry';
import { lib } from './builtins-types';
import type { Value } from './values';
import {
  PyDict,
  PyFloat,
  PyList,
  PyObject,
  PyRange,
  PySet,
  PyTuple,
  PyType,
  typeName,
  typeOf,
} from './values';

import { madeStr } from './sizes';
import { cpLength } from './strlen';
import { classCheckError } from './lib/typing-generic';

// ---- functions ----

export function len(v: Value): number {
  if (typeof v === 'string') return cpLength(v);
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length;
  if (v instanceof PyDict || v instanceof PySet) return v.map.size;
  if (v instanceof PyRange) return v.length;
  const custom = (v as { pyLen?: () => number } | null)?.pyLen;
  if (typeof custom === 'function') return custom.call(v);
  const n = userLen(v);
  if (n !== undefined) return n;
  throw typeError(`object of type '${typeName(v)}' has no len()`);
}
fn('len', (a) => {
  arity('len', a, 1);
  return len(a[0]!);
});
fn('repr', (a) => {
  arity('repr', a, 1);
  return madeStr(repr(a[0]!));
});
fn('abs', (a) => {
  arity('abs', a, 1);
  const v = a[0]!;
  if (v instanceof PyFloat) return float(Math.abs(v.v));
  if (typeof v === 'number') return Math.abs(v);
  if (typeof v === 'bigint') return v < 0n ? -v : v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw typeError(`bad operand type for abs(): '${typeName(v)}'`);
});
fn('round', (a, kw) => {
  arity('round', a, 1, 2);
  const v = a[0]!;
  const nd = a[1] ?? kw?.get('ndigits') ?? null;
  if (v instanceof PyFloat) {
    if (nd === null) {
      if (!Number.isFinite(v.v)) {
        throw pyErr(
          Number.isNaN(v.v) ? Exc.ValueError : Exc.OverflowError,
          Number.isNaN(v.v)
            ? 'cannot convert float NaN to integer'
            : 'cannot convert float infinity to integer',
        );
      }
      return lib(() => floatToInt(roundHalfEven(v.v)));
    }
    return float(lib(() => roundFloat(v.v, toNumber(nd))));
  }
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') {
    const n = toInt(v);
    return nd === null ? n : lib(() => roundInt(n, toInt(nd)));
  }
  throw typeError(`type ${typeName(v)} doesn't define __round__ method`);
});
function isinstance(v: Value, spec: Value): boolean {
  if (spec instanceof PyTuple) return spec.items.some((s) => isinstance(v, s));
  const generic = classCheckError(spec);
  if (generic) throw generic;
  if (!(spec instanceof PyType))
    throw typeError('isinstance() arg 2 must be a type, a tuple of types, or a union');
  const t = typeOf(v);
  return t.isSubclassOf(spec) || (spec === Exc.Exception && t.isSubclassOf(Exc.ExceptionGroup));
}
fn('isinstance', (a) => {
  arity('isinstance', a, 2);
  return isinstance(a[0]!, a[1]!);
});
fn('issubclass', (a) => {
  arity('issubclass', a, 2);
  const t = a[0]!;
  if (!(t instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
  const specs = a[1] instanceof PyTuple ? a[1].items : [a[1]!];
  for (const s of specs) {
    const generic = classCheckError(s);
    if (generic) throw generic;
  }
  return specs.some((s) => s instanceof PyType && t.isSubclassOf(s));
});
fn('callable', (a) => isCallable(a[0]!));
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
fn('hash', (a) => {
  arity('hash', a, 1);
  const v = a[0]!;
  if (v instanceof PyObject && v.cls.user) {
    const h = userHash(v);
    if (h !== undefined) return h;
  }
  hashKey(v); // an unhashable value's TypeError, as CPython's
  const h = valueHash(v);
  if (h === null)
    throw new NotSupportedError(`hash() of an object of type '${typeOf(v).name}'`, 'hash');
  return h >= -MAX_SAFE && h <= MAX_SAFE ? Number(h) : h;
});

/**
 * CPython's hash of `v`: its own numbers for None, str (as under PYTHONHASHSEED=0, as the
 * oracle runs), int, float, tuple and frozenset (pyhash.ts); for what hashes by address
 * (functions, classes, plain objects, a NaN) the made-up address reprs and id() show,
 * shifted as CPython's _Py_HashPointer does (its low four bits are zeros). Null for a
 * value hash not computed here (range, bound methods): the caller refuses.
 */
function valueHash(v: Value): bigint | null {
  return pyHash(v, (x) => (hashesByAddress(x) ? BigInt(madeUpId(x) / 16) : null));
}

/** The made-up address of an object, as `id()` gives it and reprs show it. */
function madeUpId(v: Value): number {
  if (typeof v !== 'object' || v === null)
    throw new NotSupportedError(`id() of an object of type '${typeOf(v).name}'`, 'id');
  return Number.parseInt(fakeAddress(v), 16);
}
fn('divmod', (a) => {
  arity('divmod', a, 2);
  return new PyTuple([binop('//', a[0]!, a[1]!), binop('%', a[0]!, a[1]!)]);
});
fn('pow', (a) => {
  arity('pow', a, 2, 3);
  const p = binop('**', a[0]!, a[1]!);
  return a[2] === undefined || a[2] === null ? p : binop('%', p, a[2]);
});
fn('chr', (a) => {
  const n = toNumber(a[0]!);
  if (!(n >= 0 && n < 0x110000)) throw valueError('chr() arg not in range(0x110000)');
  return String.fromCodePoint(n);
});
fn('ord', (a) => {
  const s = a[0]!;
  if (typeof s !== 'string' || cpLength(s) !== 1) {
    throw typeError(
      `ord() expected a character, but string of length ${typeof s === 'string' ? cpLength(s) : 0} found`,
    );
  }
  return s.codePointAt(0)!;
});
for (const [name, base, prefix] of [
  ['hex', 16, '0x'],
  ['bin', 2, '0b'],
  ['oct', 8, '0o'],
] as const) {
  fn(name, (a) => {
    const n = toInt(a[0]!);
    const neg = n < 0;
    const mag = neg ? -BigInt(n) : BigInt(n);
    return (neg ? '-' : '') + prefix + mag.toString(base);
  });
}
fn('format', (a) => formatValue(a[0]!, a.length > 1 ? (a[1] as string) : ''));
// Objects only: what CPython caches or interns (small ints, strings, None) has an id that
// equal values may or may not share.
fn('id', (a) => {
  arity('id', a, 1);
  return madeUpId(a[0]!);
});
