/**
 * CPython's hash() for the values whose set order a program can see: None, int, bool, str
 * (SipHash-1-3 with the all-zero key that PYTHONHASHSEED=0 gives, which the oracle
 * uses), float, tuple and frozenset of those, enum members, and objects whose class has
 * its own `__hash__` (the hash it gave when last used as a key). Null for anything else:
 * what CPython hashes by address (see `hashesByAddress`), or a type not hashed here.
 */
import type { Value } from './values';
import { PyBuiltin, PyExc, PyFloat, PyObject, PySet, PyTuple, PyType, typeOf } from './values';

/** `hash(None)` in CPython 3.12 and later. */
export const NONE_HASH = 4238894112n;

/** What the `__hash__` of a class statement's class gave each object, last time it was a key. */
const userHashes = new WeakMap<object, bigint>();

/**
 * Records the hash an object's own `__hash__` gave when it was hashed as a key: CPython
 * keeps it in the set's entry, and a set's order is read from those, without calling
 * `__hash__` again.
 */
export function recordUserHash(v: object, h: number | bigint): void {
  userHashes.set(v, BigInt(h));
}

const M64 = (1n << 64n) - 1n;
const P61 = (1n << 61n) - 1n;

function rotl(x: bigint, b: bigint): bigint {
  return ((x << b) | (x >> (64n - b))) & M64;
}

function siphash13(bytes: Uint8Array): bigint {
  let v0 = 0x736f6d6570736575n;
  let v1 = 0x646f72616e646f6dn;
  let v2 = 0x6c7967656e657261n;
  let v3 = 0x7465646279746573n;
  const round = (): void => {
    v0 = (v0 + v1) & M64;
    v2 = (v2 + v3) & M64;
    v1 = rotl(v1, 13n) ^ v0;
    v3 = rotl(v3, 16n) ^ v2;
    v0 = rotl(v0, 32n);
    v2 = (v2 + v1) & M64;
    v0 = (v0 + v3) & M64;
    v1 = rotl(v1, 17n) ^ v2;
    v3 = rotl(v3, 21n) ^ v0;
    v2 = rotl(v2, 32n);
  };
  const n = bytes.length;
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    let mi = 0n;
    for (let j = 7; j >= 0; j--) mi = (mi << 8n) | BigInt(bytes[i + j]!);
    v3 ^= mi;
    round();
    v0 ^= mi;
  }
  let t = 0n;
  for (let j = n - 1; j >= i; j--) t = (t << 8n) | BigInt(bytes[j]!);
  const b = ((BigInt(n) << 56n) & M64) | t;
  v3 ^= b;
  round();
  v0 ^= b;
  v2 ^= 0xffn;
  round();
  round();
  round();
  return v0 ^ v1 ^ (v2 ^ v3);
}

/** The string's bytes in CPython's compact representation (1, 2 or 4 bytes a character). */
function unicodeBytes(s: string): Uint8Array {
  const cps = Array.from(s, (c) => c.codePointAt(0)!);
  const max = cps.reduce((a, b) => Math.max(a, b), 0);
  const kind = max < 256 ? 1 : max < 65536 ? 2 : 4;
  const out = new Uint8Array(cps.length * kind);
  cps.forEach((cp, i) => {
    for (let k = 0; k < kind; k++) out[i * kind + k] = (cp >> (8 * k)) & 0xff;
  });
  return out;
}

function signed(u: bigint): bigint {
  return u >= 1n << 63n ? u - (1n << 64n) : u;
}

const strCache = new Map<string, bigint>();

export function strHash(s: string): bigint {
  let h = strCache.get(s);
  if (h === undefined) {
    h = s.length === 0 ? 0n : signed(siphash13(unicodeBytes(s)));
    if (h === -1n) h = -2n;
    if (strCache.size < 100_000) strCache.set(s, h);
  }
  return h;
}

