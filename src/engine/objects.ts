/**
 * Classes made by `class` statements: their instances, the C3 method resolution order,
 * attribute lookup with descriptors (functions bind, `property`, `staticmethod`,
 * `classmethod`), `super`, and the special-method lookup the protocol dispatches to.
 * Python code is called through `objectCall`, the slot protocol.ts fills when it loads,
 * so this module stays below the protocol and the evaluator.
 */
import { PyAsyncGenerator, isAsyncIter } from './coro';
import { rt } from './runtime';
import { has } from './slots';
import { namespaceDict } from './namespaces';
import { Exc, NotSupportedError, PyError, attributeError, pyErr, typeError } from './errors';
import type { NativeFn, UserClass, Value } from './values';
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

function t(name: string): PyType {
  return new PyType(name, Types.object);
}
/** The types of the descriptor and helper objects below. */
export const ObjTypes = {
  property: t('property'),
  staticmethod: t('staticmethod'),
  classmethod: t('classmethod'),
  super: t('super'),
  NotImplementedType: t('NotImplementedType'),
  ellipsis: t('ellipsis'),
};

/** An instance of a class made by a `class` statement (not an exception: those are PyExc). */
export class PyInstance extends PyObject {
  readonly dict = new Map<string, Value>();
  constructor(readonly type: PyType) {
    super();
  }
  get cls(): PyType {
    return this.type;
  }
}

export class PyProperty extends PyObject {
  constructor(
    readonly fget: Value,
    readonly fset: Value,
    readonly fdel: Value,
    /** The name it was assigned to in its class (`__set_name__`), for messages. */
    public name: string | null = null,
  ) {
    super();
  }
  get cls(): PyType {
    return ObjTypes.property;
  }
}

export class PyStaticMethod extends PyObject {
  constructor(readonly fn: Value) {
    super();
  }
  get cls(): PyType {
    return ObjTypes.staticmethod;
  }
}

export class PyClassMethod extends PyObject {
  constructor(readonly fn: Value) {
    super();
  }
  get cls(): PyType {
    return ObjTypes.classmethod;
  }
}

export class PySuper extends PyObject {
  constructor(
    readonly thisType: PyType,
    readonly obj: Value,
  ) {
    super();
  }
  get cls(): PyType {
    return ObjTypes.super;
  }
}

class PyNotImplemented extends PyObject {
  get cls(): PyType {
    return ObjTypes.NotImplementedType;
  }
  pyRepr(): string {
    return 'NotImplemented';
  }
}
export const NotImplemented = new PyNotImplemented();

class PyEllipsis extends PyObject {
  get cls(): PyType {
    return ObjTypes.ellipsis;
  }
  pyRepr(): string {
    return 'Ellipsis';
  }
}
/** `...`, the builtin `Ellipsis`. */
export const Ellipsis = new PyEllipsis();

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

