/** Python's operators on engine values: arithmetic, comparison, truth, hashing. */
import { Exc, PyError, pyErr, typeError, zeroDivision } from './errors';
import { repr } from './repr';
import type { Value } from './values';
import { count, LIMITS, limitPhrase } from '../limits';
import {
  PyDict,
  PyExc,
  PyFloat,
  PyList,
  PyObject,
  PyRange,
  PySet,
  PyTuple,
  normInt,
  typeName,
} from './values';

const SAFE = Number.MAX_SAFE_INTEGER;

export function truthy(v: Value): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length > 0;
    case 'bigint':
      return v !== 0n;
  }
  if (v === null) return false;
  if (v instanceof PyFloat) return v.v !== 0;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PyDict || v instanceof PySet) return v.map.size > 0;
  if (v instanceof PyRange) return v.length > 0;
  return true;
}

/** An int operand as number|bigint (bools count as ints), or null. */
function asInt(v: Value): number | bigint | null {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return null;
}

/** A numeric operand as a JS float, or null. */
export function asFloat(v: Value): number | null {
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') {
    const f = Number(v);
    if (!Number.isFinite(f)) throw pyErr(Exc.OverflowError, 'int too large to convert to float');
    return f;
  }
  return null;
}

export function float(x: number): PyFloat {
  return new PyFloat(x);
}

function big(a: number | bigint): bigint {
  return typeof a === 'bigint' ? a : BigInt(a);
}

function intOp(op: string, a: number | bigint, b: number | bigint): Value {
  if (typeof a === 'number' && typeof b === 'number') {
    switch (op) {
      case '+': {
        const r = a + b;
        if (r <= SAFE && r >= -SAFE) return r;
        break;
      }
      case '-': {
        const r = a - b;
        if (r <= SAFE && r >= -SAFE) return r;
        break;
      }
      case '*': {
        const r = a * b;
        if (r <= SAFE && r >= -SAFE) return r === 0 ? 0 : r;
        break;
      }
      case '//':
        if (b === 0) throw zeroDivision('integer division or modulo by zero');
        return Math.floor(a / b) === 0 ? 0 : Math.floor(a / b);
      case '%': {
        if (b === 0) throw zeroDivision('integer modulo by zero');
        const r = a % b;
        return r !== 0 && r < 0 !== b < 0 ? r + b : r === 0 ? 0 : r;
      }
      case '/':
        if (b === 0) throw zeroDivision('division by zero');
        return float(a / b);
      case '&':
        if (a >= -(2 ** 31) && a < 2 ** 31 && b >= -(2 ** 31) && b < 2 ** 31) return a & b;
        break;
      case '|':
        if (a >= -(2 ** 31) && a < 2 ** 31 && b >= -(2 ** 31) && b < 2 ** 31) return a | b;
        break;
      case '^':
        if (a >= -(2 ** 31) && a < 2 ** 31 && b >= -(2 ** 31) && b < 2 ** 31) return a ^ b;
        break;
    }
  }
  const x = big(a);
  const y = big(b);
  switch (op) {
    case '+':
      return normInt(x + y);
    case '-':
      return normInt(x - y);
    case '*':
      if (bitLength(x) + bitLength(y) > MAX_INT_BITS) throw tooLarge();
      return normInt(x * y);
    case '//': {
      if (y === 0n) throw zeroDivision('integer division or modulo by zero');
      const q = x / y;
      return normInt(x % y !== 0n && x < 0n !== y < 0n ? q - 1n : q);
    }
    case '%': {
      if (y === 0n) throw zeroDivision('integer modulo by zero');
      const r = x % y;
      return normInt(r !== 0n && r < 0n !== y < 0n ? r + y : r);
    }
    case '/': {
      if (y === 0n) throw zeroDivision('division by zero');
      return float(Number(x) / Number(y));
    }
    case '**':
      return intPow(x, y);
    case '<<':
      if (y < 0n) throw pyErr(Exc.ValueError, 'negative shift count');
      if (x === 0n) return 0;
      if (y > BigInt(MAX_INT_BITS) || bitLength(x) + Number(y) > MAX_INT_BITS) throw tooLarge();
      if (bitLength(x) + Number(y) > MAX_INT_BITS) throw tooLarge();
      return normInt(x << y);
    case '>>':
      if (y < 0n) throw pyErr(Exc.ValueError, 'negative shift count');
      return normInt(x >> y);
    case '&':
      return normInt(x & y);
    case '|':
      return normInt(x | y);
    case '^':
      return normInt(x ^ y);
  }
  throw new Error(`unknown int op ${op}`);
}

