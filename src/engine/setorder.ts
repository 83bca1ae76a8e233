/**
 * The order CPython iterates a set in: we rebuild its open-addressing table (linear
 * probes, perturbation, resizes) from the insertion order and CPython's own hashes, so
 * `{3, 2, 4}` prints as `{2, 3, 4}` just as it does there. Strings hash as they do under
 * PYTHONHASHSEED=0, which the oracle sets.
 */
import { NotSupportedError } from './errors';
import { hashesByAddress, pyHash } from './pyhash';
import type { Value } from './values';
import { PySet, keysVersion, typeName } from './values';

const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;

class Table {
  slots: (bigint | null)[];
  mask: number;
  fill = 0;
  constructor(size: number) {
    this.slots = new Array<bigint | null>(size).fill(null);
    this.mask = size - 1;
  }
  insert(h: bigint): void {
    const mask = BigInt(this.mask);
    let perturb = BigInt.asUintN(64, h);
    let i = Number(perturb & mask);
    for (;;) {
      const probes = i + LINEAR_PROBES <= this.mask ? LINEAR_PROBES : 0;
      for (let j = 0; j <= probes; j++) {
        if (this.slots[i + j] === null) {
          this.slots[i + j] = h;
          this.fill++;
          return;
        }
      }
      perturb >>= PERTURB_SHIFT;
      i = Number((BigInt(i) * 5n + 1n + perturb) & mask);
    }
  }
}

function orderOfHashes(hashes: bigint[]): bigint[] {
  let t = new Table(8);
  for (const h of hashes) {
    t.insert(h);
    if (t.fill * 5 >= t.mask * 3) {
      const used = t.fill;
      const minused = used > 50000 ? used * 2 : used * 4;
      let size = 8;
      while (size <= minused) size <<= 1;
      const old = t.slots;
      t = new Table(size);
      for (const x of old) if (x !== null) t.insert(x);
    }
  }
  return t.slots.filter((x): x is bigint => x !== null);
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

/** The table worked out for `s`, while its keys are the ones it was worked out for. */
function exactTable(s: PySet): SetTable | undefined {
  const exact = exactTables.get(s);
  return exact && exact.version === keysVersion(s.map) ? exact.table : undefined;
}

/**
 * The set's values in CPython's iteration order (refused where that is not reproducible):
 * from its table when an operation worked it out, else from adding its items in order.
 */
export function setValues(s: PySet): Value[] {
  const exact = exactTable(s);
  if (exact) return exact.entries().map((e) => e[0]);
  const values = [...s.map.values()];
  if (values.length < 2) return values;
  const hashes: bigint[] = [];
  const byHash = new Map<bigint, Value[]>();
  for (const v of values) {
    const h = pyHash(v);
    if (h === null) refuseUnordered(v);
    hashes.push(h);
    const same = byHash.get(h);
    if (same) same.push(v);
    else byHash.set(h, [v]);
  }
  // Equal hashes (rare collisions) come out in insertion order, each from its own slot.
  return orderOfHashes(hashes).map((h) => byHash.get(h)!.shift()!);
}

/** What a set's table holds where an item was removed. */
const DUMMY = Symbol('dummy');

/** The orders worked out for sets whose history is more than adds, while their keys stay. */
const exactTables = new WeakMap<PySet, { version: number; table: SetTable }>();

/**
 * CPython's table of a set (Objects/setobject.c), for the operations whose result depends
 * on more than the order of adds: removals leave dummies, merges size the table up front.
 * Items are given with their `hashKey`, which decides equality.
 */
export class SetTable {
  private keys: unknown[] = [];
  private hashes: bigint[] = [];
  private values: Value[] = [];
  private mask = 0;
  private fill = 0;
  private used = 0;
  /** An item whose hash is not computed here: the order is not known. */
  private unknown = false;
  constructor() {
    this.alloc(8);
  }
  private alloc(size: number): void {
    this.keys = new Array<unknown>(size).fill(null);
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
      if (key === null) {
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
      if (key === null) return false;
      if (key === k) return true;
    }
    return false;
  }
  /** `set_discard_entry`: the item's slot becomes a dummy. */
  discard(v: Value, k: unknown, h = this.hashOf(v)): void {
    for (const i of this.probe(h)) {
      const key = this.keys[i];
      if (key === null) return;
      if (key === k) {
        this.keys[i] = DUMMY;
        this.values[i] = null;
        this.used--;
        return;
      }
    }
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
      if (this.keys[i] === null) {
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
      if (k !== null && k !== DUMMY) out.push([this.values[i]!, k, this.hashes[i]!]);
    });
    return out;
  }
  /** `set_merge` of another set's table (`so |= other`): sized up front for both. */
  merge(other: SetTable): void {
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
    this.unknown ||= other.unknown;
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
  /** The table of a set as the simulator models it: its items added in insertion order. */
  static of(s: PySet): SetTable {
    const exact = exactTable(s);
    if (exact) return exact.copy();
    const t = new SetTable();
    for (const [k, v] of s.map) t.add(v, k);
    return t;
  }
  private copy(): SetTable {
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
  /** The set these items make, iterating in this table's order where it is known. */
  toSet(): PySet {
    const s = new PySet();
    const entries = this.entries();
    for (const [v, k] of entries) s.map.set(k, v);
    if (!this.unknown) exactTables.set(s, { version: keysVersion(s.map), table: this });
    return s;
  }
}
