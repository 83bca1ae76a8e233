/**
 * How Python values live in the engine.
 *
 * - `None` is JS `null`; `bool` is a JS boolean; `str` is a JS string.
 * - `int` is a JS number while it is a safe integer, a bigint beyond (always exact).
 * - `float` is a `PyFloat` box, so `1` and `1.0` stay distinct.
 * - everything else is an instance of a class below.
 */
import type { FuncDef } from '../python/ast';

export type Value = null | boolean | number | bigint | string | PyFloat | PyObject;

/** Every non-primitive value: it knows its Python type. */
export abstract class PyObject {
  abstract get cls(): PyType;
}

export class PyFloat extends PyObject {
  constructor(readonly v: number) {
    super();
  }
  get cls(): PyType {
    return Types.float;
  }
}

export type NativeFn = (args: Value[], kwargs: Map<string, Value> | null) => Value;
/** A method implemented in TS: receives `self` first. */
export type MethodFn = (self: Value, args: Value[], kwargs: Map<string, Value> | null) => Value;

/** A Python type: builtin classes and exception classes. */
export class PyType extends PyObject {
  readonly methods = new Map<string, MethodFn>();
  /** Read-only attributes computed from the instance (`e.args`, `q.maxsize`). */
  readonly props = new Map<string, (self: Value) => Value>();
  /** A class made by a `class` statement: its namespace, bases and MRO (classes.ts). */
  user: UserClass | null = null;
  /** Attributes of the type itself, also seen from its instances (`dict.fromkeys`, `Point._fields`). */
  readonly statics = new Map<string, Value>();
  constructor(
    readonly name: string,
    readonly base: PyType | null,
    /** Calling the type (constructor). */
    public construct: NativeFn | null = null,
    readonly module = 'builtins',
  ) {
    super();
  }
  get cls(): PyType {
    return Types.type;
  }
  findMethod(name: string): MethodFn | undefined {
    return this.methods.get(name) ?? this.base?.findMethod(name);
  }
  findProp(name: string): ((self: Value) => Value) | undefined {
    return this.props.get(name) ?? this.base?.findProp(name);
  }
  findStatic(name: string): Value | undefined {
    return this.statics.get(name) ?? this.base?.findStatic(name);
  }
  isSubclassOf(other: PyType): boolean {
    if (this.user) return this.user.mro.includes(other);
    return this === other || (this.base !== null && this.base.isSubclassOf(other));
  }
}

export class PyList extends PyObject {
  constructor(public items: Value[]) {
    super();
  }
  get cls(): PyType {
    return Types.list;
  }
}

export class PyTuple extends PyObject {
  constructor(readonly items: readonly Value[]) {
    super();
  }
  get cls(): PyType {
    return Types.tuple;
  }
}

/**
 * A Map that counts the changes to its set of keys, so that an iterator over a dict or a
 * set can tell that keys came and went while the size stayed the same.
 */
export class KeyedMap<K, V> extends Map<K, V> {
  keysVersion = 0;
  override set(k: K, v: V): this {
    if (!this.has(k)) this.keysVersion++;
    return super.set(k, v);
  }
  override delete(k: K): boolean {
    const gone = super.delete(k);
    if (gone) this.keysVersion++;
    return gone;
  }
  override clear(): void {
    if (this.size !== 0) this.keysVersion++;
    super.clear();
  }
}

/** The count of changes to the keys of a dict's or set's map (0 for a namespace's view). */
export function keysVersion(map: Map<unknown, unknown>): number {
  return map instanceof KeyedMap ? map.keysVersion : 0;
}

/** Insertion-ordered dict keyed by `hashKey(k)`; stores the original key too. */
export class PyDict extends PyObject {
  /** Entries by `hashKey`; a namespace's dict passes a live view of it (namespaces.ts). */
  constructor(readonly map: Map<unknown, [Value, Value]> = new KeyedMap()) {
    super();
  }
  get cls(): PyType {
    return Types.dict;
  }
}

