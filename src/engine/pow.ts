/**
 * Float `x ** y` as CPython computes it: the C library's `pow`, which glibc rounds
 * correctly (to the double nearest the exact value). V8's `**` does not: it differs from
 * CPython in the last bit for about 7% of the cases a program meets (`x ** 0.5`, `x ** 3`,
 * `1.05 ** n`). So: an integer exponent exactly, with integers; any other by logarithm and
 * exponential in fixed point, wide enough that the rounding is decided (else wider).
 *
 * Only for finite x > 0 and finite y; the caller does the special cases and the errors.
 */

/** The double nearest `f * 2^e` (a positive integer `f`), ties to even; `sticky`: a bit more. */
function roundScaled(f: bigint, e: number, sticky: boolean): number {
  const nb = bitLen(f);
  const lead = nb - 1 + e; // the value is in [2^lead, 2^(lead + 1))
  const keep = lead >= -1022 ? 53 : 53 - (-1022 - lead);
  if (keep <= 0) {
    // below half the smallest subnormal, or at most half of it
    if (keep < 0) return 0;
    const half = lead === -1075 && (f & (f - 1n)) === 0n && !sticky;
    return half ? 0 : 2 ** -1074;
  }
  const shift = nb - keep;
  if (shift <= 0) return ldexp(Number(f), e);
  let q = f >> BigInt(shift);
  const rem = f - (q << BigInt(shift));
  const half = 1n << BigInt(shift - 1);
  if (rem > half || (rem === half && (sticky || (q & 1n) === 1n))) q += 1n;
  return ldexp(Number(q), e + shift);
}

/** How far `f * 2^e` (+ a bit more if `sticky`) is from halfway between two doubles, in ulps (0 to 0.5). */
function midDistance(f: bigint, e: number, sticky: boolean): number {
  const nb = bitLen(f);
  const lead = nb - 1 + e;
  const keep = lead >= -1022 ? 53 : 53 - (-1022 - lead);
  const shift = nb - Math.max(keep, 1);
  if (shift <= 0) return sticky ? 0.25 : 0.5;
  const rem = f & ((1n << BigInt(shift)) - 1n);
  const half = 1n << BigInt(shift - 1);
  const d = rem - half;
  // the top 53 bits of the difference are plenty for a distance
  const scale = Math.max(0, shift - 60);
  const dd = Number((d < 0n ? -d : d) >> BigInt(scale)) / 2 ** (shift - scale);
  return sticky && d < 0n && dd === 0.5 ? 0.5 : dd;
}

/**
 * `m * 2^e` for an integer m below 2^54 whose product is a double (or overflows): every
 * step is exact, since each partial product is larger than the representable result.
 */
function ldexp(m: number, e: number): number {
  while (e > 1023) {
    m *= 2 ** 1023;
    e -= 1023;
  }
  while (e < -1022) {
    m *= 2 ** -1022;
    e += 1022;
  }
  return m * 2 ** e;
}

/** The number of bits of a positive BigInt. */
function bitLen(f: bigint): number {
  const h = f.toString(16);
  return h.length * 4 - (Math.clz32(parseInt(h[0]!, 16)) - 28);
}

/** `x = m * 2^e`, `m` an integer (53 bits or fewer), for finite x > 0. */
function decompose(x: number): [bigint, number] {
  const b = new DataView(new ArrayBuffer(8));
  b.setFloat64(0, x);
  const hi = b.getUint32(0);
  const lo = b.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  return bexp === 0 ? [frac, -1074] : [frac | (1n << 52n), bexp - 1075];
}

/** A result and how far its exact value is from halfway between two doubles (ulps). */
type Rounded = [number, number];

/** `x ** n` for an integer n with |n| small enough that m^|n| stays a few thousand bits. */
function intPower(x: number, n: number): Rounded {
  const [m, e] = decompose(x);
  const p = m ** BigInt(Math.abs(n));
  if (n >= 0) return [roundScaled(p, e * n, false), midDistance(p, e * n, false)];
  // 2^(-e n) / p, correctly rounded: a quotient of 64 bits or more and its remainder.
  const s = bitLen(p) + 64;
  const q = (1n << BigInt(s)) / p;
  const rem = (1n << BigInt(s)) - q * p;
  return [roundScaled(q, e * n - s, rem !== 0n), midDistance(q, e * n - s, rem !== 0n)];
}

// ---------------------------------------------------------------- fixed point

/** ln 2 with `bits` fraction bits, cached per precision (a pure function's cache). */
const ln2Cache = new Map<number, bigint>();
function ln2(bits: number): bigint {
  let v = ln2Cache.get(bits);
  if (v === undefined) {
    // ln 2 = 2 atanh(1/3)
    const one = 1n << BigInt(bits);
    v = 2n * atanh(one / 3n, one);
    ln2Cache.set(bits, v);
  }
  return v;
}

/** atanh(t) for a fixed-point t (|t| < 1/2) with `one` = 1.0. */
function atanh(t: bigint, one: bigint): bigint {
  const t2 = (t * t) / one;
  let term = t;
  let sum = t;
  for (let k = 3n; ; k += 2n) {
    term = (term * t2) / one;
    const d = term / k;
    if (d === 0n) break;
    sum += d;
  }
  return sum;
}

/** ln x in fixed point (`bits` fraction bits), for finite x > 0. */
function lnFixed(x: number, bits: number): bigint {
  const [m0, e0] = decompose(x);
  // x = z * 2^E with z = m / 2^(len-1) in [1, 2), then into [1/sqrt2, sqrt2)
  const len = bitLen(m0);
  const one = 1n << BigInt(bits);
  let z = (m0 << BigInt(bits)) >> BigInt(len - 1);
  let E = e0 + len - 1;
  // sqrt(2) * one, near enough to choose the range
  const sqrt2 = (one * 1414213562373095n) / 1000000000000000n;
  if (z > sqrt2) {
    z >>= 1n;
    E += 1;
  }
  const t = ((z - one) * one) / (z + one);
  return 2n * atanh(t, one) + BigInt(E) * ln2(bits);
}

