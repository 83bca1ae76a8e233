/**
 * The `math` module: what JS computes exactly as CPython's C library does (sqrt, fmod,
 * floor and friends, integer functions, `fsum`). The transcendental functions (exp, log,
 * sin, ...) are not here, so they are refused: V8's results differ from glibc's in the last
 * bit for a few percent of arguments (measured: exp 8%, log 4.6%, sin 2.8%, hypot 38%).
 */
import { Exc, pyErr, typeError, valueError } from '../errors';
import { getIter } from '../iter';
import { STOP } from '../coro';
import { floatToInt } from '../numfmt';
import { asFloat, float } from '../num-ops';
import { binop } from '../ops';
import { fromLibError } from '../format';
import type { NativeFn, PyModule, Value } from '../values';
import { PyTuple, normInt, typeName } from '../values';
import { exactly, makeModule } from './module-util';

function real(v: Value): number {
  const f = asFloat(v);
  if (f === null) throw typeError(`must be real number, not ${typeName(v)}`);
  return f;
}

function integer(v: Value): bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return BigInt(v);
  if (typeof v === 'boolean') return v ? 1n : 0n;
  throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
}

const domain = () => valueError('math domain error');

/** A function of one real argument giving a float. */
function f1(name: string, f: (x: number) => number): NativeFn {
  return (a, kw) => {
    exactly(`math.${name}`, a, kw, 1);
    return float(f(real(a[0]!)));
  };
}

/** floor, ceil, trunc: an int stays as it is; a float rounds to an int. */
function toInt(name: string, f: (x: number) => number): NativeFn {
  return (a, kw) => {
    exactly(`math.${name}`, a, kw, 1);
    const v = a[0]!;
    if (typeof v === 'number' || typeof v === 'bigint') return v;
    if (typeof v === 'boolean') return v ? 1 : 0;
    try {
      return floatToInt(f(real(v)));
    } catch (e) {
      throw fromLibError(e);
    }
  };
}

function gcd(x: bigint, y: bigint): bigint {
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  while (y) [x, y] = [y, x % y];
  return x;
}

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  if (x === 0n) x = 1n;
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}

function product(lo: bigint, hi: bigint): bigint {
  let p = 1n;
  for (let i = lo; i <= hi; i++) p *= i;
  return p;
}

