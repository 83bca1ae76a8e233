/**
 * float -> text: exact decimal digits of a double (shortest round-trip, fixed-point and
 * significant-digit modes, ties to even), PyOS_double_to_string built on them, and
 * repr()/str() of a float.
 */

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE_ENDIAN ? 1 : 0;
const LO = LITTLE_ENDIAN ? 0 : 1;

/** Odd mantissa and exponent of the last decomposed value: |x| = DM * 2**DE (scratch, as DIGITS). */
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
export function pow10Big(k: number): bigint {
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

/**
 * Digit string (no leading/trailing zeros; '' allowed) and decimal-point position: the
 * scratch result of the digit functions below, read right after each call and never
 * across calls (exported functions return what they need).
 */
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
/** More decimal places (or significant digits) than any double needs to be exact. */
const EXACT_PLACES = 1100;

function fixedDigits(ax: number, p: number): void {
  decompose(ax);
  if (p >= 0 && p <= 100 && ax < 1e21 && !isHalfwayTie(p)) {
    setDigitsFromJs(ax.toFixed(p));
  } else {
    // A double has at most 1,074 digits after the point: past those, only zeros follow
    // (and are padded by the caller), so the exact digits need no more places than that.
    const places = Math.min(p, EXACT_PLACES);
    const q = scaledRoundExact(places).toString();
    setDigits(q, q.length - places);
  }
  if (DIGITS === '') DECPT = -p;
}

/** `fixedDigits` as a value: ax rounded to `p` decimals is 0.DIGITS × 10**DECPT. */
export function roundedDigits(ax: number, p: number): { digits: string; decpt: number } {
  fixedDigits(ax, p);
  return { digits: DIGITS, decpt: DECPT };
}

/** Mode 2: round ax (> 0, finite) to n >= 1 significant digits, half-even on exact ties. */
function precisionDigits(ax: number, n: number): void {
  decompose(ax);
  // A double has at most 767 significant digits; the rest are zeros the caller pads.
  n = Math.min(n, EXACT_PLACES);
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

export type FloatCode = 'e' | 'f' | 'g' | 'r';

/**
 * PyOS_double_to_string(val, code, precision, flags) for code in e/f/g/r (upper selects
 * E/F/G), as format_float_short builds it. Returns the text with a leading '-' when
 * negative (never '+').
 */
export function doubleToString(
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
