/** Methods of the builtin types: list, dict, set, tuple, float, int, exceptions (str: methods-str.ts). */
import './methods-str';
import './dictviews';
import { arity, asIndex, asStr, def } from './method-args';
import { callValue } from './protocol';
import type { PyCoroutine } from './coro';
import type { PyGenerator } from './generator';
import type { PyAsyncGenerator } from './async-gen';
import { STOP } from './coro';
import { Exc, NotSupportedError, PyError, indexError, typeError, valueError } from './errors';
import { dictSet } from './dicts';
import { getIter, toArray } from './iter';
import { cmp, eq, hashKey } from './compare';
import { truthy } from './ops';
import { added, addedEntry, checkSeqLength } from './sizes';
import { repr } from './repr';
import { SetTable, adopt, ownTable, popFromSet } from './setorder';
import {
  copySet,
  difference,
  differenceUpdateTable,
  intersection,
  newSet,
  symmetricDifference,
  symmetricUpdateTable,
  union,
  updateTable,
} from './setops';
import type { Value, PyFloat } from './values';
import { PyDict, PyExc, PyList, PySet, PyTuple, Types } from './values';

// ---- list ----

const L = Types.list;
const items = (v: Value): Value[] => (v as PyList).items;

/** Sorts in place like `list.sort(key=None, reverse=False)` (stable, `<` only). */
/**
 * Sorts `arr` (a copy; with `into`, the list takes the result, even the partial one a failed
 * comparison leaves, as CPython's list.sort does).
 */
export function sortValues(
  arr: Value[],
  kw: Map<string, Value> | null,
  into: PyList | null = null,
): Value[] {
  const key = kw?.get('key') ?? null;
  const reverse = truthy(kw?.get('reverse') ?? false);
  for (const k of kw?.keys() ?? []) {
    if (k !== 'key' && k !== 'reverse')
      throw typeError(`'${k}' is an invalid keyword argument for sort()`);
  }
  if (key === null && arr.length >= 64 && arr.every((v) => typeof v === 'number')) {
    // Plain ints, no key: equal ones cannot be told apart, so a numeric sort gives the
    // same list as the general one, without a Python comparison per pair.
    const out: Value[] = arr.slice().sort((x, y) => x - y);
    if (reverse) out.reverse();
    if (into) into.items = out;
    return out;
  }
  const keyed = arr.map((v) => ({ k: key === null ? v : callValue(key, [v], null), v }));
  if (reverse) keyed.reverse();
  try {
    listsort(keyed, (a, b) => cmp('<', a.k, b.k) < 0);
  } finally {
    if (reverse) keyed.reverse();
    if (into) into.items = keyed.map((x) => x.v);
  }
  return keyed.map((x) => x.v);
}

function reverseRange<T>(a: T[], lo: number, hi: number): void {
  for (hi--; lo < hi; lo++, hi--) [a[lo], a[hi]] = [a[hi]!, a[lo]!];
}

/**
 * CPython's list sort, with its comparisons in the same order (so a failing comparison is
 * the same one, operands in the same order): for fewer than 64 items, `count_run` and then
 * binary insertion, as listobject.c does; longer lists get a stable merge sort.
 */
