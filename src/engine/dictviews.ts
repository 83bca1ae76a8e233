/**
 * `dict.keys()`, `dict.values()` and `dict.items()`: live views of a dict, as
 * Objects/dictobject.c has them. Keys and items views are set-like (`&`, `|`, `-`, `^`
 * give sets, `==` and `<=` compare with sets and other views, `isdisjoint`); a values view
 * is only iterable and sized, and equal to nothing but itself.
 */
import { STOP } from './coro';
import { contains, eq, hashKey } from './compare';
import { dictIterator, dictReverseIterator, getIter } from './iter';
import type { DictPart, PyIterator } from './iter';
import { arity, def } from './method-args';
import { repr } from './repr';
import { SetTable, setValues } from './setorder';
import { differenceUpdateTable, exactDict, symmetricUpdateTable, updateTable } from './setops';
import type { Iter } from './slots';
import type { Value, PyDict } from './values';
import { PyObject, PySet, PyTuple, PyType, Types } from './values';

const viewTypes: Record<DictPart, PyType> = {
  keys: new PyType('dict_keys', Types.object),
  values: new PyType('dict_values', Types.object),
  items: new PyType('dict_items', Types.object),
};

/** A live view of a dict's keys, values or items. */
export class PyDictView extends PyObject {
  constructor(
    readonly dict: PyDict,
    readonly part: DictPart,
  ) {
    super();
  }
  get cls(): PyType {
    return viewTypes[this.part];
  }
  /** Keys and items views compare as sets and so have no hash; a values view hashes by identity. */
  get pyUnhashable(): string | undefined {
    return this.part === 'values' ? undefined : this.cls.name;
  }
  pyLen(): number {
    return this.dict.map.size;
  }
  pyIter(): PyIterator {
    return dictIterator(this.dict, this.part);
  }
  pyReversed(): PyIterator {
    return dictReverseIterator(this.dict, this.part);
  }
  pyContains(item: Value): boolean {
    if (this.part === 'keys') return this.dict.map.has(hashKey(item));
    if (this.part === 'items') {
      // `dictitems_contains`: a 2-tuple whose key is there with an equal value
      if (!(item instanceof PyTuple) || item.items.length !== 2) return false;
      const e = this.dict.map.get(hashKey(item.items[0]!));
      return e !== undefined && (e[1] === item.items[1] || eq(e[1], item.items[1]!));
    }
    // a values view has no `__contains__`: `in` iterates it
    const it = this.pyIter();
    for (let x = it.next(); x !== STOP; x = it.next()) if (x === item || eq(x, item)) return true;
    return false;
  }
  pyEq(other: Value): boolean | undefined {
    if (!isSetLike(this) || !(isSetLike(other) || other instanceof PySet)) return undefined;
    return length(this) === length(other) && allContainedIn(this, other);
  }
  /** `<`, `<=`, `>`, `>=` with a set or another set-like view (`dictview_richcompare`). */
  pyOrder(op: string, other: Value): boolean | undefined {
    if (!isSetLike(this) || !(isSetLike(other) || other instanceof PySet)) return undefined;
    const a = length(this);
    const b = length(other);
    switch (op) {
      case '<':
        return a < b && allContainedIn(this, other);
      case '<=':
        return a <= b && allContainedIn(this, other);
      case '>':
        return a > b && allContainedIn(other, this);
      case '>=':
        return a >= b && allContainedIn(other, this);
    }
    return undefined;
  }
  pyBinop(op: string, other: Value): Value | undefined {
    return isSetLike(this) ? viewSetOp(op, this, other) : undefined;
  }
  /** `other OP self`, when `other`'s type has no such operator with a view. */
  pyRBinop(op: string, other: Value): Value | undefined {
    return isSetLike(this) ? viewSetOp(op, other, this) : undefined;
  }
  pyRepr(): string {
    const items: string[] = [];
    const it = this.pyIter();
    for (let x = it.next(); x !== STOP; x = it.next()) items.push(repr(x));
    return `${this.cls.name}([${items.join(', ')}])`;
  }
}

function isSetLike(v: Value): v is PyDictView {
  return v instanceof PyDictView && v.part !== 'values';
}

function length(v: PyDictView | PySet): number {
  return v instanceof PySet ? v.map.size : v.pyLen();
}

