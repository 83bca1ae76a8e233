/** `collections.defaultdict`: a dict that makes a missing key's value by calling a factory. */
import { fromkeys } from '../builtins-misc';
import { dictSet } from '../dicts';
import { Exc, PyError, typeError } from '../errors';
import { updateDict } from '../methods';
import { callValue, isCallable } from '../protocol';
import { repr } from '../repr';
import type { Value } from '../values';
import { PyDict, PyExc, PyType, Types } from '../values';
import { makeSubscriptable } from '../lib/typing';

export const defaultdictType = new PyType('defaultdict', Types.dict, null, 'collections');
makeSubscriptable(defaultdictType);

export class PyDefaultDict extends PyDict {
  constructor(public factory: Value) {
    super();
  }
  override get cls(): PyType {
    return defaultdictType;
  }
  /** `__missing__`: the factory's value, stored under the key; a KeyError without one. */
  pyMissing(key: Value): Value {
    if (this.factory === null) throw new PyError(new PyExc(Exc.KeyError, [key]));
    const v = callValue(this.factory, [], null);
    dictSet(this, key, v);
    return v;
  }
  pyRepr(): string {
    return `defaultdict(${repr(this.factory)}, {${[...this.map.values()].map(([k, v]) => `${repr(k)}: ${repr(v)}`).join(', ')}})`;
  }
}

defaultdictType.construct = (a, kw) => {
  const factory = a[0] ?? null;
  if (factory !== null && !isCallable(factory))
    throw typeError('first argument must be callable or None');
  const d = new PyDefaultDict(factory);
  if (a.length > 2) throw typeError(`dict expected at most 1 argument, got ${a.length - 1}`);
  if (a.length === 2) updateDict(d, a[1]!);
  for (const [k, v] of kw ?? []) dictSet(d, k, v);
  return d;
};
defaultdictType.props.set('default_factory', (d) => (d as PyDefaultDict).factory);
defaultdictType.methods.set('copy', (s) => {
  const src = s as PyDefaultDict;
  const d = new PyDefaultDict(src.factory);
  for (const [k, e] of src.map) d.map.set(k, [e[0], e[1]]);
  return d;
});
defaultdictType.statics.set(
  'fromkeys',
  fromkeys(defaultdictType, () => new PyDefaultDict(null)),
);