function listsort<T>(a: T[], lt: (x: T, y: T) => boolean): void {
  const n = a.length;
  if (n < 2) return;
  if (n >= 64) {
    a.sort((x, y) => (lt(y, x) ? 1 : lt(x, y) ? -1 : 0));
    return;
  }
  // count_run: an ascending run, or a descending one (reversed in place)
  let r = 1;
  while (r < n && !lt(a[r]!, a[r - 1]!)) r++;
  if (r < n && (r === 1 || !lt(a[0]!, a[r - 1]!))) {
    if (r > 1) reverseRange(a, 0, r);
    r++;
    let neq = 0;
    const reverseLastEqual = (): void => {
      if (neq) {
        neq++;
        reverseRange(a, r - neq, r);
        neq = 0;
      }
    };
    for (; r < n; r++) {
      if (lt(a[r]!, a[r - 1]!)) reverseLastEqual();
      else if (lt(a[r - 1]!, a[r]!)) break;
      else neq++;
    }
    reverseLastEqual();
    reverseRange(a, 0, r);
    while (r < n && !lt(a[r]!, a[r - 1]!)) r++;
  }
  // binarysort: insert the rest, each at the right of its equals
  for (let ok = r; ok < n; ok++) {
    const pivot = a[ok]!;
    let lo = 0;
    let hi = ok;
    do {
      const m = (lo + hi) >> 1;
      if (lt(pivot, a[m]!)) hi = m;
      else lo = m + 1;
    } while (lo < hi);
    for (let m = ok; m > lo; m--) a[m] = a[m - 1]!;
    a[lo] = pivot;
  }
}

def(L, 'append', (s, a) => {
  arity('list.append', a, 1);
  added(a[0]!);
  items(s).push(a[0]!);
  return null;
});
def(L, 'extend', (s, a) => {
  arity('list.extend', a, 1);
  const it = getIter(a[0]!);
  const add: Value[] = [];
  for (let x = it.next(); x !== STOP; x = it.next()) add.push(x);
  // One push per item: spreading a long array overflows the JS stack.
  const arr = items(s);
  checkSeqLength(arr.length + add.length);
  for (const x of add) added(x);
  for (const x of add) arr.push(x);
  return null;
});
def(L, 'insert', (s, a) => {
  arity('insert', a, 2);
  const arr = items(s);
  let i = asIndex(a[0], 0);
  if (i < 0) i = Math.max(0, i + arr.length);
  added(a[1]!);
  arr.splice(Math.min(i, arr.length), 0, a[1]!);
  return null;
});
def(L, 'pop', (s, a) => {
  arity('pop', a, 0, 1);
  const arr = items(s);
  if (arr.length === 0) throw indexError('pop from empty list');
  let i = asIndex(a[0], -1);
  if (i < 0) i += arr.length;
  if (i < 0 || i >= arr.length) throw indexError('pop index out of range');
  return arr.splice(i, 1)[0]!;
});
def(L, 'remove', (s, a) => {
  arity('list.remove', a, 1);
  const arr = items(s);
  const i = arr.findIndex((x) => eq(x, a[0]!));
  if (i < 0) throw valueError('list.remove(x): x not in list');
  arr.splice(i, 1);
  return null;
});
def(L, 'index', (s, a) => {
  const i = items(s).findIndex((x, j) => j >= asIndex(a[1], 0) && eq(x, a[0]!));
  if (i < 0) throw valueError(`${repr(a[0]!)} is not in list`);
  return i;
});
def(L, 'count', (s, a) => items(s).filter((x) => eq(x, a[0]!)).length);
def(L, 'reverse', (s) => {
  items(s).reverse();
  return null;
});
def(L, 'sort', (s, a, kw) => {
  arity('sort', a, 0, 0);
  const list = s as PyList;
  sortValues(list.items, kw, list);
  return null;
});
def(L, 'clear', (s) => {
  items(s).length = 0;
  return null;
});
def(L, 'copy', (s) => new PyList(items(s).slice()));

// ---- tuple ----

const T = Types.tuple;
def(T, 'index', (s, a) => {
  const i = (s as PyTuple).items.findIndex((x) => eq(x, a[0]!));
  if (i < 0) throw valueError('tuple.index(x): x not in tuple');
  return i;
});
def(T, 'count', (s, a) => (s as PyTuple).items.filter((x) => eq(x, a[0]!)).length);

// ---- dict ----

const D = Types.dict;
const dmap = (v: Value): PyDict['map'] => (v as PyDict).map;

