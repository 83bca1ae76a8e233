/**
 * SHA-512 (FIPS 180-4), as hashlib computes it. random.seed uses it to extend str and
 * bytes seeds; BigInt arithmetic, with the constants derived rather than tabulated.
 */

const MASK64 = (1n << 64n) - 1n;
let SHA512_K: bigint[] | null = null;
let SHA512_H0: bigint[] | null = null;

function icbrt(n: bigint): bigint {
  // floor(cbrt(n)) by Newton's method, n > 0
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 3));
  for (;;) {
    const y = (2n * x + n / (x * x)) / 3n;
    if (y >= x) break;
    x = y;
  }
  while (x * x * x > n) x -= 1n;
  while ((x + 1n) * (x + 1n) * (x + 1n) <= n) x += 1n;
  return x;
}

function isqrt(n: bigint): bigint {
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) / 2n;
    if (y >= x) break;
    x = y;
  }
  while (x * x > n) x -= 1n;
  while ((x + 1n) * (x + 1n) <= n) x += 1n;
  return x;
}

/** The SHA-512 constants, derived as FIPS 180-4 defines them (fractional parts of roots of primes). */
function sha512Constants(): { k: bigint[]; h0: bigint[] } {
  if (SHA512_K === null || SHA512_H0 === null) {
    const primes: bigint[] = [];
    for (let c = 2; primes.length < 80; c++) {
      let isPrime = true;
      for (let d = 2; d * d <= c; d++) {
        if (c % d === 0) {
          isPrime = false;
          break;
        }
      }
      if (isPrime) primes.push(BigInt(c));
    }
    SHA512_K = primes.map((p) => icbrt(p << 192n) & MASK64);
    SHA512_H0 = primes.slice(0, 8).map((p) => isqrt(p << 128n) & MASK64);
  }
  return { k: SHA512_K, h0: SHA512_H0 };
}

function rotr64(x: bigint, n: bigint): bigint {
  return ((x >> n) | (x << (64n - n))) & MASK64;
}

/** SHA-512 digest (64 bytes). Used only for seeding, so BigInt arithmetic is fine. */
export function sha512(msg: Uint8Array): Uint8Array {
  const { k, h0 } = sha512Constants();
  const bitLen = BigInt(msg.length) * 8n;
  const padLen = (((msg.length + 17 + 127) >> 7) << 7) >>> 0;
  const buf = new Uint8Array(padLen);
  buf.set(msg, 0);
  buf[msg.length] = 0x80;
  for (let i = 0; i < 16; i++) {
    buf[padLen - 1 - i] = Number((bitLen >> BigInt(8 * i)) & 0xffn);
  }
  const h = h0.slice();
  const w = new Array<bigint>(80);
  for (let off = 0; off < padLen; off += 128) {
    for (let t = 0; t < 16; t++) {
      let v = 0n;
      for (let b = 0; b < 8; b++) v = (v << 8n) | BigInt(buf[off + t * 8 + b] as number);
      w[t] = v;
    }
    for (let t = 16; t < 80; t++) {
      const w15 = w[t - 15] as bigint;
      const w2 = w[t - 2] as bigint;
      const s0 = rotr64(w15, 1n) ^ rotr64(w15, 8n) ^ (w15 >> 7n);
      const s1 = rotr64(w2, 19n) ^ rotr64(w2, 61n) ^ (w2 >> 6n);
      w[t] = ((w[t - 16] as bigint) + s0 + (w[t - 7] as bigint) + s1) & MASK64;
    }
    let a = h[0] as bigint;
    let b = h[1] as bigint;
    let c = h[2] as bigint;
    let d = h[3] as bigint;
    let e = h[4] as bigint;
    let f = h[5] as bigint;
    let g = h[6] as bigint;
    let hh = h[7] as bigint;
    for (let t = 0; t < 80; t++) {
      const S1 = rotr64(e, 14n) ^ rotr64(e, 18n) ^ rotr64(e, 41n);
      const ch = (e & f) ^ (~e & MASK64 & g);
      const t1 = (hh + S1 + ch + (k[t] as bigint) + (w[t] as bigint)) & MASK64;
      const S0 = rotr64(a, 28n) ^ rotr64(a, 34n) ^ rotr64(a, 39n);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) & MASK64;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) & MASK64;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) & MASK64;
    }
    h[0] = ((h[0] as bigint) + a) & MASK64;
    h[1] = ((h[1] as bigint) + b) & MASK64;
    h[2] = ((h[2] as bigint) + c) & MASK64;
    h[3] = ((h[3] as bigint) + d) & MASK64;
    h[4] = ((h[4] as bigint) + e) & MASK64;
    h[5] = ((h[5] as bigint) + f) & MASK64;
    h[6] = ((h[6] as bigint) + g) & MASK64;
    h[7] = ((h[7] as bigint) + hh) & MASK64;
  }
  const out = new Uint8Array(64);
  for (let i = 0; i < 8; i++) {
    const v = h[i] as bigint;
    for (let b = 0; b < 8; b++) out[i * 8 + b] = Number((v >> BigInt(56 - 8 * b)) & 0xffn);
  }
  return out;
}
