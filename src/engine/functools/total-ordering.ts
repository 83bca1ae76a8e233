/**
 * `functools.total_ordering`: a class decorator that fills in the orderings the class
 * lacks from the one it defines (CPython's `_convert` table, its `_gt_from_lt` and
 * friends ported one by one, so the calls to the class's methods come in its order).
 */
import { NotSupportedError, valueError } from '../errors';
import { lookup } from '../objects';
import { NotImplemented } from '../object-values';
import { richCompare } from '../user-special';
import { truthy } from '../ops';
import { callValue } from '../protocol';
import type { Value } from '../values';
import { PyBuiltin, PyType, typeOf } from '../values';
import { pyFunctionArgs } from './py-args';

type Op = '__lt__' | '__le__' | '__gt__' | '__ge__';

/** `type(self).<root>(self, other)`. */
function root(name: Op, self: Value, other: Value): Value {
  return callValue(lookup(typeOf(self), name)!, [self, other], null);
}

const ne = (a: Value, b: Value): Value => richCompare('!=', a, b);
const eq = (a: Value, b: Value): Value => richCompare('==', a, b);

/** How each missing operation comes from the root: `r` its result (not NotImplemented). */
const CONVERT: Record<Op, [Op, (r: Value, self: Value, other: Value) => Value][]> = {
  __lt__: [
    ['__gt__', (r, a, b) => (truthy(r) ? false : ne(a, b))],
    ['__le__', (r, a, b) => (truthy(r) ? r : eq(a, b))],
    ['__ge__', (r) => !truthy(r)],
  ],
  __le__: [
    ['__ge__', (r, a, b) => (truthy(r) ? eq(a, b) : true)],
    ['__lt__', (r, a, b) => (truthy(r) ? ne(a, b) : r)],
    ['__gt__', (r) => !truthy(r)],
  ],
  __gt__: [
    ['__lt__', (r, a, b) => (truthy(r) ? false : ne(a, b))],
    ['__ge__', (r, a, b) => (truthy(r) ? r : eq(a, b))],
    ['__le__', (r) => !truthy(r)],
  ],
  __ge__: [
    ['__le__', (r, a, b) => (truthy(r) ? eq(a, b) : true)],
    ['__gt__', (r, a, b) => (truthy(r) ? ne(a, b) : r)],
    ['__lt__', (r) => !truthy(r)],
  ],
};

const totalOrdering = new PyBuiltin(
  'total_ordering',
  (a, kw) => {
    const [cls] = pyFunctionArgs('total_ordering', a, kw, ['cls'], 1);
    if (!(cls instanceof PyType && cls.user))
      throw new NotSupportedError(
        'functools.total_ordering of what a class statement did not make',
        'total_ordering',
      );
    const t = cls;
    const ops: Op[] = ['__lt__', '__le__', '__gt__', '__ge__'];
    const roots = ops.filter((op) => lookup(t, op) !== undefined);
    if (roots.length === 0)
      throw valueError('must define at least one ordering operation: < > <= >=');
    // max(roots): __lt__ before __le__ before __gt__ before __ge__
    const r = roots.sort().reverse()[0]!;
    for (const [name, derive] of CONVERT[r]) {
      if (roots.includes(name)) continue;
      const fn = new PyBuiltin(
        name,
        (args) => {
          const [self, other] = pyFunctionArgs(name, args, null, ['self', 'other'], 2);
          const result = root(r, self!, other!);
          return result === NotImplemented ? result : derive(result, self!, other!);
        },
        undefined,
        'function',
      );
      t.user!.dict.set(name, fn);
    }
    return t;
  },
  undefined,
  'function',
);

/** functools' attributes from this file. */
export const totalOrderingAttrs: Record<string, Value> = { total_ordering: totalOrdering };