def(D, 'get', (s, a) => {
  arity('get', a, 1, 2);
  const e = dmap(s).get(hashKey(a[0]!));
  return e ? e[1] : (a[1] ?? null);
});
def(D, 'pop', (s, a) => {
  arity('pop', a, 1, 2);
  const k = hashKey(a[0]!);
  const e = dmap(s).get(k);
  if (!e) {
    if (a.length > 1) return a[1]!;
    throw new PyError(new PyExc(Exc.KeyError, [a[0]!]));
  }
  dmap(s).delete(k);
  return e[1];
});
def(D, 'popitem', (s) => {
  const last = [...dmap(s).entries()].pop();
  if (!last) throw new PyError(new PyExc(Exc.KeyError, ['popitem(): dictionary is empty']));
  dmap(s).delete(last[0]);
  return new PyTuple(last[1]);
});
def(D, 'setdefault', (s, a) => {
  const k = hashKey(a[0]!);
  const e = dmap(s).get(k);
  if (e) return e[1];
  dmap(s).set(k, [a[0]!, a[1] ?? null]);
  return a[1] ?? null;
});
def(D, 'update', (s, a, kw) => {
  if (a[0] !== undefined) updateDict(s as PyDict, a[0]);
  for (const [k, v] of kw ?? []) dictSet(s as PyDict, k, v);
  return null;
});
def(D, 'clear', (s) => {
  dmap(s).clear();
  return null;
});
def(D, 'copy', (s) => {
  const d = new PyDict();
  for (const [k, e] of dmap(s)) d.map.set(k, [e[0], e[1]]);
  return d;
});

/** `dict.update(other)`: a dict, or an iterable of pairs. */
export function updateDict(d: PyDict, src: Value): void {
  if (src instanceof PyDict) {
    for (const [k, v] of src.map.values()) dictSet(d, k, v);
    return;
  }
  toArray(src).forEach((pair, i) => {
    const kv = toArray(pair);
    if (kv.length !== 2) {
      throw valueError(
        `dictionary update sequence element #${i} has length ${kv.length}; 2 is required`,
      );
    }
    dictSet(d, kv[0]!, kv[1]!);
  });
}

// ---- set ----

const St = Types.set;
const smap = (v: Value): PySet['map'] => (v as PySet).map;
def(St, 'add', (s, a) => {
  arity('set.add', a, 1);
  const k = hashKey(a[0]!);
  if (!smap(s).has(k)) {
    addedEntry(a[0]!, null);
    smap(s).set(k, a[0]!);
  }
  return null;
});
def(St, 'remove', (s, a) => {
  const k = hashKey(a[0]!);
  if (!smap(s).has(k)) throw new PyError(new PyExc(Exc.KeyError, [a[0]!]));
  smap(s).delete(k);
  return null;
});
def(St, 'discard', (s, a) => {
  smap(s).delete(hashKey(a[0]!));
  return null;
});
def(St, 'pop', (s) => {
  const first = popFromSet(s as PySet);
  if (first === undefined) throw new PyError(new PyExc(Exc.KeyError, ['pop from an empty set']));
  return first;
});
def(St, 'clear', (s) => {
  smap(s).clear();
  return null;
});
// a frozenset's copy is itself (`frozenset_copy`)
def(St, 'copy', (s) => ((s as PySet).frozen ? s : copySet(s as PySet)));
/** Changes the set through its table (`so |= other` and the like). */
function inPlace(s: Value, change: (t: SetTable) => void): null {
  const t = ownTable(s as PySet);
  change(t);
  adopt(s as PySet, t);
  return null;
}
def(St, 'update', (s, a) => inPlace(s, (t) => a.forEach((o) => updateTable(t, o))));
def(St, 'difference_update', (s, a) =>
  inPlace(s, (t) => a.forEach((o) => differenceUpdateTable(t, o))),
);
def(St, 'symmetric_difference_update', (s, a) => {
  arity('symmetric_difference_update', a, 1);
  return inPlace(s, (t) => symmetricUpdateTable(t, a[0]!));
});
def(St, 'intersection_update', (s, a) => {
  let r = s as PySet;
  for (const o of a) r = intersection(r, o);
  adopt(s as PySet, SetTable.of(r));
  return null;
});
const setOf = (v: Value): PySet => (v instanceof PySet ? v : newSet(v, false));
def(St, 'union', (s, a) => union(s as PySet, a));
def(St, 'intersection', (s, a) => {
  if (a.length === 0) return copySet(s as PySet);
  let r = s as PySet;
  for (const o of a) r = intersection(r, o);
  return r;
});
def(St, 'difference', (s, a) => {
  if (a.length === 0) return copySet(s as PySet);
  const t = SetTable.of(difference(s as PySet, a[0]!));
  for (const o of a.slice(1)) differenceUpdateTable(t, o);
  return t.toSet((s as PySet).frozen);
});
def(St, 'symmetric_difference', (s, a) => {
  arity('symmetric_difference', a, 1);
  return symmetricDifference(s as PySet, a[0]!);
});
def(St, 'issubset', (s, a) => [...smap(s).keys()].every((k) => setOf(a[0]!).map.has(k)));
def(St, 'issuperset', (s, a) => [...setOf(a[0]!).map.keys()].every((k) => smap(s).has(k)));
def(St, 'isdisjoint', (s, a) => ![...smap(s).keys()].some((k) => setOf(a[0]!).map.has(k)));
for (const name of [
  'copy',
  'union',
  'intersection',
  'difference',
  'symmetric_difference',
  'issubset',
  'issuperset',
  'isdisjoint',
]) {
  Types.frozenset.methods.set(name, St.methods.get(name)!);
}

