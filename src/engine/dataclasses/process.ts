/**
 * `@dataclass`: CPython 3.13's `_process_class`, step for step. The fields come from the
 * class's own `__annotations__` after those of its dataclass bases (in reverse MRO order);
 * ClassVar, InitVar and KW_ONLY are told apart as Lib/dataclasses.py does (string
 * annotations too); the methods are made from source text (codegen.ts).
 */
import { NotSupportedError, typeError, valueError } from '../errors';
import { classAttr, lookup } from '../objects';
import { truthOf } from '../user-special';
import { repr } from '../repr';
import { rt } from '../runtime';
import type { Value, PyModule, PyFunction } from '../values';
import {
  PyBuiltin,
  PyDict,
  PyList,
  PyObject,
  PySet,
  PyTuple,
  PyType,
  Types,
  typeOf,
} from '../values';
import { TypingForm } from '../lib/typing';
import { PyDeque } from '../collections/deque';
import { FuncBuilder, createFns, setNewAttribute } from './codegen';
import { replaceChanges } from './functions';
import type { FieldKind, Params } from './field';
import { KW_ONLY, MISSING, PyField, PyInitVar, fieldsOf, initVarType } from './field';
import { methodSources } from './methods';
import { dataclassDoc } from './doc';

const paramsType = new PyType('_DataclassParams', Types.object, null, 'dataclasses');

/** `cls.__dataclass_params__`. */
class DataclassParams extends PyObject {
  constructor(readonly p: Params) {
    super();
  }
  get cls(): PyType {
    return paramsType;
  }
  pyRepr(): string {
    const parts = (Object.entries(this.p) as [string, Value][]).map(([k, v]) => `${k}=${repr(v)}`);
    return `_DataclassParams(${parts.join(',')})`;
  }
}
for (const k of [
  'init',
  'repr',
  'eq',
  'order',
  'unsafe_hash',
  'frozen',
  'match_args',
  'kw_only',
  'slots',
  'weakref_slot',
] as const)
  paramsType.props.set(k, (self) => (self as DataclassParams).p[k]);

function paramsOf(cls: PyType): Params | null {
  const p = lookup(cls, '__dataclass_params__');
  return p instanceof DataclassParams ? p.p : null;
}

/** The module namespace the class was defined in (its methods' globals). */
function moduleGlobals(): Map<string, Value> {
  return rt().frames[0]?.globals ?? new Map<string, Value>();
}

/** Whether `type(v).__hash__ is None`: mutable defaults are refused by that sign. */
function hashIsNone(v: Value): boolean {
  const t = typeOf(v);
  if (t.user) return lookup(t, '__hash__') === null;
  if (v instanceof PySet) return !v.frozen;
  return v instanceof PyList || v instanceof PyDict || v instanceof PyDeque;
}

const MODULE_IDENTIFIER = /^(?:\s*(\w+)\s*\.)?\s*(\w+)/;

/**
 * `_is_type`: does the string annotation name `attr` of `module` (by a bare name in the
 * class's module, or `module.attr` through the module's name there)?
 */
function isTypeString(
  annotation: string,
  module: PyModule | undefined,
  pred: (v: Value | undefined) => boolean,
): boolean {
  const m = MODULE_IDENTIFIER.exec(annotation);
  if (!m || !module) return false;
  const globals = moduleGlobals();
  let ns: Map<string, Value> | null = null;
  if (!m[1]) ns = globals;
  else if (globals.get(m[1]) === module) ns = module.attrs;
  return ns !== null && pred(ns.get(m[2]!));
}

const isClassVar = (v: Value | undefined): boolean =>
  v instanceof TypingForm && v.name === 'ClassVar' && v.kind === 'special';
const isInitVar = (v: Value | undefined): boolean => v === initVarType || v instanceof PyInitVar;
const isKwOnly = (v: Value | undefined): boolean => v === KW_ONLY;

function kindOf(type: Value): FieldKind {
  const modules = rt().modules;
  const typing = modules.get('typing');
  const dc = modules.get('dataclasses');
  const str = typeof type === 'string';
  if (isClassVar(type) || (str && isTypeString(type, typing, isClassVar))) return '_FIELD_CLASSVAR';
  if (isInitVar(type) || (str && isTypeString(type, dc, isInitVar))) return '_FIELD_INITVAR';
  return '_FIELD';
}

/** `_get_field`: the Field of annotation `name: type` of `cls`, checked. */
function getField(cls: PyType, name: string, type: Value, defaultKwOnly: Value): PyField {
  const found = classAttr(cls, name);
  const dflt = found === undefined ? MISSING : found;
  const f =
    dflt instanceof PyField ? dflt : new PyField(dflt, MISSING, true, true, null, true, MISSING);
  f.name = name;
  f.type = type;
  f.kind = kindOf(type);
  if (f.kind !== '_FIELD' && f.defaultFactory !== MISSING)
    throw typeError(`field ${name} cannot have a default factory`);
  if (f.kind !== '_FIELD_CLASSVAR') {
    if (f.kwOnly === MISSING) f.kwOnly = defaultKwOnly;
  } else if (f.kwOnly !== MISSING) {
    throw typeError(`field ${name} is a ClassVar but specifies kw_only`);
  }
  if (f.kind === '_FIELD' && hashIsNone(f.defaultValue)) {
    throw valueError(
      `mutable default ${repr(typeOf(f.defaultValue))} for field ${name} is not allowed: use default_factory`,
    );
  }
  return f;
}

