/** Python's iteration protocol over engine values, with STOP instead of StopIteration. */
import { STOP } from './coro';
import { PyGenerator } from './generator';
import type { Next } from './coro';
import { Exc, NotSupportedError, isErrorOf, runtimeError, typeError } from './errors';
import { callSpecial, lookup } from './objects';
import { rt } from './runtime';
import { added, MAX_SEQ, newSeq, tooLong } from './sizes';
import { setValues } from './setorder';
import { has } from './slots';
import type { Iter } from './slots';
import type { Value } from './values';
import {
  PyDict,
  PyList,
  PyObject,
  PyRange,
  PySet,
  PyTuple,
  PyType,
  Types,
  keysVersion,
  typeName,
} from './values';

const iterTypes = new Map<string, PyType>([['iterator', Types.iterator]]);

/** The type of a builtin iterator, by its CPython name (`list_iterator`, `itertools.chain`). */
function iterType(label: string): PyType {
  let t = iterTypes.get(label);
  if (!t) {
    const dot = label.lastIndexOf('.');
    t =
      dot < 0
        ? new PyType(label, Types.object)
        : new PyType(label.slice(dot + 1), Types.object, null, label.slice(0, dot));
    iterTypes.set(label, t);
  }
  return t;
}

/** A builtin iterator object (list_iterator, range_iterator, map, zip, ...). */
export class PyIterator extends PyObject {
  constructor(
    readonly next: () => Next,
    readonly typeLabel = 'iterator',
  ) {
    super();
  }
  get cls() {
    return iterType(this.typeLabel);
  }
}

/** What a dict iterator gives: its keys, values or (key, value) pairs. */
export type DictPart = 'keys' | 'values' | 'items';

const ITER_NAMES: Record<DictPart, string> = {
  keys: 'key',
  values: 'value',
  items: 'item',
};

function dictPart(e: readonly [Value, Value], part: DictPart): Value {
  return part === 'keys' ? e[0] : part === 'values' ? e[1] : new PyTuple([e[0], e[1]]);
}

/**
 * Iterating a dict or one of its views, as `dictiter_iternext*` (Objects/dictobject.c) does:
 * live over the entries (a value stored meanwhile is seen), with its RuntimeError when the
 * dict changes size. Keys that come and go at the same size are refused: CPython then
 * raises, or skips some, depending on when it compacts its table.
 */
export function dictIterator(d: PyDict, part: DictPart): PyIterator {
  const entries = d.map.values();
  const unchanged = changeGuard(d.map, 'dict');
  let broken = false;
  return new PyIterator(() => {
    if (broken) return STOP;
    unchanged();
    const e = entries.next();
    if (e.done) {
      broken = true;
      return STOP;
    }
    return dictPart(e.value, part);
  }, `dict_${ITER_NAMES[part]}iterator`);
}

/** `reversed(d)` and `reversed(d.keys())`...: from the last entry back, as `dictreviter_iternext`. */
export function dictReverseIterator(d: PyDict, part: DictPart): PyIterator {
  const keys = [...d.map.keys()].reverse();
  const unchanged = changeGuard(d.map, 'dict');
  let i = 0;
  return new PyIterator(() => {
    if (i > keys.length) return STOP;
    unchanged();
    while (i < keys.length) {
      const e = d.map.get(keys[i++]);
      if (e) return dictPart(e, part);
    }
    i = Infinity;
    return STOP;
  }, `dict_reverse${ITER_NAMES[part]}iterator`);
}

/**
 * What a dict or set iterator checks at each `next()`: a change of size is CPython's
 * RuntimeError, raised again at every later `next()` (its `used` becomes -1). Keys removed
 * and others added, the size unchanged, are refused: what CPython does then depends on where
 * its table puts the new keys and when it compacts it.
 */
function changeGuard(map: Map<unknown, unknown>, what: 'dict' | 'set'): () => void {
  let used = map.size;
  const version = keysVersion(map);
  return () => {
    if (map.size !== used) {
      used = -1;
      throw runtimeError(
        what === 'dict'
          ? 'dictionary changed size during iteration'
          : 'Set changed size during iteration',
      );
    }
    if (keysVersion(map) !== version)
      throw new NotSupportedError(
        `adding and removing keys of a ${what} while iterating over it (the size unchanged)`,
        'for',
      );
  };
}

/** Iterating a set: its items in CPython's order, and its RuntimeError if it changes size. */
function setIterator(s: PySet): PyIterator {
  const items = setValues(s);
  const unchanged = changeGuard(s.map, 'set');
  let i = 0;
  return new PyIterator(() => {
    if (i > items.length) return STOP;
    unchanged();
    return i < items.length ? items[i++]! : (i++, STOP);
  }, 'set_iterator');
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
  if (v instanceof PyDict) return dictIterator(v, 'keys');
  if (v instanceof PySet) return setIterator(v);
  if (v instanceof PyIterator || v instanceof PyGenerator) return v;
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

export function isIterable(v: Value): boolean {
  return (
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
