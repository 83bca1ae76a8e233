/** The builtins of classes and attributes: property, staticmethod, classmethod, super, getattr & co. */
import { Exc, PyError, typeError } from './errors';
import { arity } from './method-args';
import { NotImplemented, ObjTypes, isErrorOf } from './objects';
import { delAttr, getAttr, setAttr } from './protocol';
import { builtins, fn } from './builtins-registry';
import type { Value } from './values';
import { typeName } from './values';

for (const t of [ObjTypes.property, ObjTypes.staticmethod, ObjTypes.classmethod, ObjTypes.super])
  builtins.set(t.name, t);
builtins.set('NotImplemented', NotImplemented);

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
