/**
 * itertools' iterators over one or more iterables: `accumulate`, `chain` (and
 * `chain.from_iterable`), `pairwise`, `batched`, `starmap`, `zip_longest`, as CPython's C
 * types do them.
 */
import { STOP } from '../coro';
import { typeError, valueError } from '../errors';
import { getIter, toArray } from '../iter';
import { binop, truthy } from '../ops';
import { callValue } from '../protocol';
import type { Iter } from '../slots';
import type { Value } from '../values';
import { PyBuiltin, PyTuple } from '../values';
import { exactly } from '../lib/module-util';
import { ItIter, clinic, itType, positional, ssize } from './base';

export const accumulateType = itType('accumulate', (a, kw) => {
  const [iterable, func = null, initial = null] = clinic(
    'accumulate',
    a,
    kw,
    ['iterable', 'func'],
    1,
    ['initial'],
  );
  const it = getIter(iterable!);
  let first: Value | null = initial;
  let total: Value | undefined;
  return new ItIter(
    accumulateType,
    () => {
      if (first !== null) {
        total = first;
        first = null;
        return total;
      }
      const x = it.next();
      if (x === STOP) return STOP;
      if (total === undefined) total = x;
      else total = func === null ? binop('+', total, x) : callValue(func, [total, x], null);
      return total;
    },
    null,
    () => [it, func, first, total ?? null],
  );
});

function chainOf(source: Iter): ItIter {
  let src: Iter | null = source;
  let active: Iter | null = null;
  return new ItIter(
    chainType,
    () => {
      while (src !== null) {
        if (active === null) {
          const iterable = src.next();
          if (iterable === STOP) {
            src = null;
            return STOP;
          }
          active = getIter(iterable);
        }
        const x = active.next();
        if (x !== STOP) return x;
        active = null;
      }
      return STOP;
    },
    null,
    () => [src, active],
  );
}

export const chainType = itType('chain', (a, kw) => {
  if (kw?.size) throw typeError('chain() takes no keyword arguments');
  return chainOf(getIter(new PyTuple(a)));
});
chainType.statics.set(
  'from_iterable',
  new PyBuiltin('from_iterable', (a, kw) => {
    exactly('chain.from_iterable', a, kw, 1);
    return chainOf(getIter(a[0]!));
  }),
);

export const pairwiseType = itType('pairwise', (a, kw) => {
  positional('pairwise', a, kw, 1);
  let it: Iter | null = getIter(a[0]!);
  let old: Value | typeof STOP = STOP;
  return new ItIter(
    pairwiseType,
    () => {
      if (it === null) return STOP;
      if (old === STOP) {
        old = it.next();
        if (old === STOP) {
          it = null;
          return STOP;
        }
      }
      const x = it.next();
      if (x === STOP) {
        it = null;
        old = STOP;
        return STOP;
      }
      const pair = new PyTuple([old, x]);
      old = x;
      return pair;
    },
    null,
    () => [it, old === STOP ? null : old],
  ).keepingLast();
});

export const batchedType = itType('batched', (a, kw) => {
  const [iterable, nArg, strictArg = false] = clinic('batched', a, kw, ['iterable', 'n'], 2, [
    'strict',
  ]);
  const n = ssize(nArg!);
  const strict = truthy(strictArg);
  if (n < 1) throw valueError('n must be at least one');
  let it: Iter | null = getIter(iterable!);
  return new ItIter(
    batchedType,
    () => {
      if (it === null) return STOP;
      const batch: Value[] = [];
      while (batch.length < n) {
        const x = it.next();
        if (x === STOP) break;
        batch.push(x);
      }
      if (batch.length === 0) {
        it = null;
        return STOP;
      }
      if (strict && batch.length !== n) {
        it = null;
        throw valueError('batched(): incomplete batch');
      }
      return new PyTuple(batch);
    },
    null,
    () => [it],
  );
});

export const starmapType = itType('starmap', (a, kw) => {
  positional('starmap', a, kw, 2);
  const f = a[0]!;
  const it = getIter(a[1]!);
  return new ItIter(
    starmapType,
    () => {
      const args = it.next();
      if (args === STOP) return STOP;
      return callValue(f, args instanceof PyTuple ? [...args.items] : toArray(args), null);
    },
    null,
    () => [f, it],
  );
});

export const zipLongestType = itType('zip_longest', (a, kw) => {
  let fill: Value = null;
  for (const [k, v] of kw ?? []) {
    if (k !== 'fillvalue') throw typeError('zip_longest() got an unexpected keyword argument');
    fill = v;
  }
  const its: (Iter | null)[] = a.map(getIter);
  let active = its.length;
  return new ItIter(
    zipLongestType,
    () => {
      if (its.length === 0 || active === 0) return STOP;
      const row: Value[] = [];
      for (const [i, it] of its.entries()) {
        if (it === null) {
          row.push(fill);
          continue;
        }
        let x: Value | typeof STOP;
        try {
          x = it.next();
        } catch (e) {
          active = 0;
          throw e;
        }
        if (x === STOP) {
          active--;
          if (active === 0) return STOP;
          its[i] = null;
          x = fill;
        }
        row.push(x);
      }
      return new PyTuple(row);
    },
    null,
    () => [...its, fill],
  ).keepingLast();
});
