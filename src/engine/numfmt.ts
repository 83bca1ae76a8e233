/**
 * Python 3.13's number <-> text conversions, matching CPython character for character:
 *
 *  - repr()/str() of float (`floatRepr`), str() of int (`intToStr`);
 *  - format() / f-string specs for int, float and str (`formatInt`, `formatFloat`,
 *    `formatStr`): the whole format-spec mini-language of Python/formatter_unicode.c,
 *    with floats rendered as PyOS_double_to_string / format_float_short do (correctly
 *    rounded from the exact binary value, ties to even);
 *  - round() for floats and ints (`roundFloat`, `roundHalfEven`, `roundInt`);
 *  - float(str) and int(str, base) parsing (`floatFromString`, `intFromString`).
 *
 * Digits come from JS's own conversions where those are exact (Number#toString gives the
 * same shortest round-trip digits as CPython's repr; toFixed/toExponential are correctly
 * rounded but break exact ties upwards, so exact binary ties are detected and redone),
 * and from exact BigInt arithmetic everywhere else.
 *
 * Pure: no DOM, no Date, no host APIs. Errors are thrown as `FormatError` values.
 */

/** Python ints: a safe-integer `number`, or a `bigint` beyond that. */
export type PyInt = number | bigint;

export type FormatErrorKind = 'ValueError' | 'OverflowError' | 'TypeError';

/**
 * A Python exception raised by this module: `kind` is the exception class name and
 * `message` its str(). Like the engine's PyError, deliberately not a JS `Error`.
 */
export class FormatError {
  constructor(
    readonly kind: FormatErrorKind,
    readonly message: string,
  ) {}
}

const valueError = (message: string): FormatError => new FormatError('ValueError', message);

/** sys.get_int_max_str_digits() default. */
export const INT_MAX_STR_DIGITS = 4300;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const MAX_SAFE_BIG = BigInt(MAX_SAFE);

function normalizeBig(v: bigint): PyInt {
  return v <= MAX_SAFE_BIG && v >= -MAX_SAFE_BIG ? Number(v) : v;
}

// ===================================================================== float digits

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE_ENDIAN ? 1 : 0;
const LO = LITTLE_ENDIAN ? 0 : 1;

/** Odd mantissa and exponent of the last decomposed value: |x| = DM * 2**DE. */
let DM = 0;
let DE = 0;

/** Decomposes a finite, non-zero, positive double into DM * 2**DE with DM odd. */
function decompose(ax: number): void {
  f64[0] = ax;
  const hi = u32[HI] as number;
  const lo = u32[LO] as number;
  const biased = (hi >>> 20) & 0x7ff;
  let m = (hi & 0xfffff) * 4294967296 + lo;
  let e: number;
  if (biased === 0) {
    e = -1074;
  } else {
    m += 4503599627370496; // 2**52
    e = biased - 1075;
  }
  while (m % 2 === 0) {
    m /= 2;
    e++;
  }
  DM = m;
  DE = e;
}

/** 5**k for k <= 22 (exact doubles). */
const POW5: number[] = [];
for (let k = 0, p = 1; k <= 22; k++, p *= 5) POW5.push(p);

/**
 * Is ax * 10**t exactly halfway between two integers? (ax = DM * 2**DE, DM odd.)
 * ax * 10**t * 2 = DM * 5**t * 2**(DE + t + 1) is an odd integer iff DE + t + 1 == 0 and,
 * when t < 0, 5**-t divides DM.
 */
function isHalfwayTie(t: number): boolean {
  if (DE + t + 1 !== 0) return false;
  if (t >= 0) return true;
  const p = POW5[-t];
  return p !== undefined && DM % p === 0;
}

const POW10_BIG: bigint[] = [1n];
function pow10Big(k: number): bigint {
  while (POW10_BIG.length <= k) POW10_BIG.push((POW10_BIG[POW10_BIG.length - 1] as bigint) * 10n);
  return POW10_BIG[k] as bigint;
}

/** round-half-even(DM * 2**DE * 10**t), exactly. */
function scaledRoundExact(t: number): bigint {
  let num = BigInt(DM);
  let den = 1n;
  if (DE >= 0) num <<= BigInt(DE);
  else den <<= BigInt(-DE);
  if (t >= 0) num *= pow10Big(t);
  else den *= pow10Big(-t);
  let q = num / den;
  const r2 = (num - q * den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) q += 1n;
  return q;
}

