/** Storing into a dict: one key (`d[k] = v`), or every item of another dict (`{**d}`). */
import { hashKey } from './compare';
import { typeError } from './errors';
import { repr } from './repr';
import { addedEntry } from './sizes';
import type { Value } from './values';
import { PyDict } from './values';

/** `d[k] = v`: a new key goes last; an existing key keeps its place and its original key object. */
export function dictSet(d: PyDict, k: Value, v: Value): void {
  const key = hashKey(k);
  const old = d.map.get(key);
  if (old) old[1] = v;
  else {
    addedEntry(k, v);
    d.map.set(key, [k, v]);
  }
}

/** `{**src}` and `d.update(src)` for a dict source: every item of `src` into `d`, in order. */
export function mergeDict(d: PyDict, src: Value): void {
  if (!(src instanceof PyDict)) throw typeError(`'${repr(src)}' object is not a mapping`);
  for (const [k, v] of src.map.values()) dictSet(d, k, v);
}