/**
 * A set's items by `hashKey`, with what happened to them since setorder.ts last brought the
 * set's CPython table up to date (adds and removals, in order), so that it can.
 */
export class SetMap extends KeyedMap<unknown, Value> {
  /** `+1, key, value` for an add, `-1, key, value` for a removal, `2, n, null` for sizing. */
  log: unknown[] = [];
  /** setorder.ts's table of the set, up to date but for `log`. */
  table: unknown = null;
  /** Where `set.pop` looks first (`so->finger`). */
  finger = 0;
  /** setorder.ts's catch-up, called when the log grows long. */
  static catchUp: ((m: SetMap) => void) | null = null;
  override set(k: unknown, v: Value): this {
    if (!this.has(k)) {
      this.log.push(1, k, v);
      if (this.log.length > 3000 && this.log.length > 12 * this.size) SetMap.catchUp?.(this);
    }
    return super.set(k, v);
  }
  override delete(k: unknown): boolean {
    if (this.has(k)) this.log.push(-1, k, this.get(k));
    return super.delete(k);
  }
  override clear(): void {
    // `set_clear_internal`: a fresh small table
    this.log = [];
    this.table = null;
    super.clear();
  }
}

export class PySet extends PyObject {
  readonly map = new SetMap();
  constructor(readonly frozen = false) {
    super();
  }
  get cls(): PyType {
    return this.frozen ? Types.frozenset : Types.set;
  }
}

