/**
 * The order CPython iterates a set in. For ints, whose hash is the value, we rebuild
 * CPython's open-addressing table (linear probes, perturbation, resizes) from the
 * insertion order, so `{3, 2, 4}` prints as `{2, 3, 4}` just as it does there. Other
 * element types (str hashes are randomised per process) keep insertion order.
 */
import type { PySet, Value } from './values';

const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;
const P61 = (1n << 61n) - 1n;

function intHash(k: number | bigint): bigint {
  const n = typeof k === 'bigint' ? k : BigInt(k);
  let h = n >= 0n ? n % P61 : -(-n % P61);
  if (h === -1n) h = -2n;
  return h;
}

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

/** The set's values in CPython's iteration order. */
export function setValues(s: PySet): Value[] {
  const keys = [...s.map.keys()];
  if (
    keys.length < 2 ||
    !keys.every((k) => (typeof k === 'number' ? Number.isInteger(k) : typeof k === 'bigint'))
  ) {
    return [...s.map.values()];
  }
  const byHash = new Map<bigint, unknown>();
  const hashes = keys.map((k) => {
    const h = intHash(k as number | bigint);
    byHash.set(h, k);
    return h;
  });
  return orderOfHashes(hashes).map((h) => s.map.get(byHash.get(h))!);
}