function propertyGet(p: PyProperty, obj: Value): Value {
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
function objectSetAttr(obj: Value, name: string, v: Value): boolean {
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
function objectDelAttr(obj: Value, name: string): boolean {
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

// ---- super ----

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

// ---- making classes ----

/** The name of each binary operator's special method, without underscores. */
export const BINARY_OPS: Record<string, string> = {
  '+': 'add',
  '-': 'sub',
  '*': 'mul',
  '/': 'truediv',
  '//': 'floordiv',
  '%': 'mod',
  '**': 'pow',
  '<<': 'lshift',
  '>>': 'rshift',
  '&': 'and',
  '|': 'or',
  '^': 'xor',
};

/** Special methods the protocol dispatches to; a class defining another one is refused. */
const SPECIAL = new Set(
  (
    '__init__ __repr__ __str__ __eq__ __ne__ __lt__ __le__ __gt__ __ge__ __hash__ __len__ ' +
    '__bool__ __iter__ __next__ __contains__ __getitem__ __setitem__ __delitem__ __call__ ' +
    '__enter__ __exit__ __aenter__ __aexit__ __aiter__ __anext__ __await__ __post_init__ ' +
    '__module__ __qualname__ __doc__ __annotations__ __match_args__ ' +
    BINARY_NAMES()
  ).split(' '),
);

/** `__add__ __radd__ ...`: the binary operators ops.ts dispatches to. */
export function BINARY_NAMES(): string {
  return Object.values(BINARY_OPS)
    .flatMap((n) => [`__${n}__`, `__r${n}__`])
    .join(' ');
}

/** The refusal of a special name in a class body the simulator does not dispatch to, or null. */
export function specialRefusal(name: string): NotSupportedError | null {
  if (!/^__\w+__$/.test(name) || SPECIAL.has(name)) return null;
  return new NotSupportedError(`defining '${name}' in a class`, name);
}

/** The C3 linearisation of a class with `bases`, or CPython's TypeError. */
function c3(cls: PyType, bases: PyType[]): PyType[] {
  const seqs = [...bases.map((b) => [...mroOf(b)]), [...bases]].filter((s) => s.length);
  const out: PyType[] = [cls];
  while (seqs.length) {
    let head: PyType | null = null;
    for (const s of seqs) {
      const h = s[0]!;
      if (!seqs.some((o) => o.indexOf(h) > 0)) {
        head = h;
        break;
      }
    }
    if (!head) {
      const names = seqs.map((s) => s[0]!.name);
      const uniq = names.filter((n, i) => names.indexOf(n) === i);
      throw typeError(
        `Cannot create a consistent method resolution order (MRO) for bases ${uniq.join(', ')}`,
      );
    }
    out.push(head);
    for (const s of seqs) if (s[0] === head) s.shift();
    for (let i = seqs.length - 1; i >= 0; i--) if (seqs[i]!.length === 0) seqs.splice(i, 1);
  }
  return out;
}

/** The type a `class` statement makes, once its body has filled `ns`. */
/** How a metaclass (enum's `EnumType`) makes its classes: the type object itself. */
export interface ClassOptions {
  make(name: string, base: PyType): PyType;
}

export function makeClass(
  name: string,
  qualname: string,
  baseValues: Value[],
  ns: Map<string, Value>,
  line = 0,
  meta?: ClassOptions,
): PyType {
  if (!meta) {
    // A base with a metaclass of its own (an enum) makes the class (`EnumType.__new__`).
    for (const b of baseValues)
      if (has(b, 'pyNewClass')) return b.pyNewClass(name, qualname, baseValues, ns, line);
  }
  const bases: PyType[] = [];
  for (const b of baseValues) {
    if (!(b instanceof PyType)) throw typeError('bases must be types');
    if (bases.includes(b)) throw typeError(`duplicate base class ${b.name}`);
    const allowed =
      b.user !== null ||
      b === Types.object ||
      (b.module === 'builtins' &&
        b.isSubclassOf(Exc.BaseException) &&
        !b.isSubclassOf(Exc.BaseExceptionGroup));
    if (!allowed) throw new NotSupportedError(`subclassing '${b.name}'`, b.name);
    bases.push(b);
  }
  for (const k of ns.keys()) {
    const refusal = specialRefusal(k);
    if (refusal) throw refusal;
  }
  if (ns.has('__eq__') && !ns.has('__hash__')) ns.set('__hash__', null);
  if (!ns.has('__doc__')) ns.set('__doc__', null);
  const base = bases[0] ?? Types.object;
  const cls = meta ? meta.make(name, base) : new PyType(name, base, null, '__main__');
  const user: UserClass = {
    qualname,
    line,
    bases: bases.length ? bases : [Types.object],
    mro: [],
    dict: ns,
  };
  cls.user = user;
  (user as { mro: PyType[] }).mro = c3(cls, user.bases);
  for (const [k, v] of ns) if (v instanceof PyProperty && v.name === null) v.name = k;
  // a library object's `__set_name__` (a cached_property learns its name)
  for (const [k, v] of ns) (v as { pySetName?: (name: string) => void } | null)?.pySetName?.(k);
  cls.construct = (args, kw) => construct(cls, args, kw);
  return cls;
}

function construct(cls: PyType, args: Value[], kw: Map<string, Value> | null): Value {
  const isExc = cls.isSubclassOf(Exc.BaseException);
  const obj: Value = isExc ? new PyExc(cls, [...args]) : new PyInstance(cls);
  if (obj instanceof PyExc) obj.dict = new Map();
  const init = lookup(cls, '__init__');
  if (init !== undefined) {
    // Under construction, the object is held only here: a root for the never-awaited scan
    // (a coroutine `__init__` stores on it lives on with it).
    const temps = rt().temps;
    temps.push(obj);
    let r: Value;
    try {
      r =
        init instanceof PyFunction
          ? call(init, [obj, ...args], kw)
          : call(bindAttr(init, obj, cls), args, kw);
    } finally {
      const i = temps.lastIndexOf(obj);
      if (i >= 0) temps.splice(i, 1);
    }
    if (r !== null) throw typeError(`__init__() should return None, not '${typeName(r)}'`);
  } else if (isExc) {
    if (kw?.size) throw typeError(`${cls.name}() takes no keyword arguments`);
  } else if (args.length || kw?.size) throw typeError(`${cls.name}() takes no arguments`);
  return obj;
}

// ---- builtins: property, staticmethod, classmethod, super ----

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
  const name = attrName(a[0]!);
  if (!objectSetAttr(self, name, a[1]!)) noAttrDict(self, name);
  return null;
});
Types.object.methods.set('__delattr__', (self, a) => {
  if (a.length !== 1) throw typeError(`expected 1 argument, got ${a.length}`);
  const name = attrName(a[0]!);
  if (!objectDelAttr(self, name)) noAttrDict(self, name);
  return null;
});

function attrName(v: Value): string {
  if (typeof v !== 'string') throw typeError(`attribute name must be string, not '${typeName(v)}'`);
  return v;
}

function noAttrDict(obj: Value, name: string): never {
  throw new NotSupportedError(`object.__setattr__ on ${typeName(obj)} objects`, name);
}

/** Is `e` a PyError carrying an exception of class `cls` (or a subclass)? */
export function isErrorOf(e: unknown, cls: PyType): e is PyError {
  return e instanceof PyError && e.exc.type.isSubclassOf(cls);
}

// ---- comparisons, truth, hashing, length ----

let truthy: (v: Value) => boolean = (v) => Boolean(v);
/** Called once by ops.ts: Python's truth. */
export function setTruthy(t: (v: Value) => boolean): void {
  truthy = t;
}
/** Python's truth of `v` (ops.ts's `truthy`, for modules below it). */
export function truthOf(v: Value): boolean {
  return truthy(v);
}

const CMP_NAMES: Record<string, string> = {
  '==': '__eq__',
  '!=': '__ne__',
  '<': '__lt__',
  '<=': '__le__',
  '>': '__gt__',
  '>=': '__ge__',
};
const SWAPPED: Record<string, string> = {
  '==': '==',
  '!=': '!=',
  '<': '>',
  '<=': '>=',
  '>': '<',
  '>=': '<=',
};

/** `v.__op__(other)` if `v`'s class (a class statement's) has it, else NotImplemented. */
function tryCompare(op: string, v: Value, other: Value): Value {
  const cls = typeOf(v);
  if (!cls.user) return NotImplemented;
  const name = CMP_NAMES[op]!;
  if (lookup(cls, name) === undefined) {
    if (op !== '!=') return NotImplemented;
    const r = tryCompare('==', v, other);
    return r === NotImplemented ? r : !truthy(r);
  }
  return callSpecial(v, name, [other])!;
}

/** A rich comparison where one side's class is a class statement's: CPython's do_richcompare. */
export function richCompare(op: string, a: Value, b: Value): Value {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const swapped = SWAPPED[op]!;
  const reflectFirst =
    ta !== tb &&
    tb.user !== null &&
    tb.isSubclassOf(ta) &&
    lookup(tb, CMP_NAMES[swapped]!) !== undefined;
  if (reflectFirst) {
    const r = tryCompare(swapped, b, a);
    if (r !== NotImplemented) return r;
  }
  const r = tryCompare(op, a, b);
  if (r !== NotImplemented) return r;
  if (!reflectFirst) {
    const r2 = tryCompare(swapped, b, a);
    if (r2 !== NotImplemented) return r2;
  }
  if (op === '==') return a === b;
  if (op === '!=') return a !== b;
  throw typeError(`'${op}' not supported between instances of '${ta.name}' and '${tb.name}'`);
}

/** `cmp`'s number for a comparison a class decided: negative, zero or positive as `op` needs. */
export function compareNumber(op: string, a: Value, b: Value): number {
  const yes = truthy(richCompare(op, a, b));
  if (op === '<' || op === '<=') return yes ? -1 : 1;
  return yes ? 1 : -1;
}

/** `bool(v)`: `__bool__`, else `__len__`, else true. */
export function userTruth(v: Value): boolean {
  const b = callSpecial(v, '__bool__', []);
  if (b !== undefined) {
    if (typeof b !== 'boolean')
      throw typeError(`__bool__ should return bool, returned ${typeName(b)}`);
    return b;
  }
  const n = userLen(v);
  return n === undefined ? true : n !== 0;
}

/** `len(v)` through `__len__`, or undefined when the class has none. */
export function userLen(v: Value): number | undefined {
  const n = callSpecial(v, '__len__', []);
  if (n === undefined) return undefined;
  if (typeof n === 'boolean') return n ? 1 : 0;
  if (typeof n !== 'number' && typeof n !== 'bigint')
    throw typeError(`'${typeName(n)}' object cannot be interpreted as an integer`);
  if (n < 0) throw pyErr(Exc.ValueError, '__len__() should return >= 0');
  if (typeof n === 'bigint')
    throw pyErr(Exc.OverflowError, "cannot fit 'int' into an index-sized integer");
  return n;
}

/** The hash a class's `__hash__` gives `v`, or undefined for identity hashing. */
export function userHash(v: Value): number | bigint | undefined {
  const h = callSpecial(v, '__hash__', []);
  if (h === undefined) return undefined;
  if (typeof h === 'boolean') return h ? 1 : 0;
  if (typeof h !== 'number' && typeof h !== 'bigint')
    throw typeError('__hash__ method should return an integer');
  return h === -1 ? -2 : h;
}

/**
 * Dict and set keys for objects with their own `__hash__`: equal objects (by hash, then
 * `__eq__`) share the first one's identity as their key. Per run (keyed by a run-scoped map).
 */
export function userKey(v: Value, h: number | bigint, seen: Map<number | bigint, Value[]>): Value {
  const same = seen.get(h);
  if (!same) {
    seen.set(h, [v]);
    return v;
  }
  for (const o of same) if (o === v || truthy(richCompare('==', o, v))) return o;
  same.push(v);
  return v;
}

/** `a op b` through `__op__` / `__rop__` (a class statement's); NotImplemented if neither. */
export function binarySpecial(op: string, a: Value, b: Value): Value {
  const name = BINARY_OPS[op];
  if (!name) return NotImplemented;
  const ta = typeOf(a);
  const tb = typeOf(b);
  const rname = `__r${name}__`;
  const reflectFirst =
    ta !== tb && tb.user !== null && tb.isSubclassOf(ta) && lookup(tb, rname) !== undefined;
  if (reflectFirst) {
    const r = callSpecial(b, rname, [a]);
    if (r !== undefined && r !== NotImplemented) return r;
  }
  const r = callSpecial(a, `__${name}__`, [b]);
  if (r !== undefined && r !== NotImplemented) return r;
  if (!reflectFirst && ta !== tb) {
    const r2 = callSpecial(b, rname, [a]);
    if (r2 !== undefined && r2 !== NotImplemented) return r2;
  }
  return NotImplemented;
}

// ---- async iteration ----

/** What `async for` iterates: an async generator, or what a class's `__aiter__` returns. */
export function asyncIterator(src: Value): Value {
  // async generators and the library's async iterators (`as_completed`'s) step themselves
  if (src instanceof PyAsyncGenerator || isAsyncIter(src)) return src;
  const cls = typeOf(src);
  if (lookup(cls, '__aiter__') === undefined)
    throw typeError(`'async for' requires an object with __aiter__ method, got ${cls.name}`);
  const it = callSpecial(src, '__aiter__', [])!;
  if (it instanceof PyAsyncGenerator || lookup(typeOf(it), '__anext__') !== undefined) return it;
  throw typeError(
    `'async for' received an object from __aiter__ that does not implement __anext__: ${typeName(it)}`,
  );
}

/** The awaitable of an async iterator's next step. */
export function asyncNext(it: Value): Value {
  return isAsyncIter(it) ? it.anext() : callSpecial(it, '__anext__', [])!;
}