/** Integers beyond this many bits are refused rather than computed slowly. */
const MAX_INT_BITS = LIMITS.integerSize.value;

function intPow(x: bigint, y: bigint): Value {
  if (y < 0n) {
    if (x === 0n) throw zeroDivision('0.0 cannot be raised to a negative power');
    return float(Number(x) ** Number(y));
  }
  // |x| ** y has floor(y * log2|x|) + 1 bits.
  if (x !== 0n && x !== 1n && x !== -1n && Number(y) * log2Abs(x) >= MAX_INT_BITS) throw tooLarge();
  return normInt(x ** y);
}

const tooLarge = (): PyError =>
  pyErr(
    Exc.OverflowError,
    `integer result over ${count(MAX_INT_BITS)} bits ${limitPhrase('integerSize')}`,
  );

/** log2 |x|, for x != 0, to double precision however large x is. */
function log2Abs(x: bigint): number {
  if (x < 0n) x = -x;
  const bits = bitLength(x);
  if (bits <= 1000) return Math.log2(Number(x));
  const drop = bits - 64;
  return Math.log2(Number(x >> BigInt(drop))) + drop;
}

/** About the number of bits of `x` (to within 4), cheaply for the small ints most programs use. */
function bitLength(x: bigint): number {
  if (x < 0n) x = -x;
  return x < 0x20000000000000n ? 53 : x.toString(16).length * 4;
}

function floatOp(op: string, a: number, b: number): Value {
  switch (op) {
    case '+':
      return float(a + b);
    case '-':
      return float(a - b);
    case '*':
      return float(a * b);
    case '/':
      if (b === 0) throw zeroDivision('float division by zero');
      return float(a / b);
    case '//':
      if (b === 0) throw zeroDivision('float floor division by zero');
      return float(Math.floor(a / b));
    case '%': {
      if (b === 0) throw zeroDivision('float modulo by zero');
      let r = a % b;
      if (r !== 0 && r < 0 !== b < 0) r += b;
      else if (r === 0) r = b < 0 ? -0 : 0;
      return float(r);
    }
    case '**': {
      if (a === 0 && b < 0) throw zeroDivision('0.0 cannot be raised to a negative power');
      if (a < 0 && !Number.isInteger(b)) throw typeError('complex results are not supported');
      const r = a ** b;
      if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) {
        throw pyErr(Exc.OverflowError, "(34, 'Numerical result out of range')");
      }
      return float(r);
    }
  }
  return null;
}

const OP_NAMES: Record<string, string> = {
  '+': '+',
  '-': '-',
  '*': '*',
  '/': '/',
  '//': '//',
  '%': '%',
  '**': '** or pow()',
  '<<': '<<',
  '>>': '>>',
  '&': '&',
  '|': '|',
  '^': '^',
};

export function binop(op: string, a: Value, b: Value): Value {
  const ia = asInt(a);
  const ib = asInt(b);
  if (ia !== null && ib !== null) {
    if (op === '**') return intPow(big(ia), big(ib));
    if (
      typeof a === 'boolean' &&
      typeof b === 'boolean' &&
      (op === '&' || op === '|' || op === '^')
    ) {
      return op === '&' ? a && b : op === '|' ? a || b : a !== b;
    }
    return intOp(op, ia, ib);
  }
  if (
    (a instanceof PyFloat || ia !== null) &&
    (b instanceof PyFloat || ib !== null) &&
    !['<<', '>>', '&', '|', '^'].includes(op)
  ) {
    return floatOp(op, asFloat(a)!, asFloat(b)!);
  }
  return seqOp(op, a, b);
}