/** CPython's `math_fsum`: Shewchuk's exact partial sums, rounded once. */
function fsum(items: Value): number {
  const p: number[] = [];
  let special = 0;
  let infSum = 0;
  const it = getIter(items);
  for (let v = it.next(); v !== STOP; v = it.next()) {
    let x = real(v);
    const xsave = x;
    let i = 0;
    for (let y of p) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) throw pyErr(Exc.OverflowError, 'intermediate overflow in fsum');
        if (!Number.isNaN(xsave)) infSum += xsave;
        special += xsave;
        p.length = 0;
      } else p.push(x);
    }
  }
  if (special !== 0) {
    if (Number.isNaN(infSum)) throw valueError('-inf + inf in fsum');
    return special;
  }
  let n = p.length;
  let hi = 0;
  let lo = 0;
  if (n > 0) {
    hi = p[--n]!;
    while (n > 0) {
      const x = hi;
      const y = p[--n]!;
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && p[n - 1]! < 0) || (lo > 0 && p[n - 1]! > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

function isclose(a: Value[], kw: Map<string, Value> | null): boolean {
  if (a.length > 2)
    throw typeError(`isclose() takes exactly 2 positional arguments (${a.length} given)`);
  let rel = 1e-9;
  let abs = 0;
  const args = [...a];
  for (const [k, v] of kw ?? []) {
    if (k === 'a' || k === 'b') args[k === 'a' ? 0 : 1] = v;
    else if (k === 'rel_tol') rel = real(v);
    else if (k === 'abs_tol') abs = real(v);
    else throw typeError(`isclose() got an unexpected keyword argument '${k}'`);
  }
  if (args[0] === undefined) throw typeError("isclose() missing required argument 'a' (pos 1)");
  if (args[1] === undefined) throw typeError("isclose() missing required argument 'b' (pos 2)");
  const x = real(args[0]);
  const y = real(args[1]);
  if (rel < 0 || abs < 0) throw valueError('tolerances must be non-negative');
  if (x === y) return true;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  const diff = Math.abs(y - x);
  return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
}

function twoInts(name: string, a: Value[], kw: Map<string, Value> | null): [bigint, bigint] {
  exactly(name, a, kw, 2);
  return [integer(a[0]!), integer(a[1]!)];
}

export function makeMath(): PyModule {
  return makeModule(
    'math',
    {
      sqrt: f1('sqrt', (x) => {
        if (x < 0) throw domain();
        return Math.sqrt(x);
      }),
      fabs: f1('fabs', Math.abs),
      degrees: f1('degrees', (x) => x * (180 / Math.PI)),
      radians: f1('radians', (x) => x * (Math.PI / 180)),
      floor: toInt('floor', Math.floor),
      ceil: toInt('ceil', Math.ceil),
      trunc: toInt('trunc', Math.trunc),
      isfinite: (a, kw) => (exactly('math.isfinite', a, kw, 1), Number.isFinite(real(a[0]!))),
      isinf: (a, kw) => {
        exactly('math.isinf', a, kw, 1);
        return Math.abs(real(a[0]!)) === Infinity;
      },
      isnan: (a, kw) => (exactly('math.isnan', a, kw, 1), Number.isNaN(real(a[0]!))),
      copysign: (a, kw) => {
        exactly('copysign', a, kw, 2);
        const [x, y] = [Math.abs(real(a[0]!)), real(a[1]!)];
        return float(y < 0 || Object.is(y, -0) || (Number.isNaN(y) && signBit(y)) ? -x : x);
      },
      fmod: (a, kw) => {
        exactly('fmod', a, kw, 2);
        const [x, y] = [real(a[0]!), real(a[1]!)];
        if (Number.isNaN(x) || Number.isNaN(y)) return float(NaN);
        if (!Number.isFinite(x) || y === 0) throw domain();
        return float(x % y);
      },
      modf: (a, kw) => {
        exactly('math.modf', a, kw, 1);
        const x = real(a[0]!);
        if (!Number.isFinite(x))
          return new PyTuple([float(Number.isNaN(x) ? x : x > 0 ? 0 : -0), float(x)]);
        const i = Math.trunc(x);
        const frac = x - i;
        return new PyTuple([
          float(frac === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : frac),
          float(i),
        ]);
      },
      isclose: (a, kw) => isclose(a, kw),
      fsum: (a, kw) => (exactly('math.fsum', a, kw, 1), float(fsum(a[0]!))),
      prod: (a, kw) => {
        if (a.length !== 1)
          throw typeError(`prod() takes exactly 1 positional argument (${a.length} given)`);
        let acc: Value = 1;
        for (const [k, v] of kw ?? []) {
          if (k !== 'start') throw typeError(`prod() got an unexpected keyword argument '${k}'`);
          acc = v;
        }
        const it = getIter(a[0]!);
        for (let v = it.next(); v !== STOP; v = it.next()) acc = binop('*', acc, v);
        return acc;
      },
      gcd: (a, kw) => {
        if (kw?.size) throw typeError('math.gcd() takes no keyword arguments');
        return normInt(a.map(integer).reduce(gcd, 0n));
      },
      lcm: (a, kw) => {
        if (kw?.size) throw typeError('math.lcm() takes no keyword arguments');
        let acc = 1n;
        for (const x of a.map(integer)) {
          if (acc === 0n || x === 0n) acc = 0n;
          else acc = ((acc < 0n ? -acc : acc) / gcd(acc, x)) * (x < 0n ? -x : x);
        }
        return normInt(acc);
      },
      factorial: (a, kw) => {
        exactly('math.factorial', a, kw, 1);
        const n = integer(a[0]!);
        if (n < 0n) throw valueError('factorial() not defined for negative values');
        return normInt(product(2n, n));
      },
      isqrt: (a, kw) => {
        exactly('math.isqrt', a, kw, 1);
        const n = integer(a[0]!);
        if (n < 0n) throw valueError('isqrt() argument must be nonnegative');
        return normInt(isqrt(n));
      },
      comb: (a, kw) => {
        const [n, k] = twoInts('comb', a, kw);
        if (n < 0n) throw valueError('n must be a non-negative integer');
        if (k < 0n) throw valueError('k must be a non-negative integer');
        if (k > n) return 0;
        const r = k > n - k ? n - k : k;
        return normInt(product(n - r + 1n, n) / product(1n, r));
      },
      perm: (a, kw) => {
        if (kw?.size) throw typeError('math.perm() takes no keyword arguments');
        if (a.length < 1 || a.length > 2)
          throw typeError(
            a.length
              ? `perm expected at most 2 arguments, got ${a.length}`
              : 'perm expected at least 1 argument, got 0',
          );
        const n = integer(a[0]!);
        const k = a[1] === undefined || a[1] === null ? n : integer(a[1]);
        if (n < 0n) throw valueError('n must be a non-negative integer');
        if (k < 0n) throw valueError('k must be a non-negative integer');
        if (k > n) return 0;
        return normInt(product(n - k + 1n, n));
      },
    },
    {
      pi: float(Math.PI),
      e: float(Math.E),
      tau: float(2 * Math.PI),
      inf: float(Infinity),
      nan: float(NaN),
    },
  );
}

function signBit(x: number): boolean {
  const b = new DataView(new ArrayBuffer(8));
  b.setFloat64(0, x);
  return (b.getUint8(0) & 0x80) !== 0;
}
