/** int <-> text and int <-> float conversions: str(int), float(int) and int(float). */
import { FormatError, INT_MAX_STR_DIGITS, MAX_SAFE, valueError } from './common';
import type { PyInt } from './common';

function intDigitsError(maxDigits: number): FormatError {
  return valueError(
    `Exceeds the limit (${maxDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
  );
}

/**
 * str(n) / repr(n) for a Python int. Like CPython, refuses to build more than
 * `maxDigits` decimal digits (0 = no limit).
 */
export function intToStr(n: PyInt, maxDigits: number = INT_MAX_STR_DIGITS): string {
  if (typeof n === 'number') {
    if (Number.isSafeInteger(n)) return String(n);
    n = BigInt(n);
  }
  if (maxDigits > 0) {
    // Cheap pre-check (linear): 4 bits per hex digit, log10(16) > 1.2 decimal digits each.
    const hexLen = n.toString(16).length - (n < 0n ? 1 : 0);
    if ((hexLen - 1) * 1.2 > maxDigits + 1) throw intDigitsError(maxDigits);
  }
  const s = n.toString();
  if (maxDigits > 0 && s.length - (n < 0n ? 1 : 0) > maxDigits) throw intDigitsError(maxDigits);
  return s;
}

/** float(n) for a Python int: correctly rounded; OverflowError when out of range. */
export function intToFloat(n: PyInt): number {
  if (typeof n === 'number') return n;
  const v = Number(n);
  if (v === Infinity || v === -Infinity) {
    throw new FormatError('OverflowError', 'int too large to convert to float');
  }
  return v;
}

/** int(x) for a Python float: truncates toward zero. */
export function floatToInt(x: number): PyInt {
  if (x !== x) throw valueError('cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) {
    throw new FormatError('OverflowError', 'cannot convert float infinity to integer');
  }
  const t = Math.trunc(x);
  if (t >= -MAX_SAFE && t <= MAX_SAFE) return t === 0 ? 0 : t;
  return BigInt(t);
}