/** Sign of (DM * 2**DE - 10**k), exactly. */
function cmpPow10(k: number): number {
  let a = BigInt(DM);
  let b = 1n;
  if (DE >= 0) a <<= BigInt(DE);
  else b <<= BigInt(-DE);
  if (k >= 0) b *= pow10Big(k);
  else a *= pow10Big(-k);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Digit string (no leading/trailing zeros; '' allowed) and decimal-point position. */
let DIGITS = '';
let DECPT = 0;

function setDigits(all: string, decpt: number): void {
  // all: a run of decimal digits whose decimal point sits `decpt` places from its start.
  let s = 0;
  while (s < all.length && all.charCodeAt(s) === 48) s++;
  let e = all.length;
  while (e > s && all.charCodeAt(e - 1) === 48) e--;
  DIGITS = all.slice(s, e);
  DECPT = decpt - s;
}

/** Parses a JS Number#toString / toExponential / toFixed result (no sign) into DIGITS/DECPT. */
function setDigitsFromJs(str: string): void {
  let exp = 0;
  let mant = str;
  const ei = str.indexOf('e');
  if (ei >= 0) {
    exp = Number(str.slice(ei + 1));
    mant = str.slice(0, ei);
  }
  const dot = mant.indexOf('.');
  if (dot < 0) setDigits(mant, mant.length + exp);
  else setDigits(mant.slice(0, dot) + mant.slice(dot + 1), dot + exp);
}

/** Mode 0 (shortest round-trip digits) of a positive finite double. */
function shortestDigits(ax: number): void {
  setDigitsFromJs(String(ax));
}

/**
 * Mode 3: round ax (> 0, finite) to `p` digits after the decimal point (p may be negative),
 * half-even on exact ties. An all-zero result gives DIGITS '' and DECPT = -p, as dtoa does.
 */
function fixedDigits(ax: number, p: number): void {
  decompose(ax);
  if (p >= 0 && p <= 100 && ax < 1e21 && !isHalfwayTie(p)) {
    setDigitsFromJs(ax.toFixed(p));
  } else {
    const q = scaledRoundExact(p).toString();
    setDigits(q, q.length - p);
  }
  if (DIGITS === '') DECPT = -p;
}

/** Mode 2: round ax (> 0, finite) to n >= 1 significant digits, half-even on exact ties. */
function precisionDigits(ax: number, n: number): void {
  decompose(ax);
  let estimate: number;
  if (n <= 101) {
    const s = ax.toExponential(n - 1);
    const ei = s.indexOf('e');
    const x = Number(s.slice(ei + 1));
    // The exact value's exponent is x, or x - 1 if rounding carried into a new digit.
    const carried = s.charCodeAt(0) === 49 && /^1(?:\.0*)?e/.test(s);
    if (!isHalfwayTie(n - 1 - x) && !(carried && isHalfwayTie(n - x))) {
      setDigitsFromJs(s);
      return;
    }
    estimate = x;
  } else {
    shortestDigits(ax);
    estimate = DECPT - 1;
  }
  let E = estimate;
  while (cmpPow10(E) < 0) E--;
  while (cmpPow10(E + 1) >= 0) E++;
  let q = scaledRoundExact(n - 1 - E);
  if (q >= pow10Big(n)) {
    q /= 10n;
    E++;
  }
  setDigits(q.toString(), E + 1);
}

// ============================================================ PyOS_double_to_string

type FloatCode = 'e' | 'f' | 'g' | 'r';

/**
 * PyOS_double_to_string(val, code, precision, flags) for code in e/f/g/r (upper selects
 * E/F/G), as format_float_short builds it. Returns the text with a leading '-' when
 * negative (never '+').
 */
function doubleToString(
  x: number,
  code: FloatCode,
  precision: number,
  upper: boolean,
  addDot0: boolean,
  alt: boolean,
  noNeg0: boolean,
): string {
  if (x !== x) return upper ? 'NAN' : 'nan';
  let negative = x < 0 || Object.is(x, -0);
  if (x === Infinity || x === -Infinity) return (negative ? '-' : '') + (upper ? 'INF' : 'inf');
  const ax = negative ? -x : x;

  if (code === 'e') precision++;
  else if (code === 'g' && precision === 0) precision = 1;

  if (ax === 0) {
    DIGITS = '0';
    DECPT = 1;
  } else if (code === 'r') shortestDigits(ax);
  else if (code === 'f') fixedDigits(ax, precision);
  else precisionDigits(ax, precision);
  const digits = DIGITS;
  let decpt = DECPT;
  const digitsLen = digits.length;

  if (noNeg0 && negative && (digitsLen === 0 || digits === '0')) negative = false;

  let vdigitsEnd = digitsLen;
  let useExp = false;
  switch (code) {
    case 'e':
      useExp = true;
      vdigitsEnd = precision;
      break;
    case 'f':
      vdigitsEnd = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vdigitsEnd = precision;
      break;
    case 'r':
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt + 1;
  else vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt;

  let out = negative ? '-' : '';
  if (decpt <= 0) {
    out += '0'.repeat(decpt - vdigitsStart) + '.' + '0'.repeat(-decpt);
  } else {
    out += '0'.repeat(-vdigitsStart);
  }
  if (decpt > 0 && decpt <= digitsLen) {
    out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  } else {
    out += digits;
  }
  if (digitsLen < decpt) {
    out += '0'.repeat(decpt - digitsLen) + '.' + '0'.repeat(vdigitsEnd - decpt);
  } else {
    out += '0'.repeat(vdigitsEnd - digitsLen);
  }
  if (!alt && out.charCodeAt(out.length - 1) === 46 /* . */) out = out.slice(0, -1);
  if (useExp) {
    const a = exp < 0 ? -exp : exp;
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (a < 10 ? '0' : '') + String(a);
  }
  return out;
}

/** repr(x) / str(x) for a Python float. */
export function floatRepr(x: number): string {
  if (Number.isInteger(x)) {
    if (x < 1e16 && x > -1e16) return x === 0 && 1 / x < 0 ? '-0.0' : String(x) + '.0';
  } else {
    const a = x < 0 ? -x : x;
    // JS prints 1e-7 <= |x| < 1e21 positionally with the same shortest digits.
    if (a >= 1e-4 && a < 1e16) return String(x);
  }
  return doubleToString(x, 'r', 0, false, true, false, false);
}

/** str(x) for a Python float (same as repr since Python 3.2). */
export const floatStr = floatRepr;

// ========================================================================= int text

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

// ================================================================= format spec

interface FormatSpec {
  fill: string;
  align: string; // '<' | '>' | '=' | '^'
  sign: string; // '' | '+' | '-' | ' '
  noNeg0: boolean;
  alt: boolean;
  width: number; // -1: not given
  thousands: '' | ',' | '_';
  /** bin/oct/hex with '_': group every 4 digits. */
  underFour: boolean;
  precision: number; // -1: not given
  type: string; // one code point; '' = none (float's default)
}

const PY_SSIZE_T_MAX = 9223372036854775807n;

/** Py_UNICODE_TODECIMAL: the value of a decimal digit character (any script), or -1. */
function decimalValue(cp: number): number {
  if (cp >= 48 && cp <= 57) return cp - 48;
  if (cp < 128) return -1;
  if (!ND_RE.test(String.fromCodePoint(cp))) return -1;
  // Unicode encodes every decimal digit set as a contiguous run 0..9.
  let start = cp;
  while (start > 0 && ND_RE.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}
const ND_RE = /^\p{Nd}$/u;

function typeCodeText(type: string): string {
  const cp = type.codePointAt(0) as number;
  return cp > 32 && cp < 128 ? type : `\\x${cp.toString(16)}`;
}

function unknownCode(type: string, typeName: string): FormatError {
  return valueError(`Unknown format code '${typeCodeText(type)}' for object of type '${typeName}'`);
}

function invalidSeparator(f: FormatSpec): FormatError {
  return valueError(`Cannot specify '${f.thousands}' with '${typeCodeText(f.type)}'.`);
}

const SPEC_CACHE = new Map<string, FormatSpec>();

/**
 * parse_internal_render_format_spec. `kind` picks the defaults: 's' (str: type 's',
 * align '<'), 'd' (int: type 'd', align '>'), '' (float: no type, align '>').
 */
function parseSpec(spec: string, kind: 's' | 'd' | '', typeName: string): FormatSpec {
  const key = kind + typeName + '\u0000' + spec;
  const cached = SPEC_CACHE.get(key);
  if (cached !== undefined) return cached;

  const defaultAlign = kind === 's' ? '<' : '>';
  const c = /[\ud800-\udfff]/.test(spec) ? Array.from(spec) : spec.split('');
  const end = c.length;
  let pos = 0;
  const f: FormatSpec = {
    fill: ' ',
    align: defaultAlign,
    sign: '',
    noNeg0: false,
    alt: false,
    width: -1,
    thousands: '',
    underFour: false,
    precision: -1,
    type: kind,
  };
  const isAlign = (ch: string | undefined): boolean =>
    ch === '<' || ch === '>' || ch === '=' || ch === '^';
  let alignSpecified = false;
  let fillSpecified = false;
  if (end - pos >= 2 && isAlign(c[pos + 1])) {
    f.align = c[pos + 1] as string;
    f.fill = c[pos] as string;
    fillSpecified = alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(c[pos])) {
    f.align = c[pos] as string;
    alignSpecified = true;
    pos++;
  }
  if (end - pos >= 1 && (c[pos] === ' ' || c[pos] === '+' || c[pos] === '-')) {
    f.sign = c[pos] as string;
    pos++;
  }
  if (end - pos >= 1 && c[pos] === 'z') {
    f.noNeg0 = true;
    pos++;
  }
  if (end - pos >= 1 && c[pos] === '#') {
    f.alt = true;
    pos++;
  }
  if (!fillSpecified && end - pos >= 1 && c[pos] === '0') {
    f.fill = '0';
    if (!alignSpecified && defaultAlign === '>') f.align = '=';
    pos++;
  }
  const getInteger = (): number => {
    // Returns the value (or -1 when no digits); throws on Py_ssize_t overflow.
    let acc = 0;
    let big: bigint | null = null;
    let n = 0;
    for (; pos < end; pos++, n++) {
      const d = decimalValue((c[pos] as string).codePointAt(0) as number);
      if (d < 0) break;
      if (big === null && acc < 1e14) {
        acc = acc * 10 + d;
      } else {
        big = (big ?? BigInt(acc)) * 10n + BigInt(d);
        if (big > PY_SSIZE_T_MAX) throw valueError('Too many decimal digits in format string');
      }
    }
    if (n === 0) return -1;
    return big === null ? acc : Number(big);
  };
  f.width = getInteger();
  if (end - pos > 0 && c[pos] === ',') {
    f.thousands = ',';
    pos++;
  }
  if (end - pos > 0 && c[pos] === '_') {
    if (f.thousands !== '') throw valueError("Cannot specify both ',' and '_'.");
    f.thousands = '_';
    pos++;
  }
  if (end - pos > 0 && c[pos] === ',') throw valueError("Cannot specify both ',' and '_'.");
  if (end - pos > 0 && c[pos] === '.') {
    pos++;
    f.precision = getInteger();
    if (f.precision < 0) throw valueError('Format specifier missing precision');
  }
  if (end - pos > 1) {
    throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  if (end - pos === 1) {
    f.type = c[pos] as string;
    pos++;
  }
  if (f.thousands !== '') {
    switch (f.type) {
      case 'd':
      case 'e':
      case 'f':
      case 'g':
      case 'E':
      case 'G':
      case '%':
      case 'F':
      case '':
        break;
      case 'b':
      case 'o':
      case 'x':
      case 'X':
        // Underscores group bin/oct/hex every four digits; commas are refused.
        if (f.thousands !== '_') throw invalidSeparator(f);
        f.underFour = true;
        break;
      default:
        throw invalidSeparator(f);
    }
  }
  if (SPEC_CACHE.size > 512) SPEC_CACHE.clear();
  SPEC_CACHE.set(key, f);
  return f;
}

// ======================================================= number layout (shared)

/** Length in code points. */
function cpLen(s: string): number {
  if (!/[\ud800-\udfff]/.test(s)) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/**
 * _PyUnicode_InsertThousandsGrouping: groups `digits` from the right every `group`
 * characters (0 = no grouping), left-padding with zeros (which are grouped too) up to
 * `minWidth` characters.
 */
function insertGrouping(digits: string, minWidth: number, group: number, sep: string): string {
  minWidth = Math.max(0, minWidth);
  let remaining = digits.length;
  let pos = digits.length;
  const chunks: string[] = [];
  let useSep = false;
  let broken = false;
  if (group > 0) {
    for (;;) {
      const l = Math.min(group, Math.max(remaining, minWidth, 1));
      const nZeros = Math.max(0, l - remaining);
      const nChars = Math.max(0, Math.min(remaining, l));
      chunks.push('0'.repeat(nZeros) + digits.slice(pos - nChars, pos) + (useSep ? sep : ''));
      pos -= nChars;
      useSep = true;
      remaining -= nChars;
      minWidth -= l;
      if (remaining <= 0 && minWidth <= 0) {
        broken = true;
        break;
      }
      minWidth -= sep.length;
    }
  }
  if (!broken) {
    const l = Math.max(remaining, minWidth, 1);
    const nZeros = Math.max(0, l - remaining);
    const nChars = Math.max(0, Math.min(remaining, l));
    chunks.push('0'.repeat(nZeros) + digits.slice(pos - nChars, pos) + (useSep ? sep : ''));
  }
  if (chunks.length === 1) return chunks[0] as string;
  return chunks.reverse().join('');
}

/**
 * calc_number_widths + fill_number: lays out
 * [lpad][sign][prefix][spad][grouped digits][rest][rpad].
 * `rest` is the decimal point and everything after the integer digits.
 */
function layoutNumber(
  f: FormatSpec,
  negative: boolean,
  prefix: string,
  digits: string,
  rest: string,
  useLocaleNone: boolean,
  upper: boolean,
): string {
  let sign = '';
  if (f.sign === '+') sign = negative ? '-' : '+';
  else if (f.sign === ' ') sign = negative ? '-' : ' ';
  else if (negative) sign = '-';

  const nRest = rest.length === 1 ? 1 : cpLen(rest);
  const nonDigit = sign.length + prefix.length + nRest;
  const minWidth = f.fill === '0' && f.align === '=' ? f.width - nonDigit : 0;

  let grouped = '';
  if (digits.length !== 0) {
    let group = 0;
    let sep = '';
    if (!useLocaleNone && f.thousands !== '') {
      group = f.underFour ? 4 : 3;
      sep = f.thousands;
    }
    grouped = insertGrouping(digits, minWidth, group, sep);
  }
  let pre = prefix;
  if (upper) {
    grouped = grouped.toUpperCase();
    pre = pre.toUpperCase();
  }
  const nPadding = f.width - (nonDigit + grouped.length);
  let lpad = 0;
  let spad = 0;
  let rpad = 0;
  if (nPadding > 0) {
    switch (f.align) {
      case '<':
        rpad = nPadding;
        break;
      case '^':
        lpad = nPadding >> 1;
        rpad = nPadding - lpad;
        break;
      case '=':
        spad = nPadding;
        break;
      default:
        lpad = nPadding;
    }
  }
  const fill = f.fill;
  return (
    (lpad ? fill.repeat(lpad) : '') +
    sign +
    pre +
    (spad ? fill.repeat(spad) : '') +
    grouped +
    rest +
    (rpad ? fill.repeat(rpad) : '')
  );
}

// ====================================================================== format()

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

// ======================================================================== round()

/** Python's round(x, ndigits) for a float x and an int ndigits (may be negative). */
export function roundFloat(x: number, ndigits: number): number {
  if (!Number.isFinite(x)) return x;
  // NDIGITS_MAX / NDIGITS_MIN of floatobject.c
  if (ndigits > 323) return x;
  if (ndigits < -308) return 0.0 * x;
  if (x === 0) return x;
  const ax = x < 0 ? -x : x;
  fixedDigits(ax, ndigits);
  const r = DIGITS === '' ? 0 : Number(DIGITS + 'e' + String(DECPT - DIGITS.length));
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

// ============================================================== text -> number

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

const PRINTABLE_EXCLUDED = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** repr() of a Python str (quote choice and escapes as unicode_repr does). */
export function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x7f) out += ch;
    else if (cp !== 0x20 && PRINTABLE_EXCLUDED.test(ch)) {
      if (cp <= 0xff) out += '\\x' + cp.toString(16).padStart(2, '0');
      else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
      else out += '\\U' + cp.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + quote;
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
