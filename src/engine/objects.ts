/**
 * Attributes of `class` statements' classes and their instances: lookup along the MRO with
 * descriptors (functions bind, `property` gets, sets and deletes, `staticmethod` and
 * `classmethod` unwrap), `obj.name`, `C.name`, `obj.name = v`, `del obj.name`, and the
 * special-method lookup the protocol dispatches to (`callSpecial`). The objects themselves
 * are object-values.ts; making the classes is classes.ts; their comparisons, truth, hashing
 * and operators are user-special.ts; `super().name` is super.ts. Python code is called
 * through the slot protocol.ts fills when it loads (`setObjectCall`), so this module stays
 * below the protocol and the evaluator.
 */
import { namespaceDict } from './namespaces';
import { NotSupportedError, attributeError, typeError } from './errors';
import { PyClassMethod, PyInstance, PyProperty, PyStaticMethod } from './object-values';
import type { Value } from './values';
import {
  PyBoundMethod,
  PyBuiltin,
  PyDict,
  PyExc,
  PyFunction,
  PyObject,
  PyTuple,
  PyType,
  Types,
  typeName,
  typeOf,
} from './values';

type Call = (fn: Value, args: Value[], kwargs: Map<string, Value> | null) => Value;
let call: Call = () => {
  throw new Error('the protocol is not loaded');
};
/** Called once by protocol.ts: how objects.ts calls a value. */
export function setObjectCall(c: Call): void {
  call = c;
}

// ---- lookup ----

/** The method resolution order of any type. */
export function mroOf(cls: PyType): PyType[] {
  if (cls.user) return cls.user.mro;
  const out: PyType[] = [];
  for (let c: PyType | null = cls; c; c = c.base) out.push(c);
  return out;
}

/** Is `v` an instance of a class made by a `class` statement? */
export function isUserObject(v: Value): boolean {
  return v instanceof PyObject && v.cls.user !== null;
}

