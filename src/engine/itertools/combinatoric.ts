/**
 * itertools' combinatoric iterators: `product`, `permutations`, `combinations`,
 * `combinations_with_replacement`. As CPython's, each reads its iterables into tuples
 * when it is made, then yields the tuples lazily, in CPython's order.
 */
import { STOP } from '../coro';
import { typeError, valueError } from '../errors';
import { toArray } from '../iter';
import type { Value } from '../values';
import { PyTuple } from '../values';
import { ItIter, clinic, itType, ssize } from './base';

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

export const productType = itType('product', (a, kw) => {
  let repeat = 1;
  for (const [k, v] of kw ?? []) {
    if (k !== 'repeat') throw typeError(`product() got an unexpected keyword argument '${k}'`);
    repeat = ssize(v);
    if (repeat < 0) throw valueError('repeat argument cannot be negative');
  }
  const given = repeat === 0 ? [] : a.map(toArray);
  const pools: Value[][] = [];
  for (let i = 0; i < repeat; i++) pools.push(...given);
  let indices: number[] | null = null;
  let stopped = false;
  return new ItIter(
    productType,
    () => {
      if (stopped) return STOP;
      if (indices === null) {
        if (pools.some((p) => p.length === 0)) {
          stopped = true;
          return STOP;
        }
        indices = pools.map(() => 0);
      } else {
        let i = pools.length - 1;
        for (; i >= 0; i--) {
          if (++indices[i]! < pools[i]!.length) break;
          indices[i] = 0;
        }
        if (i < 0) {
          stopped = true;
          return STOP;
        }
      }
      const ix = indices;
      return new PyTuple(pools.map((p, i) => p[ix[i]!]!));
    },
    null,
    () => given,
  ).keepingLast();
});

export const permutationsType = itType('permutations', (a, kw) => {
  const [iterable, rArg = null] = clinic('permutations', a, kw, ['iterable', 'r'], 1);
  const pool = toArray(iterable!);
  const n = pool.length;
  let r = n;
  if (rArg !== null) {
    if (typeof rArg !== 'number' && typeof rArg !== 'bigint' && typeof rArg !== 'boolean')
      throw typeError('Expected int as r');
    r = ssize(rArg);
  }
  if (r < 0) throw valueError('r must be non-negative');
  const indices = range(n);
  const cycles = range(r).map((i) => n - i);
  let first = true;
  let stopped = r > n;
  const result = (): PyTuple => new PyTuple(indices.slice(0, r).map((i) => pool[i]!));
  return new ItIter(
    permutationsType,
    () => {
      if (stopped) return STOP;
      if (first) {
        first = false;
        return result();
      }
      if (n === 0) {
        stopped = true;
        return STOP;
      }
      for (let i = r - 1; i >= 0; i--) {
        cycles[i]!--;
        if (cycles[i] === 0) {
          // rotate indices[i:] left by one
          indices.push(indices.splice(i, 1)[0]!);
          cycles[i] = n - i;
        } else {
          const j = n - cycles[i]!;
          [indices[i], indices[j]] = [indices[j]!, indices[i]!];
          return result();
        }
      }
      stopped = true;
      return STOP;
    },
    null,
    () => pool,
  ).keepingLast();
});

function rArgs(name: string, a: Value[], kw: Map<string, Value> | null): [Value[], number] {
  const [iterable, rArg] = clinic(name, a, kw, ['iterable', 'r'], 2);
  const r = ssize(rArg!);
  const pool = toArray(iterable!);
  if (r < 0) throw valueError('r must be non-negative');
  return [pool, r];
}

export const combinationsType = itType('combinations', (a, kw) => {
  const [pool, r] = rArgs('combinations', a, kw);
  const n = pool.length;
  const indices = range(r);
  let first = true;
  let stopped = r > n;
  return new ItIter(
    combinationsType,
    () => {
      if (stopped) return STOP;
      if (!first) {
        let i = r - 1;
        while (i >= 0 && indices[i] === i + n - r) i--;
        if (i < 0) {
          stopped = true;
          return STOP;
        }
        indices[i]!++;
        for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1]! + 1;
      }
      first = false;
      return new PyTuple(indices.map((i) => pool[i]!));
    },
    null,
    () => pool,
  ).keepingLast();
});

export const cwrType = itType('combinations_with_replacement', (a, kw) => {
  const [pool, r] = rArgs('combinations_with_replacement', a, kw);
  const n = pool.length;
  const indices = new Array<number>(r).fill(0);
  let first = true;
  let stopped = n === 0 && r > 0;
  return new ItIter(
    cwrType,
    () => {
      if (stopped) return STOP;
      if (!first) {
        let i = r - 1;
        while (i >= 0 && indices[i] === n - 1) i--;
        if (i < 0) {
          stopped = true;
          return STOP;
        }
        indices.fill(indices[i]! + 1, i);
      }
      first = false;
      return new PyTuple(indices.map((i) => pool[i]!));
    },
    null,
    () => pool,
  ).keepingLast();
});
