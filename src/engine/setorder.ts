/**
 * The order CPython iterates a set in: each set keeps a model of its open-addressing table
 * (Objects/setobject.c: linear probes, perturbation, dummies left by removals, resizes,
 * merges sized up front), brought up to date from the adds and removals its map logged,
 * with CPython's own hashes, so `{3, 2, 4}` prints as `{2, 3, 4}` just as it does there.
 * Strings hash as they do under PYTHONHASHSEED=0, which the oracle sets.
 */
import { NotSupportedError } from './errors';
import { hashesByAddress, pyHash } from './pyhash';
import type { Value } from './values';
import { PySet, SetMap, typeName } from './values';

const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;

/** What a set's table holds where an item was removed, and where none ever was. */
const DUMMY = Symbol('dummy');
const EMPTY = Symbol('empty');

/**
 * CPython's table of a set. Items are given with their `hashKey`, which decides equality,
 * and their hash (computed here when not given).
 */
export class SetTable {
  private keys: unknown[] = [];
  private hashes: bigint[] = [];
  private values: Value[] = [];
  private mask = 0;
  private fill = 0;
  private used = 0;
  /** An item whose hash is not computed here was added: the order is not known. */
  unknown = false;
  constructor() {
    this.alloc(8);
  }
  private alloc(size: number): void {
    this.keys = new Array<unknown>(size).fill(EMPTY);
    this.hashes = new Array<bigint>(size).fill(0n);
    this.values = new Array<Value>(size).fill(null);
    this.mask = size - 1;
  }
  get size(): number {
    return this.used;
  }
  /** The slots a hash probes, in order (linear probes, then perturbation). */
  private *probe(h: bigint): Generator<number> {
    const mask = BigInt(this.mask);
    let perturb = BigInt.asUintN(64, h);
    let i = Number(perturb & mask);
    for (;;) {
      const probes = i + LINEAR_PROBES <= this.mask ? LINEAR_PROBES : 0;
      for (let j = 0; j <= probes; j++) yield i + j;
      perturb >>= PERTURB_SHIFT;
      i = Number((BigInt(i) * 5n + 1n + perturb) & mask);
    }
  }
  private hashOf(v: Value): bigint {
    const h = pyHash(v);
    if (h === null) this.unknown = true;
    return h ?? 0n;
  }
  /** `set_add_entry`: into the first dummy passed, else the free slot; may grow. */
  add(v: Value, k: unknown, h = this.hashOf(v)): void {
    let free = -1;
    for (const i of this.probe(h)) {
      const key = this.keys[i];
      if (key === EMPTY) {
        const at = free >= 0 ? free : i;
        if (free < 0) this.fill++;
        this.used++;
        this.keys[at] = k;
        this.hashes[at] = h;
        this.values[at] = v;
        if (free < 0 && this.fill * 5 >= this.mask * 3)
          this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
        return;
      }
      if (key === DUMMY) {
        if (free < 0) free = i;
      } else if (key === k) return;
    }
  }
  /** Whether an item with this key is in the table. */
  has(k: unknown, h: bigint): boolean {
    for (const i of this.probe(h)) {
      const key = this.keys[i];
      if (key === EMPTY) return false;
      if (key === k) return true;
    }
    return false;
  }
  /** `set_discard_entry`: the item's slot becomes a dummy. */
  discard(v: Value, k: unknown, h = this.hashOf(v)): void {
    for (const i of this.probe(h)) {
      const key = this.keys[i];
      if (key === EMPTY) return;
      if (key === k) {
        this.removeAt(i);
        return;
      }
    }
  }
  private removeAt(i: number): void {
    this.keys[i] = DUMMY;
    this.values[i] = null;
    this.used--;
  }
  /** `set_table_resize`: a new table for `minused` items, the live ones put back in order. */
  resize(minused: number): void {
    const old = this.entries();
    let size = 8;
    while (size <= minused) size <<= 1;
    this.alloc(size);
    this.fill = this.used = 0;
    for (const [v, k, h] of old) this.insertClean(v, k, h);
  }
  private insertClean(v: Value, k: unknown, h: bigint): void {
    for (const i of this.probe(h)) {
      if (this.keys[i] === EMPTY) {
        this.keys[i] = k;
        this.hashes[i] = h;
        this.values[i] = v;
        this.fill++;
        this.used++;
        return;
      }
    }
  }
  /** The live items in table order, with their keys and hashes. */
  entries(): [Value, unknown, bigint][] {
    const out: [Value, unknown, bigint][] = [];
    this.keys.forEach((k, i) => {
      if (k !== EMPTY && k !== DUMMY) out.push([this.values[i]!, k, this.hashes[i]!]);
    });
    return out;
  }
  /** `set_merge` of another set's table (`so |= other`): sized up front for both. */
  merge(other: SetTable): void {
    this.unknown ||= other.unknown;
    if (other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      this.keys = other.keys.slice();
      this.hashes = other.hashes.slice();
      this.values = other.values.slice();
      this.fill = other.fill;
      this.used = other.used;
    } else if (this.fill === 0) {
      for (const [v, k, h] of other.entries()) this.insertClean(v, k, h);
    } else for (const [v, k, h] of other.entries()) this.add(v, k, h);
  }
  /** `set_update_dict`'s sizing before adding a dict's `n` keys. */
  presize(n: number): void {
    if ((this.fill + n) * 5 >= this.mask * 3) this.resize((this.used + n) * 2);
  }
  /** After `difference_update`: resizes the dummies away when they are over a quarter. */
  shrink(): void {
    if (this.fill - this.used > Math.floor(this.mask / 4))
      this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }
  /** `set_pop`: the first live item from the finger on; the next finger. */
  popAt(finger: number): [Value, unknown, number] | undefined {
    if (this.used === 0) return undefined;
    let i = finger & this.mask;
    while (this.keys[i] === EMPTY || this.keys[i] === DUMMY) i = i === this.mask ? 0 : i + 1;
    const found: [Value, unknown, number] = [this.values[i]!, this.keys[i], i + 1];
    this.removeAt(i);
    return found;
  }
  copy(): SetTable {
    const t = new SetTable();
    t.keys = this.keys.slice();
    t.hashes = this.hashes.slice();
    t.values = this.values.slice();
    t.mask = this.mask;
    t.fill = this.fill;
    t.used = this.used;
    t.unknown = this.unknown;
    return t;
  }
  /** A copy of the table of a set. */
  static of(s: PySet): SetTable {
    return tableOf(s).copy();
  }
  /** The set these items make (a frozenset if `frozen`), its table this one. */
  toSet(frozen = false): PySet {
    const s = new PySet(frozen);
    adopt(s, this);
    return s;
  }
}

