/**
 * The order CPython iterates a set in: we rebuild its open-addressing table (linear
 * probes, perturbation, resizes) from the insertion order and CPython's own hashes, so
 * `{3, 2, 4}` prints as `{2, 3, 4}` just as it does there. Strings hash as they do under
 * PYTHONHASHSEED=0, which the oracle sets.
 */
import { NotSupportedError } from './errors';
import { hashesByAddress, pyHash } from './pyhash';
import type { PySet, Value } from './values';
import { typeName } from './values';

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

/** The set's values in CPython's iteration order (refused where that is not reproducible). */
export function setValues(s: PySet): Value[] {
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