/** The class's own annotations, in order (`inspect.get_annotations(cls)`). */
function ownAnnotations(cls: PyType): [string, Value][] {
  const d = cls.user!.dict.get('__annotations__');
  if (d === undefined) return [];
  if (!(d instanceof PyDict))
    throw new NotSupportedError('__annotations__ that is not a dict', '__annotations__');
  return [...d.map.values()].map(([k, v]) => {
    if (typeof k !== 'string')
      throw new NotSupportedError('an annotation name that is not a str', '__annotations__');
    return [k, v];
  });
}

/** `dataclasses._replace`, a dataclass's `__replace__` (for `copy.replace`). */
function replaceFn(line: number): Value {
  const locals = new Map<string, Value>([
    ['__dataclass_replace__', new PyBuiltin('_replace', (a, kw) => replaceChanges(a[0]!, kw))],
  ]);
  const globals = new Map<string, Value>([['__name__', 'dataclasses']]);
  const body =
    ' def _replace(self, **changes):\n  return __dataclass_replace__(self, **changes)\n return _replace';
  const fn = createFns(body, locals, globals, line) as PyFunction;
  (fn.attrs ??= new Map()).set('__qualname__', '_replace');
  return fn;
}

/** `_process_class`: makes `cls` a dataclass, in place. */
export function processClass(cls: Value, p: Params): Value {
  if (!(cls instanceof PyType) || !cls.user)
    throw new NotSupportedError(
      'dataclass() of something other than a class statement',
      'dataclass',
    );
  if (truthOf(p.slots)) throw new NotSupportedError('dataclass(slots=True)', 'slots');
  const user = cls.user;
  const fields = new Map<string, PyField>();
  user.dict.set('__dataclass_params__', new DataclassParams(p));
  let anyFrozenBase = false;
  let allFrozenBases: boolean | null = null;
  let hasDataclassBases = false;
  for (const b of user.mro.slice(1).reverse()) {
    const baseFields = fieldsOf(b);
    if (baseFields === null) continue;
    hasDataclassBases = true;
    for (const f of baseFields) fields.set(f.name as string, f);
    const frozen = truthOf(paramsOf(b)?.frozen ?? false);
    allFrozenBases = (allFrozenBases ?? true) && frozen;
    anyFrozenBase ||= frozen;
  }

  const annotations = ownAnnotations(cls);
  const clsFields: PyField[] = [];
  let kwOnly = p.kw_only;
  let kwOnlySeen = false;
  const dc = rt().modules.get('dataclasses');
  for (const [name, type] of annotations) {
    if (isKwOnly(type) || (typeof type === 'string' && isTypeString(type, dc, isKwOnly))) {
      if (kwOnlySeen)
        throw typeError(`${repr(name)} is KW_ONLY, but KW_ONLY has already been specified`);
      kwOnlySeen = true;
      kwOnly = true;
    } else clsFields.push(getField(cls, name, type, kwOnly));
  }
  for (const f of clsFields) {
    const name = f.name as string;
    fields.set(name, f);
    if (classAttr(cls, name) instanceof PyField) {
      if (f.defaultValue === MISSING) user.dict.delete(name);
      else user.dict.set(name, f.defaultValue);
    }
  }
  const annotated = new Set(annotations.map(([n]) => n));
  for (const [name, v] of user.dict) {
    if (v instanceof PyField && !annotated.has(name))
      throw typeError(`${repr(name)} is a field but has no type annotation`);
  }
  const frozen = truthOf(p.frozen);
  if (hasDataclassBases) {
    if (anyFrozenBase && !frozen)
      throw typeError('cannot inherit non-frozen dataclass from a frozen one');
    if (allFrozenBases === false && frozen)
      throw typeError('cannot inherit frozen dataclass from a non-frozen one');
  }
  const fieldsDict = new PyDict();
  for (const [k, f] of fields) fieldsDict.map.set(k, [k, f]);
  user.dict.set('__dataclass_fields__', fieldsDict);

  const classHash = user.dict.get('__hash__');
  const hasExplicitHash = !(
    classHash === undefined ||
    (classHash === null && user.dict.has('__eq__'))
  );
  const eq = truthOf(p.eq);
  if (truthOf(p.order) && !eq) throw valueError('eq must be true if order is true');

  const all = [...fields.values()];
  const allInit = all.filter((f) => f.kind !== '_FIELD_CLASSVAR');
  const stdInit = allInit.filter((f) => truthOf(f.init) && !truthOf(f.kwOnly));
  const kwOnlyInit = allInit.filter((f) => truthOf(f.init) && truthOf(f.kwOnly));
  const builder = new FuncBuilder(moduleGlobals());
  methodSources(builder, cls, {
    params: p,
    allInit,
    stdInit,
    kwOnlyInit,
    fieldList: all.filter((f) => f.kind === '_FIELD'),
    hasPostInit: lookup(cls, '__post_init__') !== undefined,
    selfName: fields.has('self') ? '__dataclass_self__' : 'self',
    hasExplicitHash,
  });
  const made = builder.addFnsToClass(cls);
  setNewAttribute(cls, '__replace__', replaceFn(user.line));
  const doc = user.dict.get('__doc__');
  if (!truthOf(doc === undefined ? null : doc))
    user.dict.set('__doc__', dataclassDoc(cls, made.get('__init__'), stdInit, kwOnlyInit));
  if (truthOf(p.match_args))
    setNewAttribute(cls, '__match_args__', new PyTuple(stdInit.map((f) => f.name)));
  if (truthOf(p.weakref_slot)) throw typeError('weakref_slot is True but slots is False');
  return cls;
}