export class PyRange extends PyObject {
  constructor(
    readonly start: number,
    readonly stop: number,
    readonly step: number,
  ) {
    super();
  }
  get length(): number {
    const { start, stop, step } = this;
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  get cls(): PyType {
    return Types.range;
  }
}

/** A slice object, `a[lo:hi:step]`. */
export class PySlice extends PyObject {
  constructor(
    readonly lo: Value,
    readonly hi: Value,
    readonly step: Value,
  ) {
    super();
  }
  get cls(): PyType {
    return Types.slice;
  }
}

/** A module: `asyncio`, `random`, `time`. */
export class PyModule extends PyObject {
  constructor(
    readonly name: string,
    readonly attrs: Map<string, Value>,
  ) {
    super();
  }
  get cls(): PyType {
    return Types.module;
  }
}

/** A builtin function or a bound builtin method. */
/**
 * A library function or method. `kind` is its type in CPython: most are C functions
 * (`builtin_function_or_method`), but what the standard library writes in Python is a
 * `function` (`asyncio.sleep`) or a bound `method` (`random.choice`, `Queue.put`).
 */
export class PyBuiltin extends PyObject {
  constructor(
    readonly name: string,
    readonly fn: NativeFn,
    readonly self: Value | undefined = undefined,
    readonly kind: 'builtin' | 'function' | 'method' = 'builtin',
  ) {
    super();
  }
  get cls(): PyType {
    return this.kind === 'function'
      ? Types.function
      : this.kind === 'method'
        ? Types.method
        : Types.builtin_function_or_method;
  }
}

const NO_VALUES: readonly Value[] = [];

/**
 * Variables of one function activation; `parent` is the enclosing function's. The Map is
 * made at the first store: a coroutine with no locals (100,000 suspended `randn()`) keeps
 * none, and reads through `get`, `has` and `values` make none.
 */
export class Env {
  private map: Map<string, Value> | null;
  constructor(
    readonly parent: Env | null,
    vars: Map<string, Value> | null = null,
  ) {
    this.map = vars;
  }
  /** The variables, for a store or a delete (made on first use). */
  get vars(): Map<string, Value> {
    return (this.map ??= new Map());
  }
  get(name: string): Value | undefined {
    return this.map === null ? undefined : this.map.get(name);
  }
  has(name: string): boolean {
    return this.map !== null && this.map.has(name);
  }
  get size(): number {
    return this.map === null ? 0 : this.map.size;
  }
  values(): Iterable<Value> {
    return this.map === null ? NO_VALUES : this.map.values();
  }
  entries(): Iterable<[string, Value]> {
    return this.map === null ? [] : this.map.entries();
  }
}

/** What a `class` statement adds to a `PyType`. */
export interface UserClass {
  readonly qualname: string;
  /** The line of its `class` statement (what runs the methods a dataclass generates). */
  readonly line: number;
  readonly bases: PyType[];
  readonly mro: PyType[];
  /** The class namespace: methods, class attributes. */
  readonly dict: Map<string, Value>;
}

/** A Python-level function (def, async def, lambda). */
export class PyFunction extends PyObject {
  /** Attributes set on the function (`functools.wraps`: `__wrapped__`, `__name__`, ...). */
  attrs: Map<string, Value> | null = null;
  /**
   * `__annotations__`, made at the first read when the definition had none; 'partial' when
   * an annotation used what the simulator lacks (make-function.ts `defAnnotations`).
   */
  annotations: PyDict | null | 'partial' = null;
  constructor(
    readonly def: FuncDef,
    readonly defaults: Value[],
    readonly kwDefaults: Map<string, Value>,
    readonly closure: Env | null,
    readonly globals: Map<string, Value>,
  ) {
    super();
  }
  get name(): string {
    const n = this.attrs?.get('__name__');
    return typeof n === 'string' ? n : this.def.name;
  }
  get qualname(): string {
    const n = this.attrs?.get('__qualname__');
    return typeof n === 'string' ? n : this.def.qualname;
  }
  get cls(): PyType {
    return Types.function;
  }
}

export class PyBoundMethod extends PyObject {
  constructor(
    readonly fn: Value,
    readonly self: Value,
  ) {
    super();
  }
  get cls(): PyType {
    return Types.method;
  }
}

/** A Python exception instance. */
export class PyExc extends PyObject {
  cause: PyExc | null = null;
  context: PyExc | null = null;
  suppressContext = false;
  notes: string[] | null = null;
  /** StopIteration.value, the result carried by a finished generator. */
  value: Value = null;
  /** Attributes set on the exception (`self.code = ...` in a subclass's `__init__`). */
  dict: Map<string, Value> | null = null;
  constructor(
    readonly type: PyType,
    public args: Value[],
  ) {
    super();
  }
  get cls(): PyType {
    return this.type;
  }
}

/** Any other object whose behaviour lives in its type's method table. */
export abstract class PyNative extends PyObject {}

function t(name: string, base: PyType | null = null, module = 'builtins'): PyType {
  return new PyType(name, base, null, module);
}

const object = t('object');

/** The builtin types. Constructors are attached in builtins-types.ts. */
export const Types = {
  object,
  type: t('type', object),
  NoneType: t('NoneType', object),
  bool: t('bool', object),
  int: t('int', object),
  float: t('float', object),
  str: t('str', object),
  list: t('list', object),
  tuple: t('tuple', object),
  dict: t('dict', object),
  set: t('set', object),
  frozenset: t('frozenset', object),
  range: t('range', object),
  slice: t('slice', object),
  module: t('module', object),
  function: t('function', object),
  method: t('method', object),
  builtin_function_or_method: t('builtin_function_or_method', object),
  coroutine: t('coroutine', object),
  generator: t('generator', object),
  async_generator: t('async_generator', object),
  iterator: t('iterator', object),
  Future: t('Future', object, 'asyncio'),
  Task: t('Task', object, 'asyncio'),
};
// bool is a subclass of int in Python.
(Types.bool as { base: PyType | null }).base = Types.int;

export const MAX_SAFE = Number.MAX_SAFE_INTEGER;

export function isInt(v: Value): v is number | bigint | boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
}

export function typeOf(v: Value): PyType {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return Types.int;
    case 'string':
      return Types.str;
    case 'boolean':
      return Types.bool;
    case 'object':
      return v === null ? Types.NoneType : v.cls;
    default:
      return Types.object;
  }
}

export function typeName(v: Value): string {
  return typeOf(v).name;
}

/** Normalises a bigint result back to a number when it fits. */
export function normInt(v: bigint): number | bigint {
  return v <= 9007199254740991n && v >= -9007199254740991n ? Number(v) : v;
}
