/**
 * The `bisect` module, as CPython's C `_bisect`: binary search with `<` only (through the
 * engine's comparison protocol), `key=` applied to the list's items (and, for insort, to
 * the new item once), `lo`/`hi` bounds.
 */
import { compare } from '../compare';
import { typeError, valueError } from '../errors';
import { len } from '../builtins';
import { callMethod, callValue, getItem } from '../protocol';
import type { NativeFn, Value } from '../values';
import { PyBuiltin, PyDict, PyList, PyModule, Types, typeName } from '../values';
import { clinic, ssize } from '../itertools/base';

type Side = 'left' | 'right';

/** The arguments `(a, x, lo=0, hi=None, *, key=None)`. */
function args(
  name: string,
  a: Value[],
  kw: Map<string, Value> | null,
): [Value, Value, number, number, Value] {
  const [seq, x, loArg = 0, hiArg = null, key = null] = clinic(
    name,
    a,
    kw,
    ['a', 'x', 'lo', 'hi'],
    2,
    ['key'],
  );
  const lo = ssize(loArg);
  let hi = -1;
  if (hiArg !== null) {
    if (typeof hiArg !== 'number' && typeof hiArg !== 'bigint' && typeof hiArg !== 'boolean')
      throw typeError(`argument should be integer or None, not '${typeName(hiArg)}'`);
    hi = ssize(hiArg);
  }
  return [seq!, x!, lo, hi, key];
}

function search(side: Side, seq: Value, item: Value, lo: number, hi: number, key: Value): number {
  if (lo < 0) throw valueError('lo must be non-negative');
  if (hi === -1) {
    if (seq instanceof PyDict) throw typeError('dict is not a sequence');
    hi = len(seq);
  }
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let litem = getItem(seq, mid);
    if (key !== null) litem = callValue(key, [litem], null);
    if (side === 'right') {
      if (compare('<', item, litem)) hi = mid;
      else lo = mid + 1;
    } else if (compare('<', litem, item)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const bisectFn =
  (side: Side): NativeFn =>
  (a, kw) => {
    const [seq, x, lo, hi, key] = args(`bisect_${side}`, a, kw);
    return search(side, seq, x, lo, hi, key);
  };

const insortFn =
  (side: Side): NativeFn =>
  (a, kw) => {
    const [seq, x, lo, hi, key] = args(`insort_${side}`, a, kw);
    const index = search(side, seq, key === null ? x : callValue(key, [x], null), lo, hi, key);
    if (seq instanceof PyList && seq.cls === Types.list) {
      const at = Math.min(index, seq.items.length);
      seq.items.splice(at, 0, x);
    } else callMethod(seq, 'insert', [index, x], null);
    return null;
  };

export function makeBisect(): PyModule {
  const attrs = new Map<string, Value>();
  for (const side of ['left', 'right'] as const) {
    attrs.set(`bisect_${side}`, new PyBuiltin(`bisect_${side}`, bisectFn(side)));
    attrs.set(`insort_${side}`, new PyBuiltin(`insort_${side}`, insortFn(side)));
  }
  attrs.set('bisect', attrs.get('bisect_right')!);
  attrs.set('insort', attrs.get('insort_right')!);
  return new PyModule('bisect', attrs);
}