/** `all_contained_in`: every item of `a` is `in` `b`. */
function allContainedIn(a: Value, b: Value): boolean {
  const it = getIter(a);
  for (let x = it.next(); x !== STOP; x = it.next()) if (!contains(b, x)) return false;
  return true;
}

/** `set.add`: an item equal to one already there leaves the first. */
function addTo(s: PySet, v: Value, k = hashKey(v)): void {
  if (!s.map.has(k)) s.map.set(k, v);
}

/** Iterating an operand: a set in its own order. */
function iterOf(v: Value): Iter {
  if (v instanceof PySet) {
    const items = setValues(v);
    let i = 0;
    return { next: () => (i < items.length ? items[i++]! : STOP) };
  }
  return getIter(v);
}

/** `dictviews_to_set`: the set of a view (of its dict, for a keys view) or of the other operand. */
function toSetTable(v: Value): SetTable {
  const t = new SetTable();
  updateTable(t, v instanceof PyDictView && v.part === 'keys' && exactDict(v.dict) ? v.dict : v);
  return t;
}

/**
 * `a OP b` with a keys or items view on either side: `dictviews_sub`, `_or`, `_xor` and
 * `_PyDictView_Intersect`, which build the set from the left operand and update it with
 * the right one (the intersection iterates the smaller side).
 */
function viewSetOp(op: string, a: Value, b: Value): PySet | undefined {
  switch (op) {
    case '&':
      return intersect(a, b);
    case '|': {
      const t = toSetTable(a);
      updateTable(t, b);
      return t.toSet();
    }
    case '-': {
      // `difference_update`: removals leave dummies, resized away past a quarter
      const t = toSetTable(a);
      differenceUpdateTable(t, b);
      return t.toSet();
    }
    case '^':
      if (isSetLike(a) && isSetLike(b) && a.part === 'items' && b.part === 'items')
        return itemsXor(a.dict, b.dict);
      {
        const t = toSetTable(a);
        symmetricUpdateTable(t, b);
        return t.toSet();
      }
  }
  return undefined;
}

function intersect(a: Value, b: Value): PySet {
  let self = a instanceof PyDictView ? a : (b as PyDictView);
  let other = self === a ? b : a;
  if (other instanceof PySet && self.pyLen() <= other.map.size) {
    // `other.intersection(self)`: iterates the view, keeps what the set has
    const out = new PySet();
    const it = self.pyIter();
    for (let x = it.next(); x !== STOP; x = it.next()) {
      const k = hashKey(x);
      if (other.map.has(k)) addTo(out, x, k);
    }
    return out;
  }
  if (isSetLike(other) && other.pyLen() > self.pyLen()) [self, other] = [other, self];
  const out = new PySet();
  const it = iterOf(other);
  for (let x = it.next(); x !== STOP; x = it.next()) if (self.pyContains(x)) addTo(out, x);
  return out;
}

/** `dictitems_xor`: pairs of `b` not equal in `a`, then what is left of `a`. */
function itemsXor(a: PyDict, b: PyDict): PySet {
  const left = new Map(a.map);
  const t = new SetTable();
  for (const [k, [key, v2]] of b.map) {
    const e = left.get(k);
    if (e !== undefined && (e[1] === v2 || eq(e[1], v2))) left.delete(k);
    else {
      const pair = new PyTuple([key, v2]);
      t.add(pair, hashKey(pair));
    }
  }
  for (const [key, v1] of left.values()) {
    const pair = new PyTuple([key, v1]);
    t.add(pair, hashKey(pair));
  }
  return t.toSet();
}

for (const part of ['keys', 'values', 'items'] as const) {
  const t = viewTypes[part];
  def(Types.dict, part, (s, a) => {
    arity(`dict.${part}`, a, 0);
    return new PyDictView(s as PyDict, part);
  });
  if (part === 'values') continue;
  def(t, 'isdisjoint', (s, a) => {
    arity('isdisjoint', a, 1);
    const self = s as PyDictView;
    const other = a[0]!;
    if (other === self) return self.pyLen() === 0;
    // iterates the shorter side when the other is a set or a view too
    if ((other instanceof PySet || isSetLike(other)) && length(other) > self.pyLen()) {
      const it = self.pyIter();
      for (let x = it.next(); x !== STOP; x = it.next()) if (contains(other, x)) return false;
      return true;
    }
    const it = iterOf(other);
    for (let x = it.next(); x !== STOP; x = it.next()) if (self.pyContains(x)) return false;
    return true;
  });
}