function seqOp(op: string, a: Value, b: Value): Value {
  if (op === '+') {
    if (typeof a === 'string') {
      if (typeof b === 'string') {
        checkSeqLength(a.length + b.length);
        return a + b;
      }
      throw typeError(`can only concatenate str (not "${typeName(b)}") to str`);
    }
    if (a instanceof PyList) {
      if (b instanceof PyList) {
        checkSeqLength(a.items.length + b.items.length);
        return new PyList(a.items.concat(b.items));
      }
      throw typeError(`can only concatenate list (not "${typeName(b)}") to list`);
    }
    if (a instanceof PyTuple) {
      if (b instanceof PyTuple) {
        checkSeqLength(a.items.length + b.items.length);
        return new PyTuple(a.items.concat(b.items));
      }
      throw typeError(`can only concatenate tuple (not "${typeName(b)}") to tuple`);
    }
  }
  if (op === '*') {
    if (isSeq(a)) return repeat(a, b);
    if (isSeq(b)) return repeat(b, a);
  }
  if (op === '%' && typeof a === 'string') return percentFormat(a, b);
  if (
    (op === '|' || op === '&' || op === '-' || op === '^') &&
    a instanceof PySet &&
    b instanceof PySet
  )
    return setOp(op, a, b);
  if (op === '|' && a instanceof PyDict && b instanceof PyDict) {
    const d = new PyDict();
    for (const [k, e] of a.map) d.map.set(k, e);
    for (const [k, e] of b.map) d.map.set(k, e);
    return d;
  }
  throw typeError(
    `unsupported operand type(s) for ${OP_NAMES[op] ?? op}: '${typeName(a)}' and '${typeName(b)}'`,
  );
}

function isSeq(v: Value): v is string | PyList | PyTuple {
  return typeof v === 'string' || v instanceof PyList || v instanceof PyTuple;
}

/** Sequences longer than this are refused: the simulator's memory is the learner's tab. */
const MAX_SEQ = LIMITS.sequenceLength.value;

const tooLong = (): PyError =>
  pyErr(
    Exc.OverflowError,
    `sequence longer than ${count(MAX_SEQ)} items ${limitPhrase('sequenceLength')}`,
  );

/** Refuses a concatenation longer than MAX_SEQ items (doubling a list in a loop gets there fast). */
export function checkSeqLength(n: number): void {
  if (n > MAX_SEQ) throw tooLong();
}

function repeat(seq: string | PyList | PyTuple, n: Value): Value {
  const k = asInt(n);
  if (k === null) throw typeError(`can't multiply sequence by non-int of type '${typeName(n)}'`);
  const times = Math.max(0, Number(k));
  const len = typeof seq === 'string' ? seq.length : seq.items.length;
  if (len * times > MAX_SEQ) throw tooLong();
  if (typeof seq === 'string') return seq.repeat(times);
  const out: Value[] = [];
  for (let i = 0; i < times; i++) for (const x of seq.items) out.push(x);
  return seq instanceof PyList ? new PyList(out) : new PyTuple(out);
}

function setOp(op: string, a: PySet, b: PySet): PySet {
  const out = new PySet(a.frozen);
  if (op === '|') {
    for (const [k, v] of a.map) out.map.set(k, v);
    for (const [k, v] of b.map) if (!out.map.has(k)) out.map.set(k, v);
  } else if (op === '&') {
    for (const [k, v] of a.map) if (b.map.has(k)) out.map.set(k, v);
  } else if (op === '-') {
    for (const [k, v] of a.map) if (!b.map.has(k)) out.map.set(k, v);
  } else {
    for (const [k, v] of a.map) if (!b.map.has(k)) out.map.set(k, v);
    for (const [k, v] of b.map) if (!a.map.has(k)) out.map.set(k, v);
  }
  return out;
}

