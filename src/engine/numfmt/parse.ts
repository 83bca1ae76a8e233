/** text -> number: float(str) and int(str, base), with CPython's syntax and messages. */
import { INT_MAX_STR_DIGITS, decimalValue, normalizeBig, valueError } from './common';
import type { FormatError, PyInt } from './common';
import { pyStrRepr } from './str-repr';

/** Py_UNICODE_ISSPACE for non-ASCII code points. */
function isUnicodeSpace(cp: number): boolean {
  return (
    cp === 0x85 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

/** Py_ISSPACE (ASCII). */
function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode spaces become ' ', Unicode
 * decimal digits their ASCII digit; any other non-ASCII character ends the string with
 * '?' (which then fails to parse).
 */
function toAsciiNumber(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7e]*$/.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 127) out += ch;
    else if (isUnicodeSpace(cp)) out += ' ';
    else {
      const d = decimalValue(cp);
      if (d < 0) return out + '?';
      out += String(d);
    }
  }
  return out;
}

function floatParseError(s: string): FormatError {
  return valueError(`could not convert string to float: ${pyStrRepr(s)}`);
}

const FLOAT_RE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const INF_NAN_RE = /^([+-]?)(?:(inf|infinity)|nan)$/i;

/** float(s) for a str s: Python's accepted syntax, correctly rounded. */
export function floatFromString(s: string): number {
  let t = toAsciiNumber(s);
  if (t.includes('_')) {
    // _Py_string_to_number_with_underscores: '_' only between two digits.
    let prev = '';
    let dup = '';
    for (const ch of t) {
      if (ch === '_') {
        if (!(prev >= '0' && prev <= '9')) throw floatParseError(s);
      } else {
        if (prev === '_' && !(ch >= '0' && ch <= '9')) throw floatParseError(s);
        dup += ch;
      }
      prev = ch;
    }
    if (prev === '_') throw floatParseError(s);
    t = dup;
  }
  let a = 0;
  let b = t.length;
  while (a < b && isAsciiSpace(t.charCodeAt(a))) a++;
  while (b > a && isAsciiSpace(t.charCodeAt(b - 1))) b--;
  t = t.slice(a, b);
  if (FLOAT_RE.test(t)) return Number(t);
  const m = INF_NAN_RE.exec(t);
  if (m !== null) {
    if (m[2] === undefined) return NaN;
    return m[1] === '-' ? -Infinity : Infinity;
  }
  throw floatParseError(s);
}

/** _PyLong_DigitValue: 0-9, a-z/A-Z = 10-35, anything else 37. */
function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 37;
}

function intParseError(s: string, base: number): FormatError {
  let r = pyStrRepr(s);
  if (r.length > 200) r = Array.from(r).slice(0, 200).join(''); // %.200R
  return valueError(`invalid literal for int() with base ${base}: ${r}`);
}

/**
 * int(s, base) for a str s (base 0 or 2..36): whitespace, sign, base prefixes and
 * single underscores between digits as CPython accepts them. Non-power-of-two bases
 * refuse more than `maxDigits` digits (0 = no limit), like CPython.
 */
export function intFromString(
  s: string,
  base: number = 10,
  maxDigits: number = INT_MAX_STR_DIGITS,
): PyInt {
  if ((base !== 0 && base < 2) || base > 36 || !Number.isInteger(base)) {
    throw valueError('int() base must be >= 2 and <= 36, or 0');
  }
  const origBase = base;
  const t = toAsciiNumber(s);
  const n = t.length;
  let i = 0;
  while (i < n && isAsciiSpace(t.charCodeAt(i))) i++;
  let negative = false;
  if (t[i] === '+' || t[i] === '-') {
    negative = t[i] === '-';
    i++;
  }
  let errorIfNonzero = false;
  const c1 = t[i + 1];
  if (base === 0) {
    if (t[i] !== '0') base = 10;
    else if (c1 === 'x' || c1 === 'X') base = 16;
    else if (c1 === 'o' || c1 === 'O') base = 8;
    else if (c1 === 'b' || c1 === 'B') base = 2;
    else {
      // "old" C-style octal literal: invalid unless it is zero.
      errorIfNonzero = true;
      base = 10;
    }
  }
  if (
    t[i] === '0' &&
    ((base === 16 && (c1 === 'x' || c1 === 'X')) ||
      (base === 8 && (c1 === 'o' || c1 === 'O')) ||
      (base === 2 && (c1 === 'b' || c1 === 'B')))
  ) {
    i += 2;
    if (t[i] === '_') i++; // one underscore allowed after the prefix
  }
  // long_from_string_base: no leading, doubled or trailing underscore; at least one
  // digit; then only whitespace. Every syntax error reports the caller's base.
  if (t[i] === '_') throw intParseError(s, origBase);
  const start = i;
  let prev = 0;
  let nDigits = 0;
  let hasUnderscore = false;
  for (; i < n; i++) {
    const c = t.charCodeAt(i);
    if (c === 95 /* _ */) {
      if (prev === 95) throw intParseError(s, origBase);
      hasUnderscore = true;
    } else if (digitValue(c) < base) {
      nDigits++;
    } else break;
    prev = c;
  }
  if (prev === 95 || nDigits === 0) throw intParseError(s, origBase);
  let clean = t.slice(start, i);
  while (i < n && isAsciiSpace(t.charCodeAt(i))) i++;
  if (i !== n) throw intParseError(s, origBase);
  if (hasUnderscore) clean = clean.replace(/_/g, '');

  const binaryBase = (base & (base - 1)) === 0;
  if (!binaryBase && maxDigits > 0 && nDigits > maxDigits) {
    throw valueError(
      `Exceeds the limit (${maxDigits} digits) for integer string conversion: value has ${nDigits} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  let value: PyInt;
  if (base === 10 && clean.length <= 15) value = Number(clean);
  else if (base === 10) value = normalizeBig(BigInt(clean));
  else if (base === 16 || base === 8 || base === 2) {
    const p = base === 16 ? '0x' : base === 8 ? '0o' : '0b';
    value = normalizeBig(BigInt(p + clean));
  } else {
    // parseInt is exact while the value stays below 2**53.
    const v = parseInt(clean, base);
    if (Number.isSafeInteger(v)) value = v;
    else {
      let acc = 0n;
      const bb = BigInt(base);
      for (let k = 0; k < clean.length; k++) {
        acc = acc * bb + BigInt(digitValue(clean.charCodeAt(k)));
      }
      value = normalizeBig(acc);
    }
  }
  if (errorIfNonzero && value !== 0) throw intParseError(s, origBase);
  if (negative) {
    if (typeof value === 'number') return value === 0 ? 0 : -value;
    return normalizeBig(-value);
  }
  return value;
}
