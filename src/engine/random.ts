/**
 * CPython 3.13's `random.Random`, bit for bit: the Python-level methods of Lib/random.py
 * (_randbelow_with_getrandbits, randrange, randint, uniform, choice, shuffle, sample)
 * on top of the MT19937 core and seeding of mt19937.ts.
 *
 * Integers are normalised as in mt19937.ts (safe integers as `number`, else `bigint`).
 * The hot paths (random(), randint/randrange/choice/shuffle on ranges below 2**53) never
 * touch BigInt.
 *
 * Pure: no host clock, no host randomness, no host APIs.
 */
import { MAX_SAFE, MAX_SAFE_BIG, MT19937, RandomError, TWO32, normalize } from './mt19937';
import type { PyInt } from './mt19937';

/** random.Random: the MT19937 generator plus the methods Lib/random.py defines on it. */
export class Random extends MT19937 {
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

function bitLengthBig(n: bigint): number {
  // n > 0
  return n.toString(2).length;
}