// ---- numbers and exceptions ----

def(Types.float, 'is_integer', (s) => Number.isInteger((s as PyFloat).v));
def(Types.int, 'bit_length', (s) => {
  const n = typeof s === 'boolean' ? (s ? 1 : 0) : (s as number | bigint);
  return n === 0 || n === 0n ? 0 : (n < 0 ? -BigInt(n) : BigInt(n)).toString(2).length;
});
def(Exc.BaseException, 'add_note', (s, a) => {
  const e = s as PyExc;
  (e.notes ??= []).push(asStr(a[0]!, 'note'));
  return null;
});
def(Exc.BaseException, 'with_traceback', (s) => s);

// ---- generators ----

const AG = Types.async_generator;
def(AG, '__anext__', (s) => (s as PyAsyncGenerator).anext());
def(AG, 'aclose', (s) => (s as PyAsyncGenerator).aclose());
def(AG, 'asend', (s, a) => (arity('asend', a, 1), (s as PyAsyncGenerator).anext(a[0] ?? null)));
def(AG, 'athrow', (s, a) => {
  if (a.length > 1) throw new NotSupportedError('athrow() with more than one argument', '.athrow');
  arity('athrow', a, 1);
  return (s as PyAsyncGenerator).athrow(a[0]!);
});
def(AG, '__aiter__', (s) => s);
const G = Types.generator;
/** A generator's step: its yielded value, or StopIteration carrying what it returned. */
const stepped = (g: PyGenerator, x: Value | typeof STOP): Value => {
  if (x !== STOP) return x;
  const v = g.returnValue;
  throw new PyError(new PyExc(Exc.StopIteration, v === null ? [] : [v]));
};
def(G, 'send', (s, a) => {
  arity('send', a, 1);
  return stepped(s as PyGenerator, (s as PyGenerator).send(a[0]!));
});
def(G, 'throw', (s, a) => {
  if (a.length > 1) throw new NotSupportedError('throw() with more than one argument', '.throw');
  if (a.length === 0) throw typeError('throw expected at least 1 argument, got 0');
  return stepped(s as PyGenerator, (s as PyGenerator).throwValue(a[0]!));
});
def(G, '__next__', (s) => stepped(s as PyGenerator, (s as PyGenerator).next()));
def(G, 'close', (s) => (s as PyGenerator).close());
def(Types.coroutine, 'close', (s) => {
  (s as PyCoroutine).state = 'closed';
  return null;
});
