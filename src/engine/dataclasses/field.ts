/**
 * The objects of the `dataclasses` module that describe fields, as Lib/dataclasses.py has
 * them: `Field` (what `field()` makes and `fields()` gives back), the sentinels `MISSING`
 * and `KW_ONLY`, `InitVar`, and `FrozenInstanceError`.
 */
import { Exc, NotSupportedError, typeError, valueError } from '../errors';
import { lookup } from '../objects';
import { fakeAddress, repr } from '../repr';
import type { Value } from '../values';
import { PyBuiltin, PyDict, PyExc, PyObject, PyType, Types } from '../values';

const MODULE = 'dataclasses';

/** An object of a private class of the module whose repr is the default one. */
class Sentinel extends PyObject {
  constructor(readonly type: PyType) {
    super();
  }
  get cls(): PyType {
    return this.type;
  }
  pyRepr(): string {
    return `<${MODULE}.${this.type.name} object at ${fakeAddress(this)}>`;
  }
}

const missingType = new PyType('_MISSING_TYPE', Types.object, null, MODULE);
const kwOnlyType = new PyType('_KW_ONLY_TYPE', Types.object, null, MODULE);
/** `dataclasses.MISSING`: no default given. */
export const MISSING: Value = new Sentinel(missingType);
/** `dataclasses.KW_ONLY`: the annotation that makes the fields after it keyword-only. */
export const KW_ONLY: Value = new Sentinel(kwOnlyType);

const factoryType = new PyType('_HAS_DEFAULT_FACTORY_CLASS', Types.object, null, MODULE);
/** The default of an `__init__` parameter whose field has a default factory. */
export const HAS_DEFAULT_FACTORY: Value = new (class extends Sentinel {
  override pyRepr(): string {
    return '<factory>';
  }
})(factoryType);

/** `dataclasses.FrozenInstanceError`, an AttributeError. */
export const FrozenInstanceError = new PyType(
  'FrozenInstanceError',
  Exc.AttributeError,
  null,
  MODULE,
);
FrozenInstanceError.construct = (a) => new PyExc(FrozenInstanceError, a);

/** What a field is: a real one, a ClassVar or an InitVar (`_field_type`). */
export type FieldKind = '_FIELD' | '_FIELD_CLASSVAR' | '_FIELD_INITVAR';

export const fieldType = new PyType('Field', Types.object, null, MODULE);

/** `dataclasses.Field`. */
export class PyField extends PyObject {
  name: Value = null;
  type: Value = null;
  kind: FieldKind | null = null;
  constructor(
    public defaultValue: Value,
    readonly defaultFactory: Value,
    readonly init: Value,
    readonly repr: Value,
    readonly hash: Value,
    readonly compare: Value,
    public kwOnly: Value,
  ) {
    super();
  }
  get cls(): PyType {
    return fieldType;
  }
  pyRepr(): string {
    return (
      `Field(name=${repr(this.name)},type=${repr(this.type)},default=${repr(this.defaultValue)},` +
      `default_factory=${repr(this.defaultFactory)},init=${repr(this.init)},` +
      `repr=${repr(this.repr)},hash=${repr(this.hash)},compare=${repr(this.compare)},` +
      `metadata=mappingproxy({}),kw_only=${repr(this.kwOnly)},_field_type=${this.kind ?? 'None'})`
    );
  }
}

fieldType.construct = () => {
  throw new NotSupportedError('making a dataclasses.Field directly (use field())', 'Field');
};

const FIELD_PROPS: Record<string, (f: PyField) => Value> = {
  name: (f) => f.name,
  type: (f) => f.type,
  default: (f) => f.defaultValue,
  default_factory: (f) => f.defaultFactory,
  init: (f) => f.init,
  repr: (f) => f.repr,
  hash: (f) => f.hash,
  compare: (f) => f.compare,
  kw_only: (f) => f.kwOnly,
};
for (const [k, get] of Object.entries(FIELD_PROPS))
  fieldType.props.set(k, (self) => get(self as PyField));
fieldType.props.set('metadata', () => {
  throw new NotSupportedError('the metadata of a dataclass field', 'metadata');
});

const FIELD_KEYWORDS = [
  'default',
  'default_factory',
  'init',
  'repr',
  'hash',
  'compare',
  'metadata',
  'kw_only',
];

/** `field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, ...)`. */
export function field(a: Value[], kw: Map<string, Value> | null): Value {
  if (a.length) throw typeError(`field() takes 0 positional arguments but ${a.length} were given`);
  for (const k of kw?.keys() ?? []) {
    if (!FIELD_KEYWORDS.includes(k))
      throw typeError(`field() got an unexpected keyword argument '${k}'`);
  }
  const get = (k: string, d: Value): Value => (kw?.has(k) ? kw.get(k)! : d);
  const dflt = get('default', MISSING);
  const factory = get('default_factory', MISSING);
  if (dflt !== MISSING && factory !== MISSING)
    throw valueError('cannot specify both default and default_factory');
  if (get('metadata', null) !== null)
    throw new NotSupportedError('field(metadata=...)', 'metadata');
  return new PyField(
    dflt,
    factory,
    get('init', true),
    get('repr', true),
    get('hash', null),
    get('compare', true),
    get('kw_only', MISSING),
  );
}

export const initVarType = new PyType('InitVar', Types.object, null, MODULE);

/** `InitVar[T]`: a parameter of `__init__` that is passed on to `__post_init__`, not a field. */
export class PyInitVar extends PyObject {
  constructor(readonly type: Value) {
    super();
  }
  get cls(): PyType {
    return initVarType;
  }
  pyRepr(): string {
    const t = this.type;
    const name = t instanceof PyType ? t.name : repr(t);
    return `dataclasses.InitVar[${name}]`;
  }
}
initVarType.construct = (a, kw) => {
  const t = a.length ? a[0] : kw?.get('type');
  if (a.length + (kw?.size ?? 0) !== 1 || t === undefined)
    throw typeError(`InitVar.__init__() missing 1 required positional argument: 'type'`);
  return new PyInitVar(t);
};
initVarType.statics.set(
  '__class_getitem__',
  new PyBuiltin('__class_getitem__', (a) => new PyInitVar(a[0] ?? null)),
);
initVarType.props.set('type', (self) => (self as PyInitVar).type);

/** The fields of a dataclass (`getattr(cls, '__dataclass_fields__', None)`), or null. */
export function fieldsOf(cls: PyType): PyField[] | null {
  const d = cls.user ? lookup(cls, '__dataclass_fields__') : undefined;
  if (!(d instanceof PyDict)) return null;
  return [...d.map.values()].map(([, f]) => f).filter((f): f is PyField => f instanceof PyField);
}

/** The arguments of `dataclass(...)`, as Python values. */
export interface Params {
  init: Value;
  repr: Value;
  eq: Value;
  order: Value;
  unsafe_hash: Value;
  frozen: Value;
  match_args: Value;
  kw_only: Value;
  slots: Value;
  weakref_slot: Value;
}
