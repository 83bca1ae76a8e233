/**
 * `super(cls, obj).name`: the attribute of the MRO of `obj`'s type after `cls`, a class
 * statement's or a builtin one (`super().__init__(msg)`, `super().__repr__()`).
 */
import { Exc, attributeError, typeError } from './errors';
import { NotImplemented, PyProperty } from './object-values';
import type { PySuper } from './object-values';
import { bindAttr, mroOf, propertyGet } from './objects';
import type { Value } from './values';
import {
  PyBoundMethod,
  PyBuiltin,
  PyExc,
  PyFunction,
  PyType,
  Types,
  typeName,
  typeOf,
} from './values';

/** `super(cls, obj).name`: the MRO of `obj`'s type after `cls`. */
export function superAttr(s: PySuper, name: string): Value {
  const obj = s.obj;
  const objType = obj instanceof PyType && obj.isSubclassOf(s.thisType) ? obj : typeOf(obj);
  const mro = mroOf(objType);
  for (let i = mro.indexOf(s.thisType) + 1; i < mro.length; i++) {
    const c = mro[i]!;
    if (c.user) {
      const v = c.user.dict.get(name);
      if (v === undefined) continue;
      if (v instanceof PyFunction || (v instanceof PyBuiltin && v.kind === 'function'))
        return obj === objType ? v : new PyBoundMethod(v, obj);
      if (v instanceof PyProperty && obj !== objType) return propertyGet(v, obj);
      return bindAttr(v, obj, objType);
    }
    const native = nativeMethod(c, name);
    if (native) return new PyBuiltin(name, (a, kw) => native(obj, a, kw), obj);
  }
  throw attributeError(`'super' object has no attribute '${name}'`);
}

type Method = (self: Value, args: Value[], kwargs: Map<string, Value> | null) => Value;

/** The builtin special methods user code reaches explicitly (`super().__init__(msg)`). */
function nativeMethod(c: PyType, name: string): Method | undefined {
  if (c === Exc.BaseException && name === '__init__') {
    return (self, args, kw) => {
      if (kw?.size) throw typeError(`${typeName(self)}() takes no keyword arguments`);
      if (self instanceof PyExc) self.args = [...args];
      return null;
    };
  }
  if (c === Types.object && name === '__init__') {
    return (self, args) => {
      if (args.length) {
        throw typeError(
          'object.__init__() takes exactly one argument (the instance to initialize)',
        );
      }
      return null;
    };
  }
  if (c === Types.object && (name === '__eq__' || name === '__ne__')) {
    return (self, args) => (self === args[0] ? name === '__eq__' : NotImplemented);
  }
  if (c === Types.object && (name === '__setattr__' || name === '__delattr__'))
    return Types.object.methods.get(name);
  if (c === Types.object && (name === '__repr__' || name === '__str__'))
    return (self) => reprHook(self, name === '__repr__' ? 'repr' : 'str');
  if (c === Exc.BaseException && (name === '__repr__' || name === '__str__'))
    return (self) => reprHook(self, name === '__repr__' ? 'excrepr' : 'excstr');
  return c.methods.get(name);
}

/** repr.ts's default repr and str, for `super().__repr__()`; set by repr.ts. */
type ReprKind = 'repr' | 'str' | 'excrepr' | 'excstr';
let reprHook: (v: Value, kind: ReprKind) => string = () => '';
export function setReprHook(h: (v: Value, kind: ReprKind) => string): void {
  reprHook = h;
}
