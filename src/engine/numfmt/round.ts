/** round(): Python's round() for floats (with and without ndigits) and for ints. */
import { FormatError, normalizeBig, valueError } from './common';
import type { PyInt } from './common';
import { pow10Big, roundedDigits } from './float-digits';

/** Python's round(x, ndigits) for a float x and an int ndigits (may be negative). */
export function roundFloat(x: number, ndigits: number): number {
  if (!Number.isFinite(x)) return x;
  // NDIGITS_MAX / NDIGITS_MIN of floatobject.c
  if (ndigits > 323) return x;
  if (ndigits < -308) return 0.0 * x;
  if (x === 0) return x;
  const ax = x < 0 ? -x : x;
  const { digits, decpt } = roundedDigits(ax, ndigits);
  const r = digits === '' ? 0 : Number(digits + 'e' + String(decpt - digits.length));
  if (r === Infinity) {
    throw new FormatError('OverflowError', 'rounded value too large to represent');
  }
  return x < 0 ? -r : r;
}

/** C round(): half away from zero. */
function cRound(x: number): number {
  const t = Math.trunc(x);
  const d = x - t;
  if (d >= 0.5) return t + 1;
  if (d <= -0.5) return t - 1;
  return t;
}

/**
 * Python's round(x) for a float: ties to even, an integral number (never -0). Values
 * beyond 2**53 are exact integers as doubles (convert with BigInt(r) when not safe).
 */
export function roundHalfEven(x: number): number {
  if (x !== x) throw valueError('cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) {
    throw new FormatError('OverflowError', 'cannot convert float infinity to integer');
  }
  let r = cRound(x);
  if (Math.abs(x - r) === 0.5) r = 2.0 * cRound(x / 2.0);
  return r === 0 ? 0 : r;
}

/** Python's round(n, ndigits) for an int n: exact, ties to even. */
export function roundInt(n: PyInt, ndigits: number | bigint): PyInt {
  if (ndigits >= 0) return n;
  const k = typeof ndigits === 'bigint' ? ndigits : BigInt(ndigits);
  const nb = typeof n === 'bigint' ? n : BigInt(n);
  const absDigits = (nb < 0n ? -nb : nb).toString().length;
  // |n| < 10**(-k-1) < 10**-k / 2 rounds to zero.
  if (BigInt(absDigits) <= -k - 1n) return 0;
  const pow = pow10Big(Number(-k));
  // divmod_near: floor divmod, then round the quotient half to even.
  let q = nb / pow;
  let r = nb - q * pow;
  if (r < 0n) {
    q -= 1n;
    r += pow;
  }
  const twice = 2n * r;
  if (twice > pow || (twice === pow && (q & 1n) === 1n)) q += 1n;
  return normalizeBig(q * pow);
}
