/**
 * itertools' filters: `compress`, `dropwhile`, `takewhile`, `filterfalse`, `islice`, as
 * CPython's C types do them (the predicate called as each item is asked for).
 */
import { STOP } from '../coro';
import { valueError } from '../errors';
import { getIter } from '../iter';
import { truthy } from '../ops';
import { callValue } from '../protocol';
import type { Iter } from '../slots';
import type { Value } from '../values';
import { Types } from '../values';
import { ItIter, clinic, itType, positional } from './base';

export const compressType = itType('compress', (a, kw) => {
  const [data, selectors] = clinic('compress', a, kw, ['data', 'selectors'], 2);
  const d = getIter(data!);
  const s = getIter(selectors!);
  return new ItIter(
    compressType,
    () => {
      for (;;) {
        const x = d.next();
        if (x === STOP) return STOP;
        const sel = s.next();
        if (sel === STOP) return STOP;
        if (truthy(sel)) return x;
      }
    },
    null,
    () => [d, s],
  );
});

export const dropwhileType = itType('dropwhile', (a, kw) => {
  positional('dropwhile', a, kw, 2);
  const pred = a[0]!;
  const it = getIter(a[1]!);
  let dropped = false;
  return new ItIter(
    dropwhileType,
    () => {
      for (;;) {
        const x = it.next();
        if (x === STOP) return STOP;
        if (dropped) return x;
        if (!truthy(callValue(pred, [x], null))) {
          dropped = true;
          return x;
        }
      }
    },
    null,
    () => [pred, it],
  );
});

export const takewhileType = itType('takewhile', (a, kw) => {
  positional('takewhile', a, kw, 2);
  const pred = a[0]!;
  const it = getIter(a[1]!);
  let stop = false;
  return new ItIter(
    takewhileType,
    () => {
      if (stop) return STOP;
      const x = it.next();
      if (x === STOP) return STOP;
      if (truthy(callValue(pred, [x], null))) return x;
      stop = true;
      return STOP;
    },
    null,
    () => [pred, it],
  );
});

export const filterfalseType = itType('filterfalse', (a, kw) => {
  positional('filterfalse', a, kw, 2);
  const pred = a[0]!;
  const it = getIter(a[1]!);
  const plain = pred === null || pred === Types.bool;
  return new ItIter(
    filterfalseType,
    () => {
      for (;;) {
        const x = it.next();
        if (x === STOP) return STOP;
        if (!truthy(plain ? x : callValue(pred, [x], null))) return x;
      }
    },
    null,
    () => [pred, it],
  );
});

const MAXSIZE = 2n ** 63n - 1n;
const STOP_MSG = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
const INDICES_MSG = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
const STEP_MSG = 'Step for islice() must be a positive integer or None.';

/** `PyNumber_AsSsize_t` with its error cleared: -1 for what is not an int or overflows. */
function asSsize(v: Value): number {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return v > MAXSIZE || v < -MAXSIZE - 1n ? -1 : Number(v);
  return -1;
}

export const isliceType = itType('islice', (a, kw) => {
  positional('islice', a, kw, 2, 4);
  let start = 0;
  let stop = -1;
  let step = 1;
  if (a.length === 2) {
    if (a[1] !== null) {
      stop = asSsize(a[1]!);
      if (stop === -1) throw valueError(STOP_MSG);
    }
  } else {
    if (a[1] !== null) start = asSsize(a[1]!);
    if (a[2] !== null) {
      stop = asSsize(a[2]!);
      if (stop === -1) throw valueError(STOP_MSG);
    }
  }
  if (start < 0 || stop < -1) throw valueError(INDICES_MSG);
  if (a.length === 4 && a[3] !== null) step = asSsize(a[3]!);
  if (step < 1) throw valueError(STEP_MSG);
  let it: Iter | null = getIter(a[0]!);
  let cnt = 0;
  let next = start;
  const end = (): typeof STOP => {
    it = null;
    return STOP;
  };
  return new ItIter(
    isliceType,
    () => {
      if (it === null) return STOP;
      while (cnt < next) {
        if (it.next() === STOP) return end();
        cnt++;
      }
      if (stop !== -1 && cnt >= stop) return end();
      const x = it.next();
      if (x === STOP) return end();
      cnt++;
      next += step;
      if (stop !== -1 && next > stop) next = stop;
      return x;
    },
    null,
    () => [it],
  );
});
