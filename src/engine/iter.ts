/** Python's iteration protocol over engine values, with STOP instead of StopIteration. */
import { PyGenerator, STOP } from './coro';
import type { Next } from './coro';
import { Exc, typeError } from './errors';
import { callSpecial, isErrorOf, lookup } from './objects';
import { rt } from './runtime';
import { added, MAX_SEQ, newSeq, tooLong } from './sizes';
import { setValues } from './setorder';
import { has } from './slots';
import type { Iter } from './slots';
import type { Value } from './values';
import { PyDict, PyList, PyObject, PyRange, PySet, PyTuple, Types, typeName } from './values';

/** A builtin iterator object (list_iterator, range_iterator, map, zip, ...). */
export class PyIterator extends PyObject {
  constructor(
    readonly next: () => Next,
    readonly typeLabel = 'iterator',
  ) {
    super();
  }
  get cls() {
    return Types.iterator;
  }
}

function arrayIter(items: readonly Value[], label: string): PyIterator {
  let i = 0;
  return new PyIterator(() => (i < items.length ? items[i++]! : STOP), label);
}

export function getIter(v: Value): Iter {
  if (v instanceof PyList) {
    let i = 0;
    return new PyIterator(() => (i < v.items.length ? v.items[i++]! : STOP), 'list_iterator');
  }
  if (v instanceof PyTuple) return arrayIter(v.items, 'tuple_iterator');
  if (v instanceof PyRange) {
    const { start, step } = v;
    const n = v.length;
    let i = 0;
    const r = rt();
    return new PyIterator(() => {
      if (i >= n) return STOP;
      r.countRangeItem();
      return start + step * i++;
    }, 'range_iterator');
  }
  if (typeof v === 'string') return arrayIter(Array.from(v), 'str_ascii_iterator');
  if (v instanceof PyDict)
    return arrayIter(
      [...v.map.values()].map((e) => e[0]),
      'dict_keyiterator',
    );
  if (v instanceof PySet) return arrayIter(setValues(v), 'set_iterator');
  if (v instanceof PyIterator || v instanceof PyGenerator) return v;
  if (isView(v)) return arrayIter(v.snapshot(), 'dict_iterator');
  if (v instanceof PyObject && v.cls.user) {
    if (lookup(v.cls, '__iter__') !== undefined) return asIterator(userIterator(v));
    if (lookup(v.cls, '__getitem__') !== undefined) return sequenceIter(v);
  }
  if (has(v, 'pyIter')) return v.pyIter();
  throw typeError(`'${typeName(v)}' object is not iterable`);
}

/** What a class's `__iter__` returns, checked to be an iterator. */
export function userIterator(v: Value): Value {
  const it = callSpecial(v, '__iter__', [])!;
  const ok =
    it instanceof PyIterator ||
    it instanceof PyGenerator ||
    (it instanceof PyObject && lookup(it.cls, '__next__') !== undefined);
  if (!ok) throw typeError(`iter() returned non-iterator of type '${typeName(it)}'`);
  return it;
}

/** An iterator (builtin, or with a class's `__next__`) as the engine iterates. */
function asIterator(it: Value): Iter {
  if (it instanceof PyIterator || it instanceof PyGenerator) return it;
  return new PyIterator(() => {
    try {
      return callSpecial(it, '__next__', [])!;
    } catch (e) {
      if (isErrorOf(e, Exc.StopIteration)) return STOP;
      throw e;
    }
  });
}

/** The old protocol: `__getitem__` with 0, 1, 2, ... until IndexError. */
function sequenceIter(v: Value): Iter {
  let i = 0;
  return new PyIterator(() => {
    try {
      return callSpecial(v, '__getitem__', [i++])!;
    } catch (e) {
      if (isErrorOf(e, Exc.IndexError) || isErrorOf(e, Exc.StopIteration)) return STOP;
      throw e;
    }
  });
}

/** Dict views (keys/values/items) iterate over a snapshot of their dict. */
export function isView(v: Value): v is PyObject & { snapshot(): Value[] } {
  return (
    v instanceof PyObject && typeof (v as unknown as { snapshot?: unknown }).snapshot === 'function'
  );
}

export function isIterable(v: Value): boolean {
  return (
    isView(v) ||
    typeof v === 'string' ||
    v instanceof PyList ||
    v instanceof PyTuple ||
    v instanceof PyRange ||
    v instanceof PyDict ||
    v instanceof PySet ||
    v instanceof PyIterator ||
    v instanceof PyGenerator ||
    has(v, 'pyIter') ||
    (v instanceof PyObject &&
      (lookup(v.cls, '__iter__') !== undefined || lookup(v.cls, '__getitem__') !== undefined))
  );
}

/** All items of an iterable, as an array (a copy for lists and tuples). */
export function toArray(v: Value): Value[] {
  if (v instanceof PyList || v instanceof PyTuple) {
    newSeq(v.items.length);
    return v.items.slice();
  }
  if (typeof v === 'string') {
    newSeq(v.length);
    return Array.from(v);
  }
  if (v instanceof PyRange) {
    const { start, step, length } = v;
    newSeq(length);
    rt().countRangeItems(length);
    const out = new Array<Value>(length);
    for (let i = 0; i < length; i++) out[i] = start + step * i;
    return out;
  }
  const it = getIter(v);
  const out: Value[] = [];
  // While coroutines never started exist, the list being built is a root of the
  // never-awaited scan (unawaited.ts), as CPython's list holds its items.
  const r = rt();
  let held = false;
  try {
    for (let x = it.next(); x !== STOP; x = it.next()) {
      if (out.length >= MAX_SEQ) throw tooLong();
      added(x);
      out.push(x);
      if (!held && typeof x === 'object' && x !== null && r.pending.length !== 0) {
        r.temps.push(out);
        held = true;
      }
    }
  } finally {
    const i = held ? r.temps.lastIndexOf(out) : -1;
    if (i >= 0) r.temps.splice(i, 1);
  }
  return out;
}
