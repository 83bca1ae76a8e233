/**
 * CPython 3.13's `random.Random`, bit for bit.
 *
 * The generator is the MT19937 core of Modules/_randommodule.c (init_genrand,
 * init_by_array, genrand_uint32, random_random, random_getrandbits) and the
 * Python-level methods of Lib/random.py that sit on top of it
 * (_randbelow_with_getrandbits, randrange, randint, uniform, choice, shuffle,
 * sample). Seeding follows random.seed(a, version=2): ints use every 32-bit
 * word of abs(a), str/bytes are extended with their SHA-512 digest, floats
 * use hash(a).
 *
 * Python ints are represented as `number` when they are safe integers and as
 * `bigint` beyond that; every integer this module returns is normalised that
 * way. The hot paths (random(), randint/randrange/choice/shuffle on ranges
 * below 2**53) never touch BigInt.
 *
 * Pure: no host clock, no host randomness, no host APIs.
 */

export type PyInt = number | bigint;

export type RandomErrorKind =
  'ValueError' | 'TypeError' | 'IndexError' | 'OverflowError' | 'UnicodeEncodeError';

/**
 * A Python exception raised by this module: `kind` is the exception class name and
 * `message` its str(). Like the engine's PyError, deliberately not a JS `Error` (no stack
 * capture): the interpreter catches it and raises the matching Python exception.
 */
export class RandomError {
  constructor(
    readonly kind: RandomErrorKind,
    readonly message: string,
  ) {}
}

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;
const TWO32 = 4294967296;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const MAX_SAFE_BIG = BigInt(MAX_SAFE);

/** A seed value: an int (number/bigint), a str, or bytes. */
export type SeedValue = number | bigint | string | Uint8Array;

export class Random {
  private readonly mt = new Uint32Array(N);
  private mti = N;

  /**
   * Seeds like `random.Random(x)`. CPython seeds an unseeded generator from
   * os.urandom; this module is pure, so the default is seed 0 and a caller
   * that wants an unpredictable generator passes entropy (e.g. via seedFromKey).
   */
  constructor(seed: SeedValue = 0) {
    this.seed(seed);
  }

  // ---------------------------------------------------------------- seeding

  /**
   * random.seed(a) for an int, str or bytes value.
   * A `number` that is not an integer is treated as a Python float (see seedFloat);
   * integer-valued numbers are Python ints. For a Python float that happens to be
   * integral (e.g. 5.0 or -7.0) call seedFloat: seed(-7.0) differs from seed(-7).
   */
  seed(a: SeedValue): void {
    if (typeof a === 'string') {
      this.seedBytes(utf8Encode(a));
      return;
    }
    if (a instanceof Uint8Array) {
      this.seedBytes(a);
      return;
    }
    if (typeof a === 'number') {
      if (!Number.isFinite(a) || !Number.isInteger(a)) {
        this.seedFloat(a);
        return;
      }
      const n = Math.abs(a);
      if (n < TWO32) {
        this.initByArray([n]);
      } else if (n <= MAX_SAFE) {
        this.initByArray([n % TWO32, Math.floor(n / TWO32)]);
      } else {
        this.initByArray(bigToWords(BigInt(n)));
      }
      return;
    }
    this.initByArray(bigToWords(a < 0n ? -a : a));
  }

  /** random.seed(x) where x is a Python float: CPython seeds with (size_t)hash(x). */
  seedFloat(x: number): void {
    let h = floatHash(x);
    if (h < 0n) h += 1n << 64n; // (size_t) cast
    this.initByArray(bigToWords(h));
  }

  /**
   * random.seed(b) for bytes/bytearray (version 2):
   * int.from_bytes(b + sha512(b).digest(), 'big').
   */
  seedBytes(bytes: Uint8Array): void {
    const digest = sha512(bytes);
    const all = new Uint8Array(bytes.length + digest.length);
    all.set(bytes, 0);
    all.set(digest, bytes.length);
    this.initByArray(bytesBigEndianToWords(all));
  }

