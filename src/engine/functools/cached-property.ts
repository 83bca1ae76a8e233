/**
 * `functools.cached_property`: a non-data descriptor that computes the value on the first
 * read from an instance and stores it in the instance's `__dict__` (CPython's Python class).
 */
import { fakeAddress } from '../address';
import { Exc, PyError, typeError } from '../errors';
import { PyInstance } from '../object-values';
import { callValue, getAttr } from '../protocol';
import type { Value } from '../values';
import { PyObject, PyType, Types, typeName } from '../values';
import { makeSubscriptable } from '../lib/typing';
import { pyFunctionArgs } from './py-args';

const cachedPropertyType = new PyType('cached_property', Types.object, null, 'functools');
makeSubscriptable(cachedPropertyType);

class CachedProperty extends PyObject {
  attrname: string | null = null;
  readonly doc: Value;
  constructor(readonly func: Value) {
    super();
    let doc: Value = null;
    try {
      doc = getAttr(func, '__doc__');
    } catch (e) {
      if (!(e instanceof PyError && e.exc.type.isSubclassOf(Exc.AttributeError))) throw e;
    }
    this.doc = doc;
  }
  get cls(): PyType {
    return cachedPropertyType;
  }
  pySetName(name: string): void {
    if (this.attrname === null) this.attrname = name;
    else if (name !== this.attrname)
      throw typeError(
        `Cannot assign the same cached_property to two different names ('${this.attrname}' and '${name}').`,
      );
  }
  /** `__get__` from an instance (whose `__dict__` did not have the name). */
  pyBind(obj: Value): Value {
    if (this.attrname === null)
      throw typeError('Cannot use cached_property instance without calling __set_name__ on it.');
    if (!(obj instanceof PyInstance) || obj.type === Types.object)
      throw typeError(
        `No '__dict__' attribute on '${typeName(obj)}' instance to cache '${this.attrname}' property.`,
      );
    const cached = obj.dict.get(this.attrname);
    if (cached !== undefined) return cached;
    const v = callValue(this.func, [obj], null);
    obj.dict.set(this.attrname, v);
    return v;
  }
  pyRepr(): string {
    return `<functools.cached_property object at ${fakeAddress(this)}>`;
  }
}

cachedPropertyType.construct = (a, kw) => {
  const [func] = pyFunctionArgs('cached_property.__init__', a, kw, ['func'], 1);
  return new CachedProperty(func!);
};
cachedPropertyType.props.set('func', (p) => (p as CachedProperty).func);
cachedPropertyType.props.set('attrname', (p) => (p as CachedProperty).attrname);
cachedPropertyType.props.set('__doc__', (p) => (p as CachedProperty).doc);

/** functools' attributes from this file. */
export const cachedPropertyAttrs: Record<string, Value> = { cached_property: cachedPropertyType };
