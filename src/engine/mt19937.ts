/**
 * The MT19937 core of CPython 3.13's `random.Random`, bit for bit: the generator of
 * Modules/_randommodule.c (init_genrand, init_by_array, genrand_uint32, random_random,
 * random_getrandbits) and its seeding. Seeding follows random.seed(a, version=2): ints
 * use every 32-bit word of abs(a), str/bytes are extended with their SHA-512 digest,
 * floats use hash(a). The Python-level methods of Lib/random.py built on this core
 * (randrange, randint, choice, shuffle, ...) are the `Random` class of random.ts.
 *
 * Python ints are represented as `number` when they are safe integers and as
 * `bigint` beyond that; every integer this module returns is normalised that way.
 *
 * Pure: no host clock, no host randomness, no host APIs.
 */
import { sha512 } from './sha512';

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
export const TWO32 = 4294967296;
export const MAX_SAFE = Number.MAX_SAFE_INTEGER;
export const MAX_SAFE_BIG = BigInt(MAX_SAFE);

/** A seed value: an int (number/bigint), a str, or bytes. */
export type SeedValue = number | bigint | string | Uint8Array;

/**
 * The MT19937 generator: state, seeding and raw output (32-bit words, random(),
 * getrandbits). `Random` (random.ts) adds the Lib/random.py methods.
 */
export class MT19937 {
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
  protected getrandbitsBig(k: number): bigint {
    const words = Math.floor((k - 1) / 32) + 1;
    // Collect words, then assemble from the most significant down.
    const arr = new Array<number>(words);
    let rem = k;
    for (let i = 0; i < words; i++, rem -= 32) {
      let r = this.genrandUint32();
      if (rem < 32) r >>>= 32 - rem;
      arr[i] = r;
    }
    // One hex text, most significant word first, read at once: linear, where shifting
    // the words in one by one is quadratic (a million bits took seconds).
    let hex = '';
    for (let i = words - 1; i >= 0; i--) hex += (arr[i] as number).toString(16).padStart(8, '0');
    return BigInt('0x' + hex);
  }
}

// ------------------------------------------------------------------ helpers

/** A bigint as a Python int: a `number` when it is a safe integer (shared with random.ts). */
export function normalize(v: bigint): PyInt {
  return v <= MAX_SAFE_BIG && v >= -MAX_SAFE_BIG ? Number(v) : v;
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
