/** itertools' infinite iterators: `count`, `cycle`, `repeat` (as CPython's C types). */
import { STOP } from '../coro';
import { typeError } from '../errors';
import { getIter } from '../iter';
import { binop } from '../ops';
import { repr } from '../repr';
import type { Value } from '../values';
import { PyFloat } from '../values';
import { ItIter, clinic, itType, positional, ssize } from './base';

function isNumber(v: Value): boolean {
  return (
    typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyFloat
  );
}

/** An int (bools count) equal to 1: the step `count` leaves out of its repr. */
function isOne(v: Value): boolean {
  return v === 1 || v === true;
}

export const countType = itType('count', (a, kw) => {
  const [start = 0, step = 1] = clinic('count', a, kw, ['start', 'step'], 0);
  if (!isNumber(start) || !isNumber(step)) throw typeError('a number is required');
  // CPython's fast mode (an int start, a step of int 1) counts in C integers
  let cur: Value = isOne(step) && typeof start === 'boolean' ? (start ? 1 : 0) : start;
  const it: ItIter = new ItIter(
    countType,
    () => {
      const v = cur;
      cur = binop('+', cur, step);
      return v;
    },
    () => (isOne(step) ? `count(${repr(cur)})` : `count(${repr(cur)}, ${repr(step)})`),
    () => [cur, step],
  );
  return it;
});

export const cycleType = itType('cycle', (a, kw) => {
  positional('cycle', a, kw, 1);
  let it: ReturnType<typeof getIter> | null = getIter(a[0]!);
  const saved: Value[] = [];
  let index = 0;
  return new ItIter(
    cycleType,
    () => {
      if (it !== null) {
        const x = it.next();
        if (x !== STOP) {
          saved.push(x);
          return x;
        }
        it = null;
      }
      if (saved.length === 0) return STOP;
      const x = saved[index++]!;
      if (index >= saved.length) index = 0;
      return x;
    },
    null,
    () => [it, saved],
  );
});

export const repeatType = itType('repeat', (a, kw) => {
  const [element, times] = clinic('repeat', a, kw, ['object', 'times'], 1);
  let cnt = times === undefined ? -1 : Math.max(0, ssize(times));
  return new ItIter(
    repeatType,
    () => {
      if (cnt === 0) return STOP;
      if (cnt > 0) cnt--;
      return element!;
    },
    () => (cnt < 0 ? `repeat(${repr(element!)})` : `repeat(${repr(element!)}, ${cnt})`),
    () => [element],
  );
});
