/**
 * `groupby` (its groups share the one underlying iterator: advancing the groupby ends the
 * group before) and `tee` (copies sharing one buffer), as CPython's C types do them.
 */
import { STOP } from '../coro';
import { typeError, valueError } from '../errors';
import { eq } from '../compare';
import { getIter } from '../iter';
import { callValue } from '../protocol';
import type { Iter } from '../slots';
import type { Value } from '../values';
import { PyTuple } from '../values';
import { ItIter, clinic, itType, positional, ssize } from './base';

/** `PyObject_RichCompareBool(a, b, Py_EQ)`: identity first. */
function same(a: Value, b: Value): boolean {
  return a === b || eq(a, b);
}

const NONE = Symbol('unset');
type Slot = Value | typeof NONE;

export const grouperType = itType('_grouper', null);

export const groupbyType = itType('groupby', (a, kw) => {
  const [iterable, keyfunc = null] = clinic('groupby', a, kw, ['iterable', 'key'], 1);
  const it = getIter(iterable!);
  let tgtkey: Slot = NONE;
  let currkey: Slot = NONE;
  let currvalue: Slot = NONE;
  let current: ItIter | null = null;
  /** Advances the shared iterator; false at its end. */
  const step = (): boolean => {
    const v = it.next();
    if (v === STOP) return false;
    const k = keyfunc === null ? v : callValue(keyfunc, [v], null);
    currvalue = v;
    currkey = k;
    return true;
  };
  const groupby = new ItIter(
    groupbyType,
    () => {
      current = null;
      for (;;) {
        if (currkey === NONE) {
          // the first call
        } else if (tgtkey === NONE) break;
        else if (!same(tgtkey, currkey)) break;
        if (!step()) return STOP;
      }
      tgtkey = currkey;
      const key = tgtkey;
      const grouper: ItIter = new ItIter(
        grouperType,
        () => {
          if (current !== grouper) return STOP;
          if (currvalue === NONE && !step()) return STOP;
          if (!same(key, currkey as Value)) return STOP;
          const v = currvalue as Value;
          currvalue = NONE;
          return v;
        },
        null,
        () => [key, groupby],
      );
      current = grouper;
      return new PyTuple([key, grouper]);
    },
    null,
    () => [it, keyfunc, ...[tgtkey, currkey, currvalue].filter((v) => v !== NONE)],
  );
  return groupby;
});

/** What the copies of one `tee` share: the iterator and the items some copy has not read. */
interface TeeData {
  it: Iter;
  items: Value[];
  /** The index in `items` of the first item not yet dropped. */
  base: number;
  done: boolean;
}

export const teeType = itType('_tee', null);

function teeIter(data: TeeData, at: number): ItIter {
  let i = at;
  const t = new ItIter(
    teeType,
    () => {
      if (i - data.base >= data.items.length) {
        if (data.done) return STOP;
        const x = data.it.next();
        if (x === STOP) {
          data.done = true;
          return STOP;
        }
        data.items.push(x);
      }
      return data.items[i++ - data.base]!;
    },
    null,
    () => [data.it, data.items.slice(i - data.base)],
  );
  teeCopies.set(t, () => teeIter(data, i));
  return t;
}

/** How to copy each `_tee` (its `__copy__`): a new one at the same position. */
const teeCopies = new WeakMap<ItIter, () => ItIter>();

export function teeFn(a: Value[], kw: Map<string, Value> | null): Value {
  if (kw?.size) throw typeError('itertools.tee() takes no keyword arguments');
  positional('tee', a, null, 1, 2);
  const n = a.length > 1 ? ssize(a[1]!) : 2;
  if (n < 0) throw valueError('n must be >= 0');
  if (n === 0) return new PyTuple([]);
  const it = getIter(a[0]!);
  const first =
    it instanceof ItIter && teeCopies.has(it)
      ? it
      : teeIter({ it, items: [], base: 0, done: false }, 0);
  const out: Value[] = [first];
  for (let i = 1; i < n; i++) out.push(teeCopies.get(first)!());
  return new PyTuple(out);
}