/**
 * exp(w) for a fixed-point w (`bits` fraction bits): [f, k] with exp(w) = f * 2^(k - bits),
 * f about 1.0 in fixed point.
 */
function expFixed(w: bigint, bits: number): [bigint, number] {
  const one = 1n << BigInt(bits);
  const l2 = ln2(bits);
  // k = round(w / ln2), r = w - k ln2 in [-ln2/2, ln2/2]
  let k = w / l2;
  let r = w - k * l2;
  if (r > l2 / 2n) {
    k += 1n;
    r -= l2;
  } else if (r < -l2 / 2n) {
    k -= 1n;
    r += l2;
  }
  // exp(r) = exp(r / 2^8)^(2^8): a short series, then 8 squarings
  const SQ = 8;
  const rr = r >> BigInt(SQ);
  let term = one;
  let sum = one;
  for (let n = 1n; ; n++) {
    term = (term * rr) / (one * n);
    if (term === 0n) break;
    sum += term;
  }
  for (let i = 0; i < SQ; i++) sum = (sum * sum) >> BigInt(bits);
  return [sum, Number(k)];
}

/** x ** y for a y that is not a small integer, or null when the rounding stays undecided. */
function generalPower(x: number, y: number, bits: number): Rounded | null {
  const [my, ey] = decompose(Math.abs(y));
  let w = lnFixed(x, bits) * my;
  w = ey >= 0 ? w << BigInt(ey) : w >> BigInt(-ey);
  if (y < 0) w = -w;
  // far out of range: the exponent alone decides (exp(±750) overflows / underflows)
  const lim = 750n << BigInt(bits);
  if (w > lim) return [Infinity, 0.5];
  if (w < -lim) return [0, 0.5];
  const [f, k] = expFixed(w, bits);
  // The error of f, in its units (2^-bits of the result): that of ln x (a few thousand)
  // times |y|, times 2^8 for the squarings; undecided if that close to half an ulp.
  const slack = 1n << BigInt(32 + Math.max(0, ey + bitLen(my)));
  const nb = bitLen(f);
  const lead = nb - 1 + k - bits;
  const keep = lead >= -1022 ? 53 : 53 - (-1022 - lead);
  const shift = nb - Math.max(keep, 0);
  if (shift > 1) {
    const mask = (1n << BigInt(shift)) - 1n;
    const rem = f & mask;
    const half = 1n << BigInt(shift - 1);
    const d = rem - half;
    if ((d < 0n ? -d : d) <= slack) return null;
  }
  return [roundScaled(f, k - bits, false), midDistance(f, k - bits, false)];
}

/**
 * `x ** y` correctly rounded, for finite x > 0 and finite y, with the distance of the
 * exact value from halfway between two doubles, in ulps.
 */
export function powPositive(x: number, y: number): Rounded {
  if (y === 0 || x === 1) return [1, 0.5];
  if (y === 1) return [x, 0.5];
  if (Number.isInteger(y) && Math.abs(y) <= 1100) return intPower(x, y);
  for (const bits of [200, 400, 1000]) {
    const r = generalPower(x, y, bits);
    if (r !== null) return r;
  }
  // Halfway, or as near as makes no difference: the caller refuses it.
  return [x ** y, 0];
}

/**
 * How near halfway between two doubles CPython's `pow` may round the other way: glibc's
 * `pow` (2.28 on) is not correctly rounded: its error bound is 0.509 ulp (0.511 without
 * FMA) plus about 2^-14.4 ulp times |y ln x| (its logarithm's error, scaled). Measured
 * against CPython 3.13 on glibc 2.36: the 201 of 223,493 results where it differs from the
 * correctly rounded one all lie within 0.0064 ulp of halfway.
 */
export function undecided(x: number, y: number, d: number): boolean {
  return d < 0.011 + Math.abs(y * Math.log(x)) * 2 ** -14;
}

const isOddInteger = (w: number): boolean => Number.isInteger(w) && Math.abs(w % 2) === 1;

/**
 * CPython's `float_pow` (floatobject.c) for floats `v ** w`: its special cases, then
 * `pow`. A string names the error it raises instead: 'zero' (ZeroDivisionError), 'complex'
 * (a negative base to a fractional power gives a complex), 'overflow' (OverflowError).
 */
export function floatPow(
  v: number,
  w: number,
): number | 'zero' | 'complex' | 'overflow' | 'undecided' {
  if (w === 0) return 1;
  if (Number.isNaN(v)) return v;
  if (Number.isNaN(w)) return v === 1 ? 1 : w;
  if (!Number.isFinite(w)) {
    const a = Math.abs(v);
    if (a === 1) return 1;
    return w > 0 === a > 1 ? Infinity : 0;
  }
  if (!Number.isFinite(v)) {
    const odd = isOddInteger(w);
    if (w > 0) return odd ? v : Math.abs(v);
    return odd ? (v > 0 ? 0 : -0) : 0;
  }
  if (v === 0) {
    if (w < 0) return 'zero';
    return isOddInteger(w) ? v : 0;
  }
  let negate = false;
  if (v < 0) {
    if (!Number.isInteger(w)) return 'complex';
    v = -v;
    negate = isOddInteger(w);
  }
  if (v === 1) return negate ? -1 : 1;
  const [r, d] = powPositive(v, w);
  if (r === Infinity) return 'overflow';
  if (undecided(v, w, d)) return 'undecided';
  return negate ? -r : r;
}