/** printf-style `%` formatting for the common conversions. */
function percentFormat(fmt: string, arg: Value): string {
  const args = arg instanceof PyTuple ? [...arg.items] : [arg];
  let i = 0;
  const out = fmt.replace(
    /%([-+ 0#]*)(\d*)(?:\.(\d+))?([sdirfegx%])/g,
    (_m, flags: string, width: string, prec: string | undefined, conv: string) => {
      if (conv === '%') return '%';
      if (i >= args.length) throw typeError('not enough arguments for format string');
      const v = args[i++]!;
      let s: string;
      if (conv === 's') s = strOf(v);
      else if (conv === 'r') s = repr(v);
      else {
        const f = asFloat(v);
        if (f === null)
          throw typeError(`%${conv} format: a real number is required, not ${typeName(v)}`);
        if (conv === 'd' || conv === 'i') s = String(Math.trunc(f));
        else if (conv === 'x') s = Math.trunc(f).toString(16);
        else if (conv === 'f') s = f.toFixed(prec === undefined ? 6 : Number(prec));
        else if (conv === 'e')
          s = f
            .toExponential(prec === undefined ? 6 : Number(prec))
            .replace(/e([+-])(\d)$/, 'e$10$2');
        else s = String(f);
        if (flags.includes('+') && f >= 0) s = '+' + s;
      }
      const w = Number(width || 0);
      if (s.length < w)
        s = flags.includes('-')
          ? s.padEnd(w)
          : flags.includes('0') && conv !== 's'
            ? s.padStart(w, '0')
            : s.padStart(w);
      return s;
    },
  );
  if (i < args.length) throw typeError('not all arguments converted during string formatting');
  return out;
}

let strOf: (v: Value) => string = String;
/** Wired by builtins (str() of arbitrary values lives there). */
export function setStrOf(f: (v: Value) => string): void {
  strOf = f;
}

export function unary(op: string, v: Value): Value {
  const i = asInt(v);
  if (i !== null) {
    if (op === '-') return typeof i === 'number' ? (i === 0 ? 0 : -i) : normInt(-i);
    if (op === '+') return i;
    return typeof i === 'number' ? -i - 1 : normInt(~i);
  }
  if (v instanceof PyFloat && op !== '~') return op === '-' ? float(-v.v) : v;
  throw typeError(`bad operand type for unary ${op}: '${typeName(v)}'`);
}

// ---- comparison ----

export function eq(a: Value, b: Value): boolean {
  if (a === b) return !(a instanceof PyFloat && Number.isNaN(a.v));
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
  if (a instanceof PyExc || b instanceof PyExc) return false;
  return false;
}

function seqEq(a: readonly Value[], b: readonly Value[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !eq(a[i]!, b[i]!)) return false;
  return true;
}

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
  throw typeError(
    `'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`,
  );
}

export function compare(op: string, a: Value, b: Value): boolean {
  switch (op) {
    case '==':
      return eq(a, b);
    case '!=':
      return !eq(a, b);
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
  if (v instanceof PySet)
    return '\u0000f{' + [...v.map.keys()].map(keyString).sort().join('\u0001') + '}';
  if (v instanceof PyObject) return v;
  return v;
}

const objectIds = new WeakMap<object, number>();
let nextObjectId = 1;

function keyString(k: unknown): string {
  if (typeof k === 'string') return 's' + k;
  if (typeof k === 'number') return 'n' + String(k);
  if (typeof k === 'bigint') return 'n' + k.toString();
  if (k === null) return 'N';
  if (typeof k === 'object') {
    let id = objectIds.get(k);
    if (id === undefined) {
      id = nextObjectId++;
      objectIds.set(k, id);
    }
    return 'o' + String(id);
  }
  return typeof k;
}

export { PyError };
