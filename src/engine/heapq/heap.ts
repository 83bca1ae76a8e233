/**
 * heapq's C functions (`_heapq`): heappush, heappop, heapify, heapreplace, heappushpop and
 * the max-heap variants `merge` and `nsmallest` use, with CPython's sift loops, so that
 * the comparisons (`<` only, through the engine's comparison protocol) come in its order.
 */
import { compare } from '../compare';
import { indexError, runtimeError, typeError } from '../errors';
import type { Value } from '../values';
import { PyList, typeName } from '../values';
import { exactly } from '../lib/module-util';
import { positional } from '../itertools/base';

const lt = (a: Value, b: Value): boolean => compare('<', a, b);

function changed(heap: PyList, size: number): void {
  if (heap.items.length !== size) throw runtimeError('list changed size during iteration');
}

/** Moves the item at `pos` up towards `start` while it is less than its parent. */
function siftdown(heap: PyList, start: number, pos: number, max: boolean): void {
  const size = heap.items.length;
  if (pos >= size) throw indexError('list index out of range');
  let arr = heap.items;
  let item = arr[pos]!;
  while (pos > start) {
    const parentpos = (pos - 1) >> 1;
    const parent = arr[parentpos]!;
    const less = max ? lt(parent, item) : lt(item, parent);
    changed(heap, size);
    if (!less) break;
    arr = heap.items;
    item = arr[pos]!;
    arr[pos] = arr[parentpos]!;
    arr[parentpos] = item;
    pos = parentpos;
  }
}

/** Moves the smaller child up until `pos` is a leaf, then sifts that item down. */
function siftup(heap: PyList, pos: number, max: boolean): void {
  const end = heap.items.length;
  const start = pos;
  if (pos >= end) throw indexError('list index out of range');
  const limit = end >> 1;
  while (pos < limit) {
    let child = 2 * pos + 1;
    if (child + 1 < end) {
      const a = heap.items[child]!;
      const b = heap.items[child + 1]!;
      if (!(max ? lt(b, a) : lt(a, b))) child++;
      changed(heap, end);
    }
    const arr = heap.items;
    const tmp = arr[child]!;
    arr[child] = arr[pos]!;
    arr[pos] = tmp;
    pos = child;
  }
  siftdown(heap, start, pos, max);
}

function listArg(fn: string, v: Value, one: boolean): PyList {
  if (v instanceof PyList) return v;
  throw typeError(`${fn}() argument${one ? '' : ' 1'} must be list, not ${typeName(v)}`);
}

export function heappush(heap: PyList, item: Value): void {
  heap.items.push(item);
  siftdown(heap, 0, heap.items.length - 1, false);
}

export function heappop(heap: PyList, max = false): Value {
  const n = heap.items.length;
  if (n === 0) throw indexError('index out of range');
  const last = heap.items.pop()!;
  if (n - 1 === 0) return last;
  const top = heap.items[0]!;
  heap.items[0] = last;
  siftup(heap, 0, max);
  return top;
}

export function heapreplace(heap: PyList, item: Value, max = false): Value {
  if (heap.items.length === 0) throw indexError('index out of range');
  const top = heap.items[0]!;
  heap.items[0] = item;
  siftup(heap, 0, max);
  return top;
}

/** The highest set bit of `n` (`keep_top_bit`). */
function keepTopBit(n: number): number {
  let i = 0;
  while (n > 1) {
    n >>= 1;
    i++;
  }
  return n << i;
}

export function heapify(heap: PyList, max = false): void {
  const n = heap.items.length;
  if (n <= 2500) {
    for (let i = (n >> 1) - 1; i >= 0; i--) siftup(heap, i, max);
    return;
  }
  // CPython's cache-friendly order for big heaps (`cache_friendly_heapify`)
  const m = n >> 1;
  const leftmost = keepTopBit(m + 1) - 1;
  const row = (from: number, to: number): void => {
    for (let i = from; i >= to; i--) {
      for (let j = i; ; j >>= 1) {
        siftup(heap, j, max);
        if (!(j & 1)) break;
      }
    }
  };
  row(leftmost - 1, m >> 1);
  row(m - 1, leftmost);
}

/** The module's C functions, with `_heapq`'s argument checks. */
export const heapFns = {
  heappush: (a: Value[], kw: Map<string, Value> | null): Value => {
    if (kw?.size) throw typeError('_heapq.heappush() takes no keyword arguments');
    positional('heappush', a, null, 2);
    heappush(listArg('heappush', a[0]!, false), a[1]!);
    return null;
  },
  heappop: (a: Value[], kw: Map<string, Value> | null): Value => {
    exactly('_heapq.heappop', a, kw, 1);
    return heappop(listArg('heappop', a[0]!, true));
  },
  heapify: (a: Value[], kw: Map<string, Value> | null): Value => {
    exactly('_heapq.heapify', a, kw, 1);
    heapify(listArg('heapify', a[0]!, true));
    return null;
  },
  heapreplace: (a: Value[], kw: Map<string, Value> | null): Value => {
    if (kw?.size) throw typeError('_heapq.heapreplace() takes no keyword arguments');
    positional('heapreplace', a, null, 2);
    return heapreplace(listArg('heapreplace', a[0]!, false), a[1]!);
  },
  heappushpop: (a: Value[], kw: Map<string, Value> | null): Value => {
    if (kw?.size) throw typeError('_heapq.heappushpop() takes no keyword arguments');
    positional('heappushpop', a, null, 2);
    const heap = listArg('heappushpop', a[0]!, false);
    const item = a[1]!;
    if (heap.items.length === 0) return item;
    if (!lt(heap.items[0]!, item)) return item;
    if (heap.items.length === 0) throw indexError('index out of range');
    return heapreplace(heap, item);
  },
};