function intHash(n: bigint): bigint {
  let h = n >= 0n ? n % P61 : -(-n % P61);
  if (h === -1n) h = -2n;
  return h;
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/**
 * `hash(v)`; `other` hashes what this module does not (what `hash()` gives by address),
 * inside tuples and frozensets too.
 */
export function pyHash(v: Value, other?: (v: Value) => bigint | null): bigint | null {
  if (typeof v === 'number') return Number.isInteger(v) ? intHash(BigInt(v)) : null;
  if (typeof v === 'bigint') return intHash(v);
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'string') return strHash(v);
  if (v === null) return NONE_HASH;
  if (v instanceof PyFloat) return floatHash(v.v) ?? (other ? other(v) : null);
  const user = userHashes.get(v);
  // `slot_tp_hash`: the int as it is when it fits in 64 bits, else the int's hash
  if (user !== undefined) return BigInt.asIntN(64, user) === user ? user : intHash(user);
  if (v instanceof PySet) return v.frozen ? frozensetHash(v, other) : null;
  // An enum member hashes as its name (`Enum.__hash__`).
  const own = (v as { pyHashValue?: () => bigint } | null)?.pyHashValue;
  if (typeof own === 'function') return own.call(v);
  if (v instanceof PyTuple) {
    let acc = XXPRIME_5;
    for (const item of v.items) {
      const lane = pyHash(item, other);
      if (lane === null) return null;
      acc = (acc + BigInt.asUintN(64, lane) * XXPRIME_2) & M64;
      acc = rotl(acc, 31n);
      acc = (acc * XXPRIME_1) & M64;
    }
    acc = (acc + (BigInt(v.items.length) ^ (XXPRIME_5 ^ 3527539n))) & M64;
    if (acc === M64) return 1546275796n;
    return signed(acc);
  }
  return other ? other(v) : null;
}

/**
 * CPython's hash of a float (`_Py_HashDouble`): an integral value hashes as the int, others
 * by their bits reduced modulo 2**61 - 1; null for a NaN (its hash is its address).
 */
export function floatHash(x: number): bigint | null {
  if (Number.isNaN(x)) return null;
  if (!Number.isFinite(x)) return x > 0 ? 314159n : -314159n;
  if (Number.isInteger(x)) return intHash(BigInt(x));
  const sign = x < 0 ? -1n : 1n;
  // frexp: x = m * 2**e with 0.5 <= |m| < 1
  let m = Math.abs(x);
  let e = 0;
  while (m >= 1) {
    m /= 2;
    e++;
  }
  while (m < 0.5) {
    m *= 2;
    e--;
  }
  let h = 0n;
  while (m) {
    h = ((h << 28n) & P61) | (h >> (61n - 28n));
    m *= 2 ** 28;
    e -= 28;
    const y = Math.trunc(m);
    m -= y;
    h += BigInt(y);
    if (h >= P61) h -= P61;
  }
  const shift = BigInt(e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61));
  h = ((h << shift) & P61) | (h >> (61n - shift));
  h *= sign;
  return h === -1n ? -2n : h;
}

/** `frozenset_hash` (Objects/setobject.c): order-free, from its items' hashes. */
function frozensetHash(s: PySet, other?: (v: Value) => bigint | null): bigint | null {
  const shuffle = (h: bigint) => ((h ^ 89869747n ^ (h << 16n)) * 3644798167n) & M64;
  let acc = 0n;
  for (const x of s.map.values()) {
    const h = pyHash(x, other);
    if (h === null) return null;
    acc ^= shuffle(BigInt.asUintN(64, h));
  }
  acc ^= (BigInt(s.map.size + 1) * 1927868237n) & M64;
  acc ^= (acc >> 11n) ^ (acc >> 25n);
  acc = (acc * 69069n + 907133923n) & M64;
  if (acc === M64) acc = 590923713n;
  return BigInt.asIntN(64, acc);
}

const ADDRESS_HASHED = new Set(['function', 'coroutine', 'generator', 'async_generator', 'module']);

/**
 * Whether CPython hashes `v` by its address: functions, classes, coroutines, tasks, plain
 * objects whose class has no `__hash__` of its own, a NaN. Such hashes differ from run to
 * run there.
 */
export function hashesByAddress(v: Value): boolean {
  if (v instanceof PyType || v instanceof PyExc) return true;
  if (v instanceof PyFloat) return Number.isNaN(v.v);
  if (v instanceof PyObject && v.cls.user) return !userHashes.has(v); // object.__hash__
  if ((v as { isFuture?: unknown } | null)?.isFuture) return true;
  // A builtin function of a module (a bound one hashes by its object and function)
  if (v instanceof PyBuiltin && v.self === undefined) return true;
  return ADDRESS_HASHED.has(typeOf(v).name);
}
