/**
 * The module functions that read dataclasses: `fields`, `is_dataclass`, `asdict` and
 * `astuple` (deep copies through lists, tuples, dicts and nested dataclasses, as
 * `_asdict_inner`/`_astuple_inner`), and `replace`. What CPython would hand to
 * `copy.deepcopy` (other objects) is refused, but for sets of plain values.
 */
import { PyNamedTuple } from '../collections/namedtuple';
import { PyDefaultDict } from '../collections/defaultdict';
import { dictSet } from '../dicts';
import { NotSupportedError, typeError } from '../errors';
import { toArray } from '../iter';
import { PyProperty } from '../object-values';
import { truthOf } from '../user-special';
import { callValue, getAttr } from '../protocol';
import { repr } from '../repr';
import type { NativeFn, Value } from '../values';
import {
  PyBuiltin,
  PyDict,
  PyFloat,
  PyFunction,
  PyList,
  PyObject,
  PyRange,
  PySet,
  PyTuple,
  PyType,
  Types,
  typeName,
  typeOf,
} from '../values';
import { MISSING, fieldsOf } from './field';
import type { PyField } from './field';

/** `type(v) in _ATOMIC_TYPES`: values asdict/astuple return as they are. */
function isAtomic(v: Value): boolean {
  if (!(v instanceof PyObject)) return true;
  return (
    v instanceof PyFloat ||
    v instanceof PyFunction ||
    v instanceof PyBuiltin ||
    v instanceof PyType ||
    v instanceof PyRange ||
    v instanceof PyProperty
  );
}

function dataclassFields(v: Value): PyField[] | null {
  return fieldsOf(typeOf(v));
}

/** `copy.deepcopy(v)` for what the simulator can copy; refused otherwise. */
function deepcopy(v: Value, fn: string): Value {
  if (v instanceof PySet && [...v.map.values()].every(isAtomic)) {
    const s = new PySet(v.frozen);
    for (const [k, x] of v.map) s.map.set(k, x);
    return s;
  }
  throw new NotSupportedError(`${fn}() of a field holding a ${typeName(v)} (copy.deepcopy)`, fn);
}

function realFields(fs: PyField[]): PyField[] {
  return fs.filter((f) => f.kind === '_FIELD');
}

function asdictInner(v: Value, factory: Value): Value {
  if (isAtomic(v)) return v;
  const fs = dataclassFields(v);
  if (fs) {
    const pairs = realFields(fs).map((f): [string, Value] => [
      f.name as string,
      asdictInner(getAttr(v, f.name as string), factory),
    ]);
    if (factory === Types.dict) {
      const d = new PyDict();
      for (const [k, x] of pairs) dictSet(d, k, x);
      return d;
    }
    return callValue(factory, [new PyList(pairs.map((p) => new PyTuple(p)))], null);
  }
  const t = typeOf(v);
  const inner = (x: Value): Value => asdictInner(x, factory);
  if (t === Types.list) return new PyList(toArray(v).map(inner));
  if (t === Types.dict) return mapDict(v as PyDict, new PyDict(), inner);
  if (t === Types.tuple) return new PyTuple(toArray(v).map(inner));
  if (v instanceof PyNamedTuple) return callValue(t, toArray(v).map(inner), null);
  if (v instanceof PyDefaultDict) return mapDict(v, new PyDefaultDict(v.factory), inner);
  if (v instanceof PyDict) return callValue(t, [pairList(v, inner)], null);
  return deepcopy(v, 'asdict');
}

function astupleInner(v: Value, factory: Value): Value {
  if (isAtomic(v)) return v;
  const fs = dataclassFields(v);
  const inner = (x: Value): Value => astupleInner(x, factory);
  if (fs) {
    const items = realFields(fs).map((f) => inner(getAttr(v, f.name as string)));
    return callValue(factory, [new PyList(items)], null);
  }
  const t = typeOf(v);
  if (v instanceof PyNamedTuple) return callValue(t, toArray(v).map(inner), null);
  if (v instanceof PyList) return new PyList(toArray(v).map(inner));
  if (v instanceof PyTuple) return new PyTuple(toArray(v).map(inner));
  if (v instanceof PyDefaultDict) return mapDict(v, new PyDefaultDict(v.factory), inner);
  if (t === Types.dict) return mapDict(v as PyDict, new PyDict(), inner);
  if (v instanceof PyDict) return callValue(t, [pairList(v, inner)], null);
  return deepcopy(v, 'astuple');
}

