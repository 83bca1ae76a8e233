/** The builtins of classes and attributes: property, staticmethod, classmethod, super, getattr & co. */
import { Exc, NotSupportedError, PyError, typeError } from './errors';
import { arity } from './method-args';
import { Ellipsis, NotImplemented, ObjTypes, PyInstance, isErrorOf } from './objects';
import { globalsDict, localsDict, namespaceDict } from './namespaces';
import { delAttr, getAttr, setAttr } from './protocol';
import { builtins, fn } from './builtins-registry';
import type { Value } from './values';
import { PyDict, PyFloat, PyList, PySet, PyTuple, Types, typeName } from './values';

for (const t of [ObjTypes.property, ObjTypes.staticmethod, ObjTypes.classmethod, ObjTypes.super])
  builtins.set(t.name, t);
builtins.set('NotImplemented', NotImplemented);
builtins.set('Ellipsis', Ellipsis);

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
