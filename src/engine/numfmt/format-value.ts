/**
 * format(value, spec) for str, int and float: the entry points of the format-spec
 * mini-language (format_string_internal, format_long_internal, format_float_internal).
 */
import { FormatError, SEQ_LIMIT_MESSAGE, valueError } from './common';
import { LIMITS } from '../../limits';
import type { PyInt } from './common';
import { doubleToString, floatRepr } from './float-digits';
import type { FloatCode } from './float-digits';
import { cpLen, layoutNumber } from './format-layout';
import { parseSpec, unknownCode } from './format-spec';
import type { FormatSpec } from './format-spec';
import { intToFloat, intToStr } from './int-conv';

/** format(s, spec) for a str (also str.format / f-string fields). */
export function formatStr(s: string, spec: string, typeName = 'str'): string {
  if (spec === '') return s;
  const f = parseSpec(spec, 's', typeName);
  if (f.type !== 's') throw unknownCode(f.type, typeName);
  if (f.sign === ' ') throw valueError('Space not allowed in string format specifier');
  if (f.sign !== '') throw valueError('Sign not allowed in string format specifier');
  if (f.noNeg0) {
    throw valueError('Negative zero coercion (z) not allowed in string format specifier');
  }
  if (f.alt) throw valueError('Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') throw valueError("'=' alignment not allowed in string format specifier");

  const hasSurrogates = /[\ud800-\udfff]/.test(s);
  let len = hasSurrogates ? cpLen(s) : s.length;
  if ((f.width === -1 || f.width <= len) && (f.precision === -1 || f.precision >= len)) return s;
  let body = s;
  if (f.precision >= 0 && len >= f.precision) {
    body = hasSurrogates ? Array.from(s).slice(0, f.precision).join('') : s.slice(0, f.precision);
    len = f.precision;
  }
  const total = f.width > len ? f.width : len;
  let lpad = 0;
  if (f.align === '>') lpad = total - len;
  else if (f.align === '^') lpad = (total - len) >> 1;
  const rpad = total - len - lpad;
  return (lpad ? f.fill.repeat(lpad) : '') + body + (rpad ? f.fill.repeat(rpad) : '');
}

/**
 * format(n, spec) for an int. `typeName` is used in error messages (pass 'bool' for
 * bools; note format(True, '') is 'True', which the caller handles: this returns '1').
 */
export function formatInt(n: PyInt, spec: string, typeName = 'int'): string {
  if (spec === '') return intToStr(n);
  const f = parseSpec(spec, 'd', typeName);
  switch (f.type) {
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n':
      return formatLong(n, f);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
      return formatFloatInternal(intToFloat(n), f);
    default:
      throw unknownCode(f.type, typeName);
  }
}

function formatLong(n: PyInt, f: FormatSpec): string {
  if (f.precision !== -1) throw valueError('Precision not allowed in integer format specifier');
  if (f.noNeg0) {
    throw valueError('Negative zero coercion (z) not allowed in integer format specifier');
  }
  if (typeof n === 'number' && !Number.isSafeInteger(n)) n = BigInt(n);
  if (f.type === 'c') {
    if (f.sign !== '') throw valueError("Sign not allowed with integer format specifier 'c'");
    if (f.alt) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof n === 'bigint' && (n > 9223372036854775807n || n < -9223372036854775808n)) {
      throw new FormatError('OverflowError', 'Python int too large to convert to C long');
    }
    const v = Number(n);
    if (v < 0 || v > 0x10ffff) {
      throw new FormatError('OverflowError', '%c arg not in range(0x110000)');
    }
    return layoutNumber(f, false, '', '', String.fromCodePoint(v), true, false);
  }
  let base = 10;
  let prefix = '';
  switch (f.type) {
    case 'b':
      base = 2;
      prefix = '0b';
      break;
    case 'o':
      base = 8;
      prefix = '0o';
      break;
    case 'x':
    case 'X':
      base = 16;
      prefix = '0x';
      break;
  }
  const negative = n < 0;
  const abs = negative ? -n : n;
  let digits: string;
  if (base === 10) {
    digits = intToStr(abs);
  } else {
    digits = abs.toString(base);
  }
  return layoutNumber(f, negative, f.alt ? prefix : '', digits, '', f.type === 'n', f.type === 'X');
}

/** format(x, spec) for a float. */
export function formatFloat(x: number, spec: string, typeName = 'float'): string {
  if (spec === '') return floatRepr(x);
  const f = parseSpec(spec, '', typeName);
  switch (f.type) {
    case '':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%':
      return formatFloatInternal(x, f);
    default:
      throw unknownCode(f.type, typeName);
  }
}

/** format_float_internal. */
function formatFloatInternal(x: number, f: FormatSpec): string {
  if (f.precision > 2147483647) throw valueError('precision too big');
  // So many digits are refused before they are made.
  if (f.precision > LIMITS.sequenceLength.value) {
    throw new FormatError('OverflowError', SEQ_LIMIT_MESSAGE);
  }
  let precision = f.precision;
  let defaultPrecision = 6;
  let type = f.type;
  let addDot0 = false;
  if (type === '') {
    addDot0 = true;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  let addPct = false;
  if (type === '%') {
    type = 'f';
    x *= 100;
    addPct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';

  const lower = type.toLowerCase() as FloatCode;
  let buf = doubleToString(x, lower, precision, type !== lower, addDot0, f.alt, f.noNeg0);
  if (addPct) buf += '%';

  if (f.sign !== '+' && f.sign !== ' ' && f.width === -1 && f.type !== 'n' && f.thousands === '') {
    return buf;
  }
  let negative = false;
  let i = 0;
  if (buf.charCodeAt(0) === 45 /* - */) {
    negative = true;
    i = 1;
  }
  let j = i;
  while (j < buf.length) {
    const ch = buf.charCodeAt(j);
    if (ch < 48 || ch > 57) break;
    j++;
  }
  return layoutNumber(f, negative, '', buf.slice(i, j), buf.slice(j), f.type === 'n', false);
}
