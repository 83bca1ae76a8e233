/**
 * Arithmetic on Python numbers: int operations (a small-int fast path, bigints beyond),
 * powers and shifts under the integer size limit, float operations, and the numeric
 * operand conversions the other operators share.
 */
import { floatPow } from './pow';
import { Exc, NotSupportedError, pyErr, zeroDivision } from './errors';
import type { PyError } from './errors';
import type { Value } from './values';
import { count, LIMITS, limitPhrase } from '../limits';
import { PyFloat, normInt } from './values';
import { newInt } from './sizes';

export const SAFE = Number.MAX_SAFE_INTEGER;

/** An int operand as number|bigint (bools count as ints), or null. */
export function asInt(v: Value): number | bigint | null {
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

export function big(a: number | bigint): bigint {
  return typeof a === 'bigint' ? a : BigInt(a);
}

export function intOp(op: string, a: number | bigint, b: number | bigint): Value {
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
      if (x !== 0n && y !== 0n) newIntBits(bitLength(x) + bitLength(y));
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
      if (y > BigInt(MAX_INT_BITS)) throw tooLarge();
      newIntBits(bitLength(x) + Number(y));
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

/** An int of `bits` bits is about to be made: refused past the integer size limit, counted. */
export function newIntBits(bits: number): void {
  if (bits > MAX_INT_BITS) throw tooLarge();
  newInt(bits);
}

export function intPow(x: bigint, y: bigint): Value {
  if (y < 0n) {
    if (x === 0n) throw zeroDivision('0.0 cannot be raised to a negative power');
    // int.__pow__ with a negative exponent is float.__pow__ of the two as floats
    return float(powChecked(Number(x), Number(y)));
  }
  // |x| ** y has floor(y * log2|x|) + 1 bits.
  if (x !== 0n && x !== 1n && x !== -1n) {
    const bits = Number(y) * log2Abs(x);
    if (bits >= MAX_INT_BITS) throw tooLarge();
    newInt(bits);
  }
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

/** Float `a ** b` as CPython's `float_pow` gives it, or its error (pow.ts). */
function powChecked(a: number, b: number): number {
  const r = floatPow(a, b);
  switch (r) {
    case 'zero':
      throw zeroDivision('0.0 cannot be raised to a negative power');
    case 'complex':
      throw new NotSupportedError('complex numbers', '**', 'are');
    case 'overflow':
      throw pyErr(Exc.OverflowError, "(34, 'Numerical result out of range')");
    case 'undecided':
      throw new NotSupportedError(
        "a float power this near halfway between two floats (CPython's C library may round it either way)",
        '**',
      );
  }
  return r;
}

export function floatOp(op: string, a: number, b: number): Value {
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
    case '**':
      return float(powChecked(a, b));
  }
  return null;
}
