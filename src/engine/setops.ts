/**
 * Set algebra as Objects/setobject.c does it, on the tables setorder.ts models: which side
 * is iterated, in which order, which table is copied or sized up front. The items are the
 * same whatever the way; the order a program then sees is not.
 */
import { STOP } from './coro';
import { hashKey } from './compare';
import { getIter } from './iter';
import { SetTable, adopt, ownTable, presizeSet } from './setorder';
import type { Value } from './values';
import { PyDict, PySet } from './values';

/** Whether `d` is a dict, not a subclass's object (CPython's `PyDict_CheckExact`). */
export function exactDict(d: Value): d is PyDict {
  return d instanceof PyDict && Object.getPrototypeOf(d) === PyDict.prototype;
}

/** `set_update_internal`: a set merged, a dict's keys after sizing, else item by item. */
export function updateTable(t: SetTable, other: Value): void {
  if (other instanceof PySet) return t.merge(SetTable.of(other));
  if (exactDict(other)) {
    // a dict's keys come with their hashes: no `__hash__` is called
    t.presize(other.map.size);
    for (const [k, [key]] of other.map) t.add(key, k);
    return;
  }
  const it = getIter(other);
  for (let x = it.next(); x !== STOP; x = it.next()) t.add(x, hashKey(x));
}

/** `set(iterable)`, `frozenset(iterable)`. */
export function newSet(src: Value | undefined, frozen: boolean): PySet {
  if (src instanceof PySet) {
    const t = new SetTable();
    t.merge(SetTable.of(src));
    return t.toSet(frozen);
  }
  // adds, which the set's table replays when its order is needed
  const s = new PySet(frozen);
  if (src === undefined) return s;
  if (exactDict(src)) {
    presizeSet(s, src.map.size);
    for (const [k, [key]] of src.map) addItem(s, key, k);
    return s;
  }
  const it = getIter(src);
  for (let x = it.next(); x !== STOP; x = it.next()) addItem(s, x);
  return s;
}

function addItem(s: PySet, v: Value, k = hashKey(v)): void {
  if (!s.map.has(k)) s.map.set(k, v);
}

/** `set_copy`: the same table. */
export function copySet(s: PySet, frozen = s.frozen): PySet {
  return newSet(s, frozen);
}

/** `a | b`, `a.union(*others)`: a copy of `s`, updated with each. */
export function union(s: PySet, others: readonly Value[]): PySet {
  const t = new SetTable();
  t.merge(SetTable.of(s));
  for (const o of others) updateTable(t, o);
  return t.toSet(s.frozen);
}

/** `set_intersection`: iterates the smaller set (or the iterable), keeps what the other has. */
export function intersection(s: PySet, other: Value): PySet {
  if (other === s) return copySet(s);
  const out = new PySet(s.frozen);
  if (other instanceof PySet) {
    let [big, small] = [s, other];
    if (other.map.size > s.map.size) [big, small] = [other, s];
    for (const [v, k] of SetTable.of(small).entries()) if (big.map.has(k)) addItem(out, v, k);
  } else {
    const it = getIter(other);
    for (let x = it.next(); x !== STOP; x = it.next()) {
      const k = hashKey(x);
      if (s.map.has(k)) addItem(out, x, k);
    }
  }
  return out;
}

/** `set_difference_update_internal`: removals leave dummies, resized away past a quarter. */
export function differenceUpdateTable(t: SetTable, other: Value): void {
  if (other instanceof PySet)
    for (const [v, k, h] of SetTable.of(other).entries()) t.discard(v, k, h);
  else {
    const it = getIter(other);
    for (let x = it.next(); x !== STOP; x = it.next()) t.discard(x, hashKey(x));
  }
  t.shrink();
}

/** `set_difference`: the items of `s` not in `other`. */
export function difference(s: PySet, other: Value): PySet {
  const otherSize =
    other instanceof PySet ? other.map.size : exactDict(other) ? other.map.size : null;
  if (otherSize === null || s.map.size >> 2 > otherSize) {
    const t = SetTable.of(copySet(s));
    differenceUpdateTable(t, other);
    return t.toSet(s.frozen);
  }
  const out = new PySet(s.frozen);
  const has = (k: unknown) => (other as PySet | PyDict).map.has(k);
  for (const [v, k] of SetTable.of(s).entries()) if (!has(k)) addItem(out, v, k);
  return out;
}

/** `set_symmetric_difference_update`: each item of `other` (made a set) removed or added. */
export function symmetricUpdateTable(t: SetTable, other: Value): void {
  const o = other instanceof PySet ? SetTable.of(other) : SetTable.of(newSet(other, false));
  for (const [v, k, h] of o.entries()) {
    if (t.has(k, h)) t.discard(v, k, h);
    else t.add(v, k, h);
  }
}

/** `set_symmetric_difference`: the set of `other`, updated with `s`. */
export function symmetricDifference(s: PySet, other: Value): PySet {
  const t = SetTable.of(newSet(other, false));
  symmetricUpdateTable(t, s);
  return t.toSet(s.frozen);
}

/** `a OP b` for two sets or frozensets. */
export function setBinop(op: string, a: PySet, b: PySet): PySet {
  switch (op) {
    case '|':
      return union(a, [b]);
    case '&':
      return intersection(a, b);
    case '-':
      return difference(a, b);
    default:
      return symmetricDifference(a, b);
  }
}

/** `s OP= other` for a set and a set: changes `s` (`set_ior`, `set_iand`, ...). */
export function setInplace(op: string, s: PySet, other: PySet): PySet {
  if (op === '&') {
    adopt(s, SetTable.of(intersection(s, other)));
    return s;
  }
  const t = ownTable(s);
  if (op === '|') updateTable(t, other);
  else if (op === '-') differenceUpdateTable(t, other);
  else symmetricUpdateTable(t, other);
  adopt(s, t);
  return s;
}