function mapDict(src: PyDict, out: PyDict, inner: (x: Value) => Value): PyDict {
  for (const [k, x] of [...src.map.values()]) dictSet(out, inner(k), inner(x));
  return out;
}

function pairList(src: PyDict, inner: (x: Value) => Value): PyList {
  return new PyList([...src.map.values()].map(([k, x]) => new PyTuple([inner(k), inner(x)])));
}

/** The one positional argument `obj` of `name(obj, /, *, ...)`, and its allowed keywords. */
function oneArg(name: string, a: Value[], kw: Map<string, Value> | null, keys: string[]): Value {
  if (a.length > 1)
    throw typeError(`${name}() takes 1 positional argument but ${a.length} were given`);
  for (const k of kw?.keys() ?? [])
    if (!keys.includes(k)) throw typeError(`${name}() got an unexpected keyword argument '${k}'`);
  if (a.length === 0) throw typeError(`${name}() missing 1 required positional argument: 'obj'`);
  return a[0]!;
}

export const functions: Record<string, NativeFn> = {
  fields: (a, kw) => {
    const arg = kw?.get('class_or_instance');
    const n = a.length + (kw?.size ?? 0);
    if (n > 1) throw typeError(`fields() takes 1 positional argument but ${n} were given`);
    if (n === 0 || (kw?.size && arg === undefined))
      throw typeError(`fields() missing 1 required positional argument: 'class_or_instance'`);
    const v = a.length ? a[0]! : arg!;
    const fs = fieldsOf(v instanceof PyType ? v : typeOf(v));
    if (!fs) throw typeError('must be called with a dataclass type or instance');
    return new PyTuple(realFields(fs));
  },
  is_dataclass: (a, kw) => {
    const v = oneArg('is_dataclass', a, kw, []);
    return fieldsOf(v instanceof PyType ? v : typeOf(v)) !== null;
  },
  asdict: (a, kw) => {
    const v = oneArg('asdict', a, kw, ['dict_factory']);
    if (!dataclassFields(v) || v instanceof PyType)
      throw typeError('asdict() should be called on dataclass instances');
    return asdictInner(v, kw?.has('dict_factory') ? kw.get('dict_factory')! : Types.dict);
  },
  astuple: (a, kw) => {
    const v = oneArg('astuple', a, kw, ['tuple_factory']);
    if (!dataclassFields(v) || v instanceof PyType)
      throw typeError('astuple() should be called on dataclass instances');
    return astupleInner(v, kw?.has('tuple_factory') ? kw.get('tuple_factory')! : Types.tuple);
  },
  replace: (a, kw) => {
    if (a.length > 1)
      throw typeError(`replace() takes 1 positional argument but ${a.length} were given`);
    if (a.length === 0) throw typeError(`replace() missing 1 required positional argument: 'obj'`);
    const v = a[0]!;
    if (!dataclassFields(v) || v instanceof PyType)
      throw typeError('replace() should be called on dataclass instances');
    return replaceChanges(v, kw);
  },
};

/** `_replace(obj, **changes)`: a new instance with the changes and the other init fields. */
export function replaceChanges(v: Value, kw: Map<string, Value> | null): Value {
  const fs = dataclassFields(v) ?? [];
  const changes = new Map(kw ?? []);
  for (const f of fs) {
    const name = f.name as string;
    if (f.kind === '_FIELD_CLASSVAR') continue;
    if (!truthOf(f.init)) {
      if (changes.has(name)) {
        throw typeError(
          `field ${name} is declared with init=False, it cannot be specified with replace()`,
        );
      }
      continue;
    }
    if (!changes.has(name)) {
      if (f.kind === '_FIELD_INITVAR' && f.defaultValue === MISSING)
        throw typeError(`InitVar ${repr(name)} must be specified with replace()`);
      changes.set(name, getAttr(v, name));
    }
  }
  return callValue(typeOf(v), [], changes);
}
