/**
 * The class syntax of `typing.NamedTuple` and `typing.TypedDict` (CPython's
 * `NamedTupleMeta` and `_TypedDictMeta`): a class of annotated fields that becomes a named
 * tuple class, or a class whose call makes a plain dict. Bodies with more than fields (and
 * a docstring) are refused.
 */
import { NamedTupleType } from '../collections/namedtuple';
import { NotSupportedError, attributeError, typeError, valueError } from '../errors';
import { repr } from '../repr';
import { callValue } from '../protocol';
import type { Value } from '../values';
import {
  PyBoundMethod,
  PyBuiltin,
  PyDict,
  PyFloat,
  PyFunction,
  PyList,
  PyTuple,
  PyType,
  Types,
} from '../values';

function unsupportedCall(name: string): PyBuiltin {
  return new PyBuiltin(
    name,
    () => {
      throw new NotSupportedError(`the functional form of typing.${name}`, name);
    },
    undefined,
    'function',
  );
}

/** `typing.NamedTuple` and `typing.TypedDict` (functions in CPython, bases by `__mro_entries__`). */
export const NamedTuple = unsupportedCall('NamedTuple');
export const TypedDict = unsupportedCall('TypedDict');

/** The TypedDict classes the program made (isinstance refuses them). */
const typedDicts = new WeakSet<PyType>();

export function isTypedDict(t: Value): boolean {
  return t instanceof PyType && typedDicts.has(t);
}

/** The fields a class body annotated, in order. */
function annotations(ns: Map<string, Value>): [string, Value][] {
  const d = ns.get('__annotations__');
  if (!(d instanceof PyDict)) return [];
  return [...d.map.values()].map(([k, v]) => [k as string, v]);
}

/** Refuses what a NamedTuple or TypedDict body holds beyond its fields and docstring. */
function onlyFields(ns: Map<string, Value>, kind: string, fieldsWithValues: boolean): void {
  const fields = new Set(annotations(ns).map(([k]) => k));
  for (const k of ns.keys()) {
    if (['__module__', '__qualname__', '__annotations__', '__doc__'].includes(k)) continue;
    if (fieldsWithValues && fields.has(k)) continue;
    throw new NotSupportedError(`'${k}' in a typing.${kind} class body`, k);
  }
}

/**
 * The class a `class` statement makes when a base is `NamedTuple` or `TypedDict` (or a
 * TypedDict class), else null.
 */
export function typingClass(
  name: string,
  qualname: string,
  bases: Value[],
  ns: Map<string, Value>,
): PyType | null {
  if (bases.includes(NamedTuple)) return namedTupleClass(name, qualname, bases, ns);
  if (bases.some((b) => b === TypedDict || isTypedDict(b)))
    return typedDictClass(name, qualname, bases, ns);
  return null;
}

function namedTupleClass(
  name: string,
  qualname: string,
  bases: Value[],
  ns: Map<string, Value>,
): PyType {
  if (bases.some((b) => b !== NamedTuple))
    throw new NotSupportedError('a typing.NamedTuple class with other bases', name);
  if (qualname !== name) throw new NotSupportedError('a nested typing.NamedTuple class', name);
  const fields = annotations(ns);
  const defaults: string[] = [];
  for (const [f] of fields) {
    if (ns.has(f)) defaults.push(f);
    else if (defaults.length) {
      throw typeError(
        `Non-default namedtuple field ${f} cannot follow default field${defaults.length > 1 ? 's' : ''} ${defaults.join(', ')}`,
      );
    }
  }
  for (const [f] of fields)
    if (f.startsWith('_'))
      throw valueError(`Field names cannot start with an underscore: ${repr(f)}`);
  const module = ns.get('__module__');
  const t = new NamedTupleType(
    name,
    fields.map(([f]) => f),
    defaults.map((f) => ns.get(f)!),
    typeof module === 'string' ? module : '__main__',
  );
  t.statics.set('_field_defaults', t.fieldDefaults());
  t.statics.set('__annotations__', ns.get('__annotations__') ?? new PyDict());
  addMembers(t, ns);
  if (ns.has('__doc__')) t.statics.set('__doc__', ns.get('__doc__')!);
  return t;
}

const PROHIBITED = new Set(
  '__new__ __init__ __slots__ __getnewargs__ _fields _field_defaults _make _replace _asdict _source'.split(
    ' ',
  ),
);
const DATA = (v: Value) =>
  v === null ||
  ['string', 'number', 'bigint', 'boolean'].includes(typeof v) ||
  v instanceof PyFloat;

/**
 * The methods and plain class attributes of a NamedTuple body, as NamedTupleMeta copies
 * them onto the class: a method reads through its instances as a bound method. Special
 * methods, descriptors and other values are refused.
 */
function addMembers(t: NamedTupleType, ns: Map<string, Value>): void {
  for (const [k, v] of ns) {
    if (PROHIBITED.has(k)) throw attributeError(`Cannot overwrite NamedTuple attribute ${k}`);
    if (['__module__', '__qualname__', '__annotations__', '__doc__'].includes(k)) continue;
    if (t.fields.includes(k)) continue;
    if (/^__\w+__$/.test(k) || !(v instanceof PyFunction || DATA(v)))
      throw new NotSupportedError(`'${k}' in a typing.NamedTuple class body`, k);
    t.statics.set(k, v);
    if (v instanceof PyFunction) t.props.set(k, (self) => new PyBoundMethod(v, self));
  }
}

function typedDictClass(
  name: string,
  qualname: string,
  bases: Value[],
  ns: Map<string, Value>,
): PyType {
  for (const b of bases) {
    if (b !== TypedDict && !isTypedDict(b))
      throw typeError('cannot inherit from both a TypedDict type and a non-TypedDict base class');
  }
  onlyFields(ns, 'TypedDict', false);
  const all = new PyDict();
  const own = ns.get('__annotations__');
  for (const b of bases) {
    const a = b instanceof PyType ? b.user?.dict.get('__annotations__') : undefined;
    if (a instanceof PyDict) for (const [h, e] of a.map) all.map.set(h, e);
  }
  if (own instanceof PyDict) for (const [h, e] of own.map) all.map.set(h, e);
  const keys = new PyList([...all.map.values()].map(([k]) => k));
  const cls = new PyType(name, Types.dict, null, '__main__');
  const dict = new Map<string, Value>(ns);
  dict.delete('__qualname__');
  if (!dict.has('__doc__')) dict.set('__doc__', null);
  dict.set('__annotations__', all);
  dict.set('__required_keys__', callValue(Types.frozenset, [keys], null));
  dict.set('__optional_keys__', callValue(Types.frozenset, [], null));
  dict.set('__readonly_keys__', callValue(Types.frozenset, [], null));
  dict.set('__mutable_keys__', callValue(Types.frozenset, [keys], null));
  dict.set('__orig_bases__', new PyTuple(bases));
  dict.set('__total__', true);
  cls.user = {
    qualname,
    line: 0,
    bases: [Types.dict],
    mro: [cls, Types.dict, Types.object],
    dict,
  };
  cls.construct = (a, kw) => callValue(Types.dict, a, kw);
  typedDicts.add(cls);
  return cls;
}