  /**
   * init_by_array with an explicit key of 32-bit words (least significant first).
   * `random.seed()` with no argument does this with 624 words of os.urandom.
   */
  seedFromKey(key: ArrayLike<number>): void {
    const words: number[] = [];
    for (let i = 0; i < key.length; i++) words.push((key[i] ?? 0) >>> 0);
    if (words.length === 0) words.push(0);
    this.initByArray(words);
  }

  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] as number;
      mt[i] = (Math.imul(1812433253, (prev ^ (prev >>> 30)) >>> 0) + i) >>> 0;
    }
    this.mti = N;
  }

  private initByArray(key: readonly number[]): void {
    const mt = this.mt;
    const keyLength = key.length;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = N > keyLength ? N : keyLength; k > 0; k--) {
      const prev = mt[i - 1] as number;
      const cur = mt[i] as number;
      mt[i] =
        ((cur ^ Math.imul((prev ^ (prev >>> 30)) >>> 0, 1664525)) + (key[j] as number) + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1] as number;
        i = 1;
      }
      if (j >= keyLength) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1] as number;
      const cur = mt[i] as number;
      mt[i] = ((cur ^ Math.imul((prev ^ (prev >>> 30)) >>> 0, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1] as number;
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  // --------------------------------------------------------------- core

  /** genrand_uint32: the next 32-bit output, as a number in [0, 2**32). */
  genrandUint32(): number {
    const mt = this.mt;
    if (this.mti >= N) {
      let kk = 0;
      let y: number;
      for (; kk < N - M; kk++) {
        y = ((mt[kk] as number) & UPPER_MASK) | ((mt[kk + 1] as number) & LOWER_MASK);
        mt[kk] = (mt[kk + M] as number) ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      for (; kk < N - 1; kk++) {
        y = ((mt[kk] as number) & UPPER_MASK) | ((mt[kk + 1] as number) & LOWER_MASK);
        mt[kk] = (mt[kk + (M - N)] as number) ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      y = ((mt[N - 1] as number) & UPPER_MASK) | ((mt[0] as number) & LOWER_MASK);
      mt[N - 1] = (mt[M - 1] as number) ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      this.mti = 0;
    }
    let y = mt[this.mti++] as number;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** random.random(): a float in [0.0, 1.0) with 53 random bits. */
  random(): number {
    const a = this.genrandUint32() >>> 5;
    const b = this.genrandUint32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /** random.getrandbits(k). */
  getrandbits(k: number | bigint): PyInt {
    if (typeof k === 'bigint') {
      if (k < 0n) throw new RandomError('ValueError', 'number of bits must be non-negative');
      if (k > 0x7fffffffn)
        throw new RandomError('OverflowError', 'Python int too large to convert to C int');
      k = Number(k);
    }
    if (!Number.isInteger(k)) {
      throw new RandomError('TypeError', "'float' object cannot be interpreted as an integer");
    }
    if (k < 0) throw new RandomError('ValueError', 'number of bits must be non-negative');
    if (k === 0) return 0;
    if (k <= 32) return this.genrandUint32() >>> (32 - k);
    if (k <= 53) {
      const lo = this.genrandUint32();
      const hi = this.genrandUint32() >>> (64 - k);
      return hi * TWO32 + lo;
    }
    if (k > 0x7fffffff)
      throw new RandomError('OverflowError', 'Python int too large to convert to C int');
    return normalize(this.getrandbitsBig(k));
  }

  /** getrandbits for k > 0 as a bigint (words least significant first, like CPython). */
  private getrandbitsBig(k: number): bigint {
    const words = Math.floor((k - 1) / 32) + 1;
    // Collect words, then assemble from the most significant down.
    const arr = new Array<number>(words);
    let rem = k;
    for (let i = 0; i < words; i++, rem -= 32) {
      let r = this.genrandUint32();
      if (rem < 32) r >>>= 32 - rem;
      arr[i] = r;
    }
    let out = 0n;
    for (let i = words - 1; i >= 0; i--) out = (out << 32n) | BigInt(arr[i] as number);
    return out;
  }

  /** Random._randbelow(n) == _randbelow_with_getrandbits: uniform int in [0, n). n must be > 0. */
  randbelow(n: PyInt): PyInt {
    if (typeof n === 'number') {
      if (n <= MAX_SAFE) {
        if (!(n > 0)) throw new RandomError('ValueError', 'randbelow() requires n > 0');
        return this.randbelowNumber(n);
      }
      n = BigInt(n);
    }
    if (n <= 0n) throw new RandomError('ValueError', 'randbelow() requires n > 0');
    if (n <= MAX_SAFE_BIG) return this.randbelowNumber(Number(n));
    const k = bitLengthBig(n);
    let r = this.getrandbitsBig(k);
    while (r >= n) r = this.getrandbitsBig(k);
    return normalize(r);
  }

  /** _randbelow for 0 < n <= 2**53 - 1 (a safe integer). */
  private randbelowNumber(n: number): number {
    if (n < TWO32) {
      const shift = Math.clz32(n); // 32 - k
      let r = this.genrandUint32() >>> shift;
      while (r >= n) r = this.genrandUint32() >>> shift;
      return r;
    }
    // 33 <= k <= 53: two words, least significant first.
    const hiShift = Math.clz32(Math.floor(n / TWO32)); // 64 - k
    for (;;) {
      const lo = this.genrandUint32();
      const hi = this.genrandUint32() >>> hiShift;
      const r = hi * TWO32 + lo;
      if (r < n) return r;
    }
  }

  /** random.randrange(start, stop=None, step=1) with CPython 3.13's checks and messages. */
  randrange(start: PyInt, stop?: PyInt | null, step?: PyInt): PyInt {
    checkInt(start);
    if (stop === undefined || stop === null) {
      // `step is not _ONE`: any explicit step other than 1 is rejected.
      if (step !== undefined && !(step === 1 || step === 1n)) {
        throw new RandomError('TypeError', 'Missing a non-None stop argument');
      }
      if (start > 0) return this.randbelow(start);
      throw new RandomError('ValueError', 'empty range for randrange()');
    }
    checkInt(stop);
    const stepGiven = step !== undefined;
    const st: PyInt = step ?? 1;
    checkInt(st);

    if (typeof start === 'number' && typeof stop === 'number' && typeof st === 'number') {
      const width = stop - start;
      if (st === 1) {
        if (Number.isSafeInteger(width)) {
          if (width > 0) return start + this.randbelowNumber(width);
          throw emptyRange(start, stop, st, stepGiven);
        }
      } else if (Math.abs(width) + Math.abs(st) <= MAX_SAFE) {
        let n: number;
        if (st > 0) n = floorDivSmall(width + st - 1, st);
        else if (st < 0) n = floorDivSmall(width + st + 1, st);
        else throw new RandomError('ValueError', 'zero step for randrange()');
        if (n <= 0) throw emptyRange(start, stop, st, stepGiven);
        return start + st * this.randbelowNumber(n);
      }
    }
    // General path with BigInt.
    const istart = BigInt(start);
    const istop = BigInt(stop);
    const istep = BigInt(st);
    const width = istop - istart;
    if (istep === 1n) {
      if (width > 0n) return normalize(istart + BigInt(this.randbelow(width)));
      throw emptyRange(start, stop, st, stepGiven);
    }
    let n: bigint;
    if (istep > 0n) n = floorDivBig(width + istep - 1n, istep);
    else if (istep < 0n) n = floorDivBig(width + istep + 1n, istep);
    else throw new RandomError('ValueError', 'zero step for randrange()');
    if (n <= 0n) throw emptyRange(start, stop, st, stepGiven);
    return normalize(istart + istep * BigInt(this.randbelow(n)));
  }

  /** random.randint(a, b) == randrange(a, b + 1). */
  randint(a: PyInt, b: PyInt): PyInt {
    if (
      typeof a === 'number' &&
      typeof b === 'number' &&
      b < MAX_SAFE &&
      Number.isInteger(a) &&
      Number.isInteger(b)
    ) {
      const width = b + 1 - a;
      if (width > 0 && width <= MAX_SAFE) return a + this.randbelowNumber(width);
      return this.randrange(a, b + 1);
    }
    checkInt(b);
    if (typeof b === 'number' && b < MAX_SAFE) return this.randrange(a, b + 1);
    return this.randrange(a, normalize(BigInt(b) + 1n));
  }

  /** random.uniform(a, b) == a + (b - a) * random(). */
  uniform(a: number, b: number): number {
    return a + (b - a) * this.random();
  }

  /** random.choice(seq): returns the chosen index for a sequence of length `length`. */
  choice(length: number): number {
    if (!(length > 0)) throw new RandomError('IndexError', 'Cannot choose from an empty sequence');
    return this.randbelowNumber(length);
  }

  /** random.shuffle(x), in place. */
  shuffle<T>(x: T[]): void {
    for (let i = x.length - 1; i >= 1; i--) {
      const j = this.randbelowNumber(i + 1);
      const t = x[i] as T;
      x[i] = x[j] as T;
      x[j] = t;
    }
  }

  /**
   * random.sample(population, k) without counts: returns the chosen indices into a
   * population of size n, in selection order (same draws as CPython 3.13).
   */
  sampleIndices(n: number, k: number): number[] {
    if (!(k >= 0 && k <= n)) {
      throw new RandomError('ValueError', 'Sample larger than population or is negative');
    }
    const result = new Array<number>(k);
    let setsize = 21;
    if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4));
    if (n <= setsize) {
      const pool = new Array<number>(n);
      for (let i = 0; i < n; i++) pool[i] = i;
      for (let i = 0; i < k; i++) {
        const j = this.randbelowNumber(n - i);
        result[i] = pool[j] as number;
        pool[j] = pool[n - i - 1] as number;
      }
    } else {
      const selected = new Set<number>();
      for (let i = 0; i < k; i++) {
        let j = this.randbelowNumber(n);
        while (selected.has(j)) j = this.randbelowNumber(n);
        selected.add(j);
        result[i] = j;
      }
    }
    return result;
  }
}

// ------------------------------------------------------------------ helpers

function checkInt(v: PyInt): void {
  if (typeof v === 'number' && !Number.isInteger(v)) {
    throw new RandomError('TypeError', "'float' object cannot be interpreted as an integer");
  }
}

function pyIntStr(v: PyInt): string {
  return typeof v === 'bigint'
    ? v.toString()
    : Number.isSafeInteger(v)
      ? String(v)
      : BigInt(v).toString();
}

function emptyRange(start: PyInt, stop: PyInt, step: PyInt, stepGiven: boolean): RandomError {
  const s = `${pyIntStr(start)}, ${pyIntStr(stop)}`;
  // CPython formats the step only on the non-unit-step path.
  const isUnit = step === 1 || step === 1n;
  return new RandomError(
    'ValueError',
    isUnit || !stepGiven
      ? `empty range in randrange(${s})`
      : `empty range in randrange(${s}, ${pyIntStr(step)})`,
  );
}

function floorDivSmall(a: number, b: number): number {
  const q = Math.floor(a / b);
  // |a|, |b| are small enough (sum <= 2**53) that q*b is exact; fix any rounding of a/b.
  const r = a - q * b;
  if (b > 0 ? r < 0 : r > 0) return q - 1;
  if (b > 0 ? r >= b : r <= b) return q + 1;
  return q;
}

function floorDivBig(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

function normalize(v: bigint): PyInt {
  return v <= MAX_SAFE_BIG && v >= -MAX_SAFE_BIG ? Number(v) : v;
}

function bitLengthBig(n: bigint): number {
  // n > 0
  return n.toString(2).length;
}

/** 32-bit words of a non-negative bigint, least significant first; [0] for zero. */
function bigToWords(n: bigint): number[] {
  if (n === 0n) return [0];
  const words: number[] = [];
  while (n > 0n) {
    words.push(Number(n & 0xffffffffn));
    n >>= 32n;
  }
  return words;
}

/** Words (least significant first) of int.from_bytes(bytes, 'big'), as CPython's seed sees them. */
function bytesBigEndianToWords(bytes: Uint8Array): number[] {
  const words: number[] = [];
  for (let end = bytes.length; end > 0; end -= 4) {
    let w = 0;
    for (let i = Math.max(0, end - 4); i < end; i++) w = w * 256 + (bytes[i] as number);
    words.push(w);
  }
  // keyused = max(1, ceil(bit_length / 32)): drop high zero words.
  while (words.length > 1 && words[words.length - 1] === 0) words.pop();
  if (words.length === 0) words.push(0);
  return words;
}

/** str.encode('utf-8') with CPython's strict error for lone surrogates. */
export function utf8Encode(s: string): Uint8Array {
  const out: number[] = [];
  let pos = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) {
      if (cp >= 0xd800 && cp <= 0xdfff) {
        throw new RandomError(
          'UnicodeEncodeError',
          `'utf-8' codec can't encode character '\\u${cp.toString(16)}' in position ${pos}: surrogates not allowed`,
        );
      }
      out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    } else {
      out.push(
        0xf0 | (cp >> 18),
        0x80 | ((cp >> 12) & 63),
        0x80 | ((cp >> 6) & 63),
        0x80 | (cp & 63),
      );
    }
    pos++;
  }
  return Uint8Array.from(out);
}

// ------------------------------------------------------------- float hash

const HASH_MODULUS = (1n << 61n) - 1n;
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** CPython's hash(float) (sys.hash_info: 64-bit, modulus 2**61 - 1); NaN hashes to 0 here. */
export function floatHash(x: number): bigint {
  if (Number.isNaN(x)) return 0n; // CPython hashes NaN by identity: not reproducible.
  if (x === Infinity) return 314159n;
  if (x === -Infinity) return -314159n;
  if (x === 0) return 0n;
  f64[0] = Math.abs(x);
  const hi = u32[LITTLE_ENDIAN ? 1 : 0] as number;
  const lo = u32[LITTLE_ENDIAN ? 0 : 1] as number;
  const biased = (hi >>> 20) & 0x7ff;
  const frac = BigInt(hi & 0xfffff) * 4294967296n + BigInt(lo);
  let m: bigint;
  let e: number;
  if (biased === 0) {
    m = frac;
    e = -1074;
  } else {
    m = frac + (1n << 52n);
    e = biased - 1075;
  }
  // |x| = m * 2**e and 2**61 == 1 (mod P), so hash = m * 2**(e mod 61) mod P.
  const em = ((e % 61) + 61) % 61;
  let h = ((m % HASH_MODULUS) << BigInt(em)) % HASH_MODULUS;
  if (x < 0) h = -h;
  if (h === -1n) h = -2n;
  return h;
}

// ----------------------------------------------------------------- SHA-512

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
