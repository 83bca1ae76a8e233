/**
 * `heapq.nsmallest` and `heapq.nlargest`, ported from CPython's Lib/heapq.py line by line
 * (the `n == 1` shortcut, the sort when `n` covers the input, the bounded heap otherwise),
 * so that the key calls and comparisons come in its order.
 */
import { STOP } from '../coro';
import { compare, eq } from '../compare';
import { Exc, isErrorOf } from '../errors';
import { getIter, toArray } from '../iter';
import { sortValues } from '../methods';
import { unary } from '../ops';
import { callValue, getItem } from '../protocol';
import { builtins } from '../builtins-registry';
import { len } from '../builtins';
import type { Value, PyType } from '../values';
import { PyList, PyObject, PySlice, PyTuple, Types } from '../values';
import { toInt } from '../builtins-registry';
import { pyFunctionArgs } from '../functools/py-args';
import { heapify, heapreplace } from './heap';

class Sentinel extends PyObject {
  get cls(): PyType {
    return Types.object;
  }
}

/** `min(iterable, default=sentinel, key=key)` (or max): [] or [the one]. */
function one(which: 'min' | 'max', iterable: Value, key: Value): Value {
  const sentinel = new Sentinel();
  const kw = new Map<string, Value>([
    ['default', sentinel],
    ['key', key],
  ]);
  const it = callValue(builtins.get('iter')!, [iterable], null);
  const r = callValue(builtins.get(which)!, [it], kw);
  return new PyList(r === sentinel ? [] : [r]);
}

/** `len(iterable)`, or undefined where it raises TypeError or AttributeError. */
function sizeOf(iterable: Value): number | undefined {
  try {
    return len(iterable);
  } catch (e) {
    if (isErrorOf(e, Exc.TypeError) || isErrorOf(e, Exc.AttributeError)) return undefined;
    throw e;
  }
}

/** `range(start, stop, step)`'s items, for `zip(range(...), it)`. */
function* rangeOf(start: number, stop: Value, step: number): Generator<number> {
  const end = Number(toInt(stop));
  for (let i = start; step > 0 ? i < end : i > end; i += step) yield i;
}

function select(name: 'nsmallest' | 'nlargest', a: Value[], kw: Map<string, Value> | null): Value {
  const [n, iterable, key = null] = pyFunctionArgs(name, a, kw, ['n', 'iterable', 'key'], 2);
  const small = name === 'nsmallest';
  if (eq(n!, 1)) return one(small ? 'min' : 'max', iterable!, key);
  const size = sizeOf(iterable!);
  if (size !== undefined && compare('>=', n!, size)) {
    const sortKw = new Map<string, Value>([['key', key]]);
    if (!small) sortKw.set('reverse', true);
    const sorted = new PyList(sortValues(toArray(iterable!), sortKw));
    return getItem(sorted, new PySlice(null, n!, null));
  }
  const it = getIter(iterable!);
  const result: Value[] = [];
  const indices = small ? rangeOf(0, n!, 1) : rangeOf(0, unary('-', n!), -1);
  for (const i of indices) {
    const elem = it.next();
    if (elem === STOP) break;
    result.push(new PyTuple(key === null ? [elem, i] : [callValue(key, [elem], null), i, elem]));
  }
  if (result.length === 0) return new PyList([]);
  const heap = new PyList(result);
  heapify(heap, small);
  let top = (heap.items[0] as PyTuple).items[0]!;
  let order = Number(toInt(n!)) * (small ? 1 : -1);
  for (let elem = it.next(); elem !== STOP; elem = it.next()) {
    const k = key === null ? elem : callValue(key, [elem], null);
    if (small ? compare('<', k, top) : compare('<', top, k)) {
      heapreplace(heap, new PyTuple(key === null ? [elem, order] : [k, order, elem]), small);
      top = (heap.items[0] as PyTuple).items[0]!;
      order += small ? 1 : -1;
    }
  }
  const sorted = sortValues(heap.items, small ? null : new Map([['reverse', true]]));
  return new PyList(sorted.map((t) => (t as PyTuple).items[key === null ? 0 : 2]!));
}

export const selectFns = {
  nsmallest: (a: Value[], kw: Map<string, Value> | null): Value => select('nsmallest', a, kw),
  nlargest: (a: Value[], kw: Map<string, Value> | null): Value => select('nlargest', a, kw),
};
