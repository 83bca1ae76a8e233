/**
 * `heapq.merge`: CPython's Lib/heapq.py generator, ported step by step (a heap of
 * `[value, order, next]` lists; `reverse` uses the max-heap functions), as a lazy
 * iterator whose type is `generator`.
 */
import { fakeAddress } from '../address';
import { STOP } from '../coro';
import type { Next } from '../coro';
import { typeError } from '../errors';
import { getIter } from '../iter';
import { truthy } from '../ops';
import { callValue } from '../protocol';
import type { Iter } from '../slots';
import type { Value } from '../values';
import { PyList, PyType, Types } from '../values';
import { ItIter } from '../itertools/base';
import { heapify, heappop, heapreplace } from './heap';

/** The type of what `merge` returns: a generator to the program. */
const generatorType = new PyType('generator', Types.object);

class MergeGenerator extends ItIter {
  override pyRepr(): string {
    return `<generator object merge at ${fakeAddress(this)}>`;
  }
}

/** A heap entry: `[key, order, value]` and the iterator it came from. */
interface Entry {
  list: PyList;
  it: Iter;
}

/** The heap and each entry's iterator: what a started merge holds. */
interface MergeState {
  h: PyList;
  entries: Map<PyList, Iter>;
}

function* mergeBody(
  iterables: Value[],
  key: Value,
  reverse: boolean,
  { h, entries }: MergeState,
): Generator<Value> {
  const direction = reverse ? -1 : 1;
  const keyOf = (v: Value): Value => (key === null ? v : callValue(key, [v], null));
  for (const [order, iterable] of iterables.entries()) {
    const it = getIter(iterable);
    const value = it.next();
    if (value === STOP) continue;
    // without a key CPython's entry is [value, order, next]: the value is the key
    const list = new PyList(
      key === null
        ? [value, order * direction, null]
        : [keyOf(value), order * direction, value, null],
    );
    entries.set(list, it);
    h.items.push(list);
  }
  heapify(h, reverse);
  const valueAt = key === null ? 0 : 2;
  while (h.items.length > 1) {
    for (;;) {
      const s = h.items[0] as PyList;
      const e: Entry = { list: s, it: entries.get(s)! };
      yield s.items[valueAt]!;
      const value = e.it.next();
      if (value === STOP) break;
      if (key === null) s.items[0] = value;
      else {
        s.items[0] = keyOf(value);
        s.items[2] = value;
      }
      heapreplace(h, s, reverse);
    }
    heappop(h, reverse);
  }
  if (h.items.length) {
    const s = h.items[0] as PyList;
    const it = entries.get(s)!;
    yield s.items[valueAt]!;
    for (let x = it.next(); x !== STOP; x = it.next()) yield x;
  }
}

export function merge(a: Value[], kw: Map<string, Value> | null): Value {
  let key: Value = null;
  let reverse = false;
  for (const [k, v] of kw ?? []) {
    if (k === 'key') key = v;
    else if (k === 'reverse') reverse = truthy(v);
    else throw typeError(`merge() got an unexpected keyword argument '${k}'`);
  }
  let body: Generator<Value> | null = null;
  const state: MergeState = { h: new PyList([]), entries: new Map() };
  const next = (): Next => {
    body ??= mergeBody(a, key, reverse, state);
    const r = body.next();
    return r.done ? STOP : r.value;
  };
  const refs = (): unknown[] =>
    body === null ? [...a, key] : [state.h, [...state.entries.values()], key];
  return new MergeGenerator(generatorType, next, null, refs);
}