/** The table of `s`, brought up to date with what its map logged. */
function tableOf(s: PySet): SetTable {
  return catchUp(s.map);
}

function catchUp(m: SetMap): SetTable {
  let t = m.table as SetTable | null;
  if (!t) m.table = t = new SetTable();
  const log = m.log;
  if (log.length === 0) return t;
  m.log = [];
  for (let i = 0; i < log.length; i += 3) {
    if (log[i] === 1) t.add(log[i + 2] as Value, log[i + 1]);
    else if (log[i] === -1) t.discard(log[i + 2] as Value, log[i + 1]);
    else t.presize(log[i + 1] as number);
  }
  return t;
}

/** `set_update_dict`'s sizing for a dict's `n` keys, before they are added to `s`. */
export function presizeSet(s: PySet, n: number): void {
  s.map.log.push(2, n, null);
}
SetMap.catchUp = catchUp;

/** Makes `t` the table of `s`, its map holding `t`'s items. */
export function adopt(s: PySet, t: SetTable): void {
  const m = s.map;
  const keep = new Set<unknown>();
  for (const [v, k] of t.entries()) {
    keep.add(k);
    if (!m.has(k)) m.set(k, v);
  }
  for (const k of [...m.keys()]) if (!keep.has(k)) m.delete(k);
  m.log = [];
  m.table = t;
}

/** The table of `s` to work on in place: change it, then `adopt` it back. */
export function ownTable(s: PySet): SetTable {
  return tableOf(s);
}

/**
 * Refuses to order a set CPython would order by memory addresses (values hashed by
 * identity: plain objects, functions, classes, tasks...), which differ from run to run
 * there, or by a hash the simulator does not compute.
 */
function refuseUnordered(v: Value): never {
  if (hashesByAddress(v))
    throw new NotSupportedError(
      'the order of a set holding objects hashed by identity (memory addresses in CPython)',
      'for',
    );
  throw new NotSupportedError(`the order of a set holding '${typeName(v)}' objects`, 'for');
}

/** The set's table, refused when an item's hash (so its place) is not known. */
function knownTable(s: PySet): SetTable {
  const t = tableOf(s);
  if (t.unknown) {
    for (const v of s.map.values()) if (pyHash(v) === null) refuseUnordered(v);
    // what made the order unknown is gone: start again from the items there now
    const fresh = new SetTable();
    for (const [k, v] of s.map) fresh.add(v, k);
    s.map.table = fresh;
    return fresh;
  }
  return t;
}

/** The set's values in CPython's iteration order (refused where that is not reproducible). */
export function setValues(s: PySet): Value[] {
  if (s.map.size < 2) return [...s.map.values()];
  return knownTable(s)
    .entries()
    .map((e) => e[0]);
}

/** `set.pop()`: the item CPython's table gives from its finger on, or undefined if empty. */
export function popFromSet(s: PySet): Value | undefined {
  if (s.map.size === 0) return undefined;
  const t = s.map.size === 1 ? tableOf(s) : knownTable(s);
  const found = t.popAt(s.map.finger)!;
  s.map.finger = found[2];
  // the table has it removed already: remove it from the map without a log entry
  s.map.delete(found[1]);
  s.map.log.length = 0;
  return found[0];
}
