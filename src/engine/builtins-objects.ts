/** The builtins of classes and attributes: property, staticmethod, classmethod, super, getattr & co. */
import { Exc, NotSupportedError, PyError, isErrorOf, pyErr, typeError } from './errors';
import { arity } from './method-args';
import {
  Ellipsis,
  NotImplemented,
  ObjTypes,
  PyClassMethod,
  PyInstance,
  PyProperty,
  PyStaticMethod,
  PySuper,
} from './object-values';
import { objectDelAttr, objectSetAttr } from './objects';
import { globalsDict, localsDict, namespaceDict } from './namespaces';
import { delAttr, getAttr, setAttr } from './protocol';
import { builtins, fn } from './builtins-registry';
import type { NativeFn, Value } from './values';
import { PyDict, PyFloat, PyList, PySet, PyTuple, PyType, Types, typeName, typeOf } from './values';

for (const t of [ObjTypes.property, ObjTypes.staticmethod, ObjTypes.classmethod, ObjTypes.super])
  builtins.set(t.name, t);
builtins.set('NotImplemented', NotImplemented);
builtins.set('Ellipsis', Ellipsis);

// property, staticmethod, classmethod and super
function ctor(type: PyType, f: NativeFn): void {
  type.construct = f;
}
ctor(ObjTypes.property, (a, kw) => {
  const arg = (i: number, k: string): Value => a[i] ?? kw?.get(k) ?? null;
  return new PyProperty(arg(0, 'fget'), arg(1, 'fset'), arg(2, 'fdel'));
});
for (const [m, i] of [
  ['getter', 0],
  ['setter', 1],
  ['deleter', 2],
] as const) {
  ObjTypes.property.methods.set(m, (self, a) => {
    const p = self as PyProperty;
    const fs = [p.fget, p.fset, p.fdel];
    fs[i] = a[0] ?? null;
    return new PyProperty(fs[0]!, fs[1]!, fs[2]!, p.name);
  });
}
ObjTypes.property.props.set('fget', (self) => (self as PyProperty).fget);
ObjTypes.property.props.set('fset', (self) => (self as PyProperty).fset);
ctor(ObjTypes.staticmethod, (a) => {
  if (a.length !== 1) throw typeError(`staticmethod expected 1 argument, got ${a.length}`);
  return new PyStaticMethod(a[0]!);
});
ctor(ObjTypes.classmethod, (a) => {
  if (a.length !== 1) throw typeError(`classmethod expected 1 argument, got ${a.length}`);
  return new PyClassMethod(a[0]!);
});
ObjTypes.staticmethod.props.set('__func__', (self) => (self as PyStaticMethod).fn);
ObjTypes.classmethod.props.set('__func__', (self) => (self as PyClassMethod).fn);
ctor(ObjTypes.super, (a) => {
  if (a.length === 0) throw pyErr(Exc.RuntimeError, 'super(): no arguments');
  const [cls, obj] = a;
  if (!(cls instanceof PyType))
    throw typeError(`super() argument 1 must be a type, not ${typeName(cls ?? null)}`);
  if (obj === undefined) throw new NotSupportedError('super() with one argument', 'super');
  const ok = obj instanceof PyType ? obj.isSubclassOf(cls) : typeOf(obj).isSubclassOf(cls);
  if (!ok) throw typeError('super(type, obj): obj must be an instance or subtype of type');
  return new PySuper(cls, obj);
});

// object.__setattr__ and object.__delattr__, which a class's own `__setattr__` reaches
// through `super()` and a frozen dataclass's `__init__` calls directly.
Types.object.methods.set('__setattr__', (self, a) => {
  if (a.length !== 2) throw typeError(`expected 2 arguments, got ${a.length}`);
  const name = attrName('__setattr__', a[0]);
  if (!objectSetAttr(self, name, a[1]!)) noAttrDict(self, name);
  return null;
});
Types.object.methods.set('__delattr__', (self, a) => {
  if (a.length !== 1) throw typeError(`expected 1 argument, got ${a.length}`);
  const name = attrName('__delattr__', a[0]);
  if (!objectDelAttr(self, name)) noAttrDict(self, name);
  return null;
});

function noAttrDict(obj: Value, name: string): never {
  throw new NotSupportedError(`object.__setattr__ on ${typeName(obj)} objects`, name);
}

function attrName(fnName: string, v: Value | undefined): string {
  if (typeof v !== 'string')
    throw typeError(`attribute name must be string, not '${typeName(v ?? null)}'`);
  return v;
}

fn('getattr', (a) => {
  if (a.length < 2) throw typeError(`getattr expected at least 2 arguments, got ${a.length}`);
  if (a.length > 3) throw typeError(`getattr expected at most 3 arguments, got ${a.length}`);
  const name = attrName('getattr', a[1]);
  if (a.length === 2) return getAttr(a[0]!, name);
  try {
    return getAttr(a[0]!, name);
  } catch (e) {
    if (isErrorOf(e, Exc.AttributeError)) return a[2]!;
    throw e;
  }
});
fn('hasattr', (a) => {
  arity('hasattr', a, 2);
  const name = attrName('hasattr', a[1]);
  try {
    getAttr(a[0]!, name);
    return true;
  } catch (e) {
    if (e instanceof PyError && e.exc.type.isSubclassOf(Exc.AttributeError)) return false;
    throw e;
  }
});
fn('setattr', (a) => {
  arity('setattr', a, 3);
  setAttr(a[0]!, attrName('setattr', a[1]), a[2]!);
  return null;
});
fn('delattr', (a) => {
  arity('delattr', a, 2);
  delAttr(a[0]!, attrName('delattr', a[1]));
  return null;
});

/** `vars(obj)`: an instance's `__dict__`, live; `vars()`: `locals()`. */
fn('vars', (a, kw) => {
  if (kw?.size) throw typeError('vars() takes no keyword arguments');
  if (a.length > 1) throw typeError(`vars expected at most 1 argument, got ${a.length}`);
  if (a.length === 0) return localsDict();
  const obj = a[0]!;
  if (obj instanceof PyInstance && obj.type !== Types.object) return namespaceDict(obj.dict, false);
  if (
    typeof obj !== 'object' ||
    obj === null ||
    obj instanceof PyInstance ||
    obj instanceof PyList ||
    obj instanceof PyTuple ||
    obj instanceof PyDict ||
    obj instanceof PySet ||
    obj instanceof PyFloat
  ) {
    throw typeError('vars() argument must have __dict__ attribute');
  }
  throw new NotSupportedError(`vars() of a '${typeName(obj)}' object`, 'vars');
});
fn('globals', (a, kw) => {
  if (kw?.size) throw typeError('globals() takes no keyword arguments');
  if (a.length) throw typeError(`globals() takes no arguments (${a.length} given)`);
  return globalsDict();
});
fn('locals', (a, kw) => {
  if (kw?.size) throw typeError('locals() takes no keyword arguments');
  if (a.length) throw typeError(`locals() takes no arguments (${a.length} given)`);
  return localsDict();
});