/** `name` in the namespaces of `cls`'s MRO (the class statements' ones), or undefined. */
export function lookup(cls: PyType, name: string): Value | undefined {
  const u = cls.user;
  if (!u) return undefined;
  for (const c of u.mro) {
    const v = c.user?.dict.get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** A class attribute as `obj.name` gives it: functions bind, static and class methods unwrap. */
export function bindAttr(attr: Value, obj: Value, cls: PyType): Value {
  if (attr instanceof PyFunction) return new PyBoundMethod(attr, obj);
  if (attr instanceof PyClassMethod) return new PyBoundMethod(attr.fn, cls);
  if (attr instanceof PyStaticMethod) return attr.fn;
  if (attr instanceof PyProperty) return propertyGet(attr, obj);
  // A function the library writes in Python binds too (a method under @asynccontextmanager).
  if (attr instanceof PyBuiltin && attr.kind === 'function') return new PyBoundMethod(attr, obj);
  // A library descriptor (an lru_cache wrapper, a cached_property): its `__get__`.
  const get = (attr as { pyBind?: (obj: Value) => Value } | null)?.pyBind;
  if (typeof get === 'function') return get.call(attr, obj);
  return attr;
}

/** `p.__get__(obj)`: the property's getter called on `obj`. */
export function propertyGet(p: PyProperty, obj: Value): Value {
  if (p.fget === null) {
    throw attributeError(
      `property${p.name ? ` '${p.name}'` : ''} of '${typeName(obj)}' object has no getter`,
    );
  }
  return call(p.fget, [obj], null);
}

/**
 * Calls the special method `name` of `v`'s class (a `class` statement's), or returns
 * undefined when the class does not define it (the caller falls back to the builtin one).
 */
export function callSpecial(
  v: Value,
  name: string,
  args: Value[],
  kw: Map<string, Value> | null = null,
): Value | undefined {
  const cls = typeOf(v);
  const attr = lookup(cls, name);
  if (attr === undefined) return undefined;
  if (attr === null) {
    if (name === '__hash__') throw typeError(`unhashable type: '${cls.name}'`);
    throw typeError(`'NoneType' object is not callable`);
  }
  if (attr instanceof PyFunction) return call(attr, [v, ...args], kw);
  return call(bindAttr(attr, v, cls), args, kw);
}

/** `obj.name` for an instance of a class statement's class (undefined: try the builtin way). */
export function instanceAttr(obj: Value, name: string): Value | undefined {
  const cls = typeOf(obj);
  if (name === '__dict__') {
    if (obj instanceof PyInstance && obj.type !== Types.object)
      return namespaceDict(obj.dict, false);
    throw new NotSupportedError('the __dict__ of an object', '__dict__');
  }
  const attr = lookup(cls, name);
  if (attr instanceof PyProperty) return propertyGet(attr, obj);
  const own = instanceDict(obj)?.get(name);
  if (own !== undefined) return own;
  if (attr !== undefined) return bindAttr(attr, obj, cls);
  return undefined;
}

function instanceDict(obj: Value): Map<string, Value> | null {
  if (obj instanceof PyInstance) return obj.type === Types.object ? null : obj.dict;
  if (obj instanceof PyExc) return obj.dict;
  return null;
}

/** `C.name` for a class statement's class (undefined: try the builtin way). */
export function classAttr(cls: PyType, name: string): Value | undefined {
  const u = cls.user!;
  switch (name) {
    case '__name__':
      return cls.name;
    case '__qualname__':
      return u.qualname;
    case '__mro__':
      return new PyTuple(u.mro);
    case '__bases__':
      return new PyTuple(u.bases);
    case '__base__':
      return u.bases[0] ?? Types.object;
    case '__dict__':
      throw new NotSupportedError('the __dict__ of a class', '__dict__');
    case '__annotations__': {
      // the class's own (made empty on first use), never a base's
      let d = u.dict.get(name);
      if (d === undefined) u.dict.set(name, (d = new PyDict()));
      return d;
    }
  }
  const attr = lookup(cls, name);
  if (attr instanceof PyClassMethod) return new PyBoundMethod(attr.fn, cls);
  // `enum.property` on the class (`State.name`): its own AttributeError.
  const classGet = (attr as { pyClassGet?: (owner: PyType) => Value } | undefined)?.pyClassGet;
  if (typeof classGet === 'function') return classGet.call(attr, cls);
  if (attr instanceof PyStaticMethod) return attr.fn;
  return attr;
}

/**
 * `obj.name = v` on an instance or a class of a class statement; false: not one of those.
 * A `__setattr__` in the class (a frozen dataclass's) decides; `object.__setattr__` does not.
 */
export function setUserAttr(obj: Value, name: string, v: Value): boolean {
  const cls = typeOf(obj);
  if (cls.user && !(obj instanceof PyType) && lookup(cls, '__setattr__') !== undefined) {
    callSpecial(obj, '__setattr__', [name, v]);
    return true;
  }
  return objectSetAttr(obj, name, v);
}

/** `object.__setattr__(obj, name, v)`: the instance's own attribute (or a property's setter). */
export function objectSetAttr(obj: Value, name: string, v: Value): boolean {
  if (obj instanceof PyType && obj.user) {
    obj.user.dict.set(name, v);
    return true;
  }
  const cls = typeOf(obj);
  if (!cls.user && !(obj instanceof PyExc)) return false;
  if (name === '__dict__')
    throw new NotSupportedError("replacing an object's __dict__", '__dict__');
  const attr = lookup(cls, name);
  if (attr instanceof PyProperty) {
    if (attr.fset === null) {
      throw attributeError(
        `property${attr.name ? ` '${attr.name}'` : ''} of '${cls.name}' object has no setter`,
      );
    }
    call(attr.fset, [obj, v], null);
    return true;
  }
  if (obj instanceof PyExc) {
    if (name === '__cause__' || name === '__context__') {
      if (v !== null && !(v instanceof PyExc))
        throw typeError(`exception cause must be None or derive from BaseException`);
      if (name === '__cause__') {
        obj.cause = v;
        obj.suppressContext = true;
      } else obj.context = v;
      return true;
    }
    if (name === 'args') {
      obj.args = v instanceof PyTuple ? [...v.items] : [v];
      return true;
    }
    (obj.dict ??= new Map()).set(name, v);
    return true;
  }
  const d = instanceDict(obj);
  if (!d) return false;
  d.set(name, v);
  return true;
}

/** `del obj.name`; false: not an object of a class statement's class. */
export function delUserAttr(obj: Value, name: string): boolean {
  const cls = typeOf(obj);
  if (cls.user && !(obj instanceof PyType) && lookup(cls, '__delattr__') !== undefined) {
    callSpecial(obj, '__delattr__', [name]);
    return true;
  }
  return objectDelAttr(obj, name);
}

/** `object.__delattr__(obj, name)`. */
export function objectDelAttr(obj: Value, name: string): boolean {
  if (obj instanceof PyType && obj.user) {
    if (!obj.user.dict.delete(name)) throw attributeError(name);
    return true;
  }
  const cls = typeOf(obj);
  const attr = lookup(cls, name);
  if (attr instanceof PyProperty) {
    if (attr.fdel === null) {
      throw attributeError(
        `property${attr.name ? ` '${attr.name}'` : ''} of '${cls.name}' object has no deleter`,
      );
    }
    call(attr.fdel, [obj], null);
    return true;
  }
  const d = instanceDict(obj);
  if (!d) return false;
  if (!d.delete(name)) throw attributeError(`'${cls.name}' object has no attribute '${name}'`);
  return true;
}
