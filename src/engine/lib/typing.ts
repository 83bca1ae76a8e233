/**
 * The `typing` module: its special forms and generic aliases as values that can be
 * subscripted and printed as CPython prints them (`typing.Optional[int]`,
 * `typing.Dict[str, typing.List[int]]`), `TypeVar`, `cast` and `TYPE_CHECKING`. Annotations
 * themselves are accepted and ignored by the parser. Also `list[int]`, `dict[str, int]`
 * (`types.GenericAlias`) on the builtin types.
 */
import { NotSupportedError, typeError, valueError } from '../errors';
import { repr } from '../repr';
import type { Value } from '../values';
import { PyBuiltin, PyFunction, PyList, PyObject, PyTuple, PyType, Types, typeOf } from '../values';
import type { PyModule } from '../values';
import { makeModule } from './module-util';
import { Ellipsis } from '../object-values';

type Kind =
  | 'special'
  | 'generic'
  | 'union'
  | 'literal'
  | 'builtin'
  | 'callable'
  | 'uniontype'
  /** A class's alias (`Box[int]`, `typing.Generic[~T]`): typing-generic.ts. */
  | 'user';

/**
 * The type of typing forms: `__args__` (and what typing-generic.ts adds); any other
 * attribute of a form is refused (CPython's forms have many), never an AttributeError.
 */
class FormType extends PyType {
  override findProp(name: string): ((self: Value) => Value) | undefined {
    const own = super.findProp(name);
    if (own || name === '__class__') return own;
    return () => {
      throw new NotSupportedError(`the attribute '${name}' of typing forms`, `.${name}`);
    };
  }
}

const formType = (name: string, module = 'typing') =>
  new FormType(name, Types.object, null, module);

/** `form.__args__` where the form keeps CPython's arguments as they are. */
function formArgs(self: Value): Value {
  const f = self as TypingForm;
  if (f.args === null || f.kind === 'callable' || f.kind === 'uniontype')
    throw new NotSupportedError(`the attribute '__args__' of ${repr(f)}`, '.__args__');
  return new PyTuple(f.args);
}
const TYPES = {
  special: formType('_SpecialForm'),
  generic: formType('_SpecialGenericAlias'),
  alias: formType('_GenericAlias'),
  union: formType('_UnionGenericAlias'),
  literal: formType('_LiteralGenericAlias'),
  callable: formType('_CallableGenericAlias'),
  builtin: formType('GenericAlias', 'types'),
  uniontype: formType('UnionType', 'types'),
  typevar: formType('TypeVar'),
};
for (const t of [TYPES.alias, TYPES.union, TYPES.literal, TYPES.builtin])
  t.props.set('__args__', formArgs);
/** The type of `Box[int]` (typing-generic.ts gives it `__origin__`, `__parameters__`). */
export const GENERIC_ALIAS_TYPE: PyType = TYPES.alias;

/** A typing form, bare (`typing.List`) or subscripted (`typing.List[int]`, `list[int]`). */
export class TypingForm extends PyObject {
  constructor(
    readonly name: string,
    readonly kind: Kind,
    readonly args: readonly Value[] | null = null,
    /** How many parameters a bare generic takes (-1: any number). */
    readonly arity = -1,
  ) {
    super();
  }
  get cls(): PyType {
    if (this.args === null) return this.kind === 'special' ? TYPES.special : TYPES.generic;
    const k = this.kind;
    return k === 'union' ||
      k === 'literal' ||
      k === 'callable' ||
      k === 'builtin' ||
      k === 'uniontype'
      ? TYPES[k]
      : TYPES.alias;
  }
  pyRepr(): string {
    if (this.kind === 'uniontype') return this.args!.map(unionRepr).join(' | ');
    const head =
      this.kind === 'builtin' || this.kind === 'user' ? this.name : `typing.${this.name}`;
    if (this.args === null) return head;
    if (this.kind === 'union' && this.args.length === 2 && this.args.includes(Types.NoneType))
      return `typing.Optional[${typeRepr(this.args.find((a) => a !== Types.NoneType)!)}]`;
    const show = this.kind === 'literal' ? repr : typeRepr;
    return `${head}[${this.args.map(show).join(', ')}]`;
  }
  /** Same form with equal arguments (a union's in any order), as typing's `__eq__`. */
  pyEq(other: Value): boolean {
    if (!(other instanceof TypingForm) || other.kind !== this.kind || other.name !== this.name)
      return false;
    const a = this.args;
    const b = other.args;
    if (a === null || b === null) return a === b;
    if (a.length !== b.length) return false;
    if (this.kind === 'union' || this.kind === 'uniontype')
      return a.every((x) => b.some((y) => sameArg(x, y)));
    return a.every((x, i) => sameArg(x, b[i]!));
  }
  pyGetItem(idx: Value): Value {
    if (this.args !== null && this.kind !== 'builtin')
      throw new NotSupportedError('subscripting a subscripted typing form', '[');
    const raw = idx instanceof PyTuple ? [...idx.items] : [idx];
    if (this.kind === 'literal' || this.kind === 'builtin')
      return new TypingForm(this.name, this.kind, raw);
    if (this.kind === 'callable') return callable(raw);
    const tupleOf = this.name === 'Tuple' && raw.length === 2 && raw[1] === Ellipsis;
    const args = tupleOf ? [param(raw[0]!), Ellipsis] : raw.map(param);
    if (this.name === 'Optional') return union([args[0]!, Types.NoneType]);
    if (this.name === 'Union') return union(args);
    if (this.arity >= 0 && args.length !== this.arity) {
      throw typeError(
        `Too ${args.length > this.arity ? 'many' : 'few'} arguments for typing.${this.name}; actual ${args.length}, expected ${this.arity}`,
      );
    }
    return new TypingForm(this.name, this.kind, args);
  }
}

function sameArg(x: Value, y: Value): boolean {
  if (x === y) return true;
  if (x instanceof TypingForm) return x.pyEq(y);
  if (x instanceof PyList && y instanceof PyList)
    return x.items.length === y.items.length && x.items.every((v, i) => sameArg(v, y.items[i]!));
  return false;
}

function unionRepr(v: Value): string {
  return v === Types.NoneType ? 'None' : typeRepr(v);
}

/** Is `v` a typing form or a type variable (whose `|` the simulator may refuse)? */
export function isTypingForm(v: Value): boolean {
  return v instanceof TypingForm || v instanceof TypeVarValue;
}

/** A subscripted typing form or a type variable: its `|` makes a `typing.Union`. */
function typingArg(v: Value): boolean {
  return (
    v instanceof TypeVarValue ||
    (v instanceof TypingForm && v.args !== null && v.kind !== 'builtin' && v.kind !== 'uniontype')
  );
}

/** What the other side of a typing form's `|` may be here. */
function unionSide(v: Value): boolean {
  return v === null || v instanceof PyType || (v instanceof TypingForm && v.kind === 'builtin');
}

/** Can `v` stand in `X | Y` (a `types.UnionType`)? */
function unionArg(v: Value): boolean {
  return (
    v === null ||
    v instanceof PyType ||
    (v instanceof TypingForm && (v.kind === 'builtin' || v.kind === 'uniontype') && v.args !== null)
  );
}

/**
 * `X | Y` of types (`int | None`, `list[str] | None`): a `types.UnionType`, flattened and
 * without repeats (`int | int` is `int`); null when the operands are not both types.
 */
export function typeUnion(a: Value, b: Value): Value | null {
  if (typingArg(a) || typingArg(b)) {
    // `_GenericAlias.__or__`/`__ror__`, `TypeVar.__or__`: a typing.Union
    return [a, b].every((v) => typingArg(v) || unionSide(v)) ? union([param(a), param(b)]) : null;
  }
  if (!unionArg(a) || !unionArg(b)) return null;
  const flat: Value[] = [];
  for (const x of [a, b]) {
    const items = x instanceof TypingForm && x.kind === 'uniontype' ? x.args! : [x];
    for (const y of items) {
      const t = y === null ? Types.NoneType : y;
      if (!flat.includes(t)) flat.push(t);
    }
  }
  return flat.length === 1 ? flat[0]! : new TypingForm('|', 'uniontype', flat);
}

/**
 * `T[...]` for a library class CPython makes generic (`asyncio.Queue[int]`,
 * `collections.deque[str]`): a `types.GenericAlias` shown as `module.T[...]`.
 */
export function makeSubscriptable(t: PyType, shown = `${t.module}.${t.name}`): void {
  t.statics.set(
    '__class_getitem__',
    new PyBuiltin('__class_getitem__', (a) => new TypingForm(shown, 'builtin').pyGetItem(a[0]!)),
  );
}

/** A type variable, `T = TypeVar('T')`: `~T`. */
export class TypeVarValue extends PyObject {
  constructor(
    readonly name: string,
    readonly variance: string,
    readonly bound: Value = null,
    readonly constraints: readonly Value[] = [],
  ) {
    super();
  }
  get cls(): PyType {
    return TYPES.typevar;
  }
  pyRepr(): string {
    return this.variance + this.name;
  }
}

/** `_type_repr`: a class by its (qualified) name, a form by its repr. */
export function typeRepr(v: Value): string {
  if (v === Ellipsis) return '...';
  if (v instanceof PyType) return v.module === 'builtins' ? v.name : `${v.module}.${v.name}`;
  if (v instanceof PyFunction) return v.def.qualname;
  if (v instanceof PyList) return `[${v.items.map(typeRepr).join(', ')}]`;
  return repr(v);
}

/** A typing parameter: None stands for NoneType; a string would be a forward reference. */
export function param(v: Value): Value {
  if (v === null) return Types.NoneType;
  if (typeof v === 'string') throw new NotSupportedError('typing forward references', '[');
  if (
    v instanceof PyType ||
    v instanceof TypingForm ||
    v instanceof TypeVarValue ||
    v instanceof PyList
  )
    return v;
  throw typeError(`Parameters to generic types must be types. Got ${repr(v)}.`);
}

function union(args: Value[]): Value {
  const flat: Value[] = [];
  for (const a of args) {
    const items = a instanceof TypingForm && a.kind === 'union' && a.args ? a.args : [a];
    for (const x of items) if (!flat.some((y) => sameArg(y, x))) flat.push(x);
  }
  return flat.length === 1 ? flat[0]! : new TypingForm('Union', 'union', flat);
}

function callable(raw: Value[]): Value {
  if (raw.length !== 2 || !(raw[0] instanceof PyList || raw[0] === Ellipsis))
    throw new NotSupportedError('this form of typing.Callable', '[');
  return new TypingForm('Callable', 'callable', [
    raw[0] instanceof PyList ? new PyList(raw[0].items.map(param)) : Ellipsis,
    param(raw[1]!),
  ]);
}

const GENERICS: [string, number][] = [
  ['List', 1],
  ['Dict', 2],
  ['Set', 1],
  ['FrozenSet', 1],
  ['Tuple', -1],
  ['Type', 1],
  ['Deque', 1],
  ['DefaultDict', 2],
  ['Counter', 1],
  ['Awaitable', 1],
  ['Coroutine', 3],
  ['AsyncIterable', 1],
  ['AsyncIterator', 1],
  ['AsyncGenerator', 2],
  ['Iterable', 1],
  ['Iterator', 1],
  ['Generator', 3],
  ['Sequence', 1],
  ['MutableSequence', 1],
  ['Mapping', 2],
  ['MutableMapping', 2],
  ['Collection', 1],
];

export function makeTyping(): PyModule {
  const values: Record<string, Value> = { TYPE_CHECKING: false };
  for (const [name, n] of GENERICS) values[name] = new TypingForm(name, 'generic', null, n);
  for (const name of ['Any', 'NoReturn', 'Never', 'Self', 'LiteralString'])
    values[name] = new TypingForm(name, 'special');
  values.Optional = new TypingForm('Optional', 'union');
  values.Union = new TypingForm('Union', 'union');
  values.ClassVar = new TypingForm('ClassVar', 'special', null, 1);
  values.Final = new TypingForm('Final', 'special', null, 1);
  values.Literal = new TypingForm('Literal', 'literal');
  values.Callable = new TypingForm('Callable', 'callable');
  values.Hashable = new TypingForm('Hashable', 'generic', null, 0);
  values.Sized = new TypingForm('Sized', 'generic', null, 0);
  values.TypeVar = TYPES.typevar;
  return makeModule(
    'typing',
    {
      cast: (a) => {
        if (a.length !== 2)
          throw typeError(`cast() takes 2 positional arguments but ${a.length} were given`);
        return a[1]!;
      },
    },
    values,
  );
}

TYPES.typevar.construct = (a, kw) => {
  const name = a[0] ?? kw?.get('name');
  if (typeof name !== 'string')
    throw typeError(`typevar() argument 'name' must be str, not ${typeOf(name ?? null).name}`);
  for (const k of kw?.keys() ?? []) {
    if (!['name', 'bound', 'covariant', 'contravariant'].includes(k))
      throw new NotSupportedError(`TypeVar(${k}=)`, k);
  }
  if (a.length === 2) throw typeError('A single constraint is not allowed');
  const flag = (k: string) => {
    const v = kw?.get(k);
    return v !== undefined && v !== null && v !== false && v !== 0;
  };
  const co = flag('covariant');
  const contra = flag('contravariant');
  if (co && contra) throw valueError('Bivariant types are not supported.');
  const b = kw?.get('bound') ?? null;
  const constraints = a.slice(1).map(param);
  if (b !== null && constraints.length)
    throw typeError('Constraints cannot be combined with bound=...');
  return new TypeVarValue(
    name,
    co ? '+' : contra ? '-' : '~',
    b === null ? null : param(b),
    constraints,
  );
};
const typeVarProps: [string, (t: TypeVarValue) => Value][] = [
  ['__name__', (t) => t.name],
  ['__bound__', (t) => t.bound],
  ['__constraints__', (t) => new PyTuple(t.constraints)],
  ['__covariant__', (t) => t.variance === '+'],
  ['__contravariant__', (t) => t.variance === '-'],
];
for (const [k, get] of typeVarProps)
  TYPES.typevar.props.set(k, (self) => get(self as TypeVarValue));

makeSubscriptable(Types.Future, '_asyncio.Future');
makeSubscriptable(Types.Task, '_asyncio.Task');

// `list[int]`, `dict[str, int]`: types.GenericAlias
for (const t of [Types.list, Types.dict, Types.tuple, Types.set, Types.frozenset]) {
  t.statics.set(
    '__class_getitem__',
    new PyBuiltin('__class_getitem__', (a) => new TypingForm(t.name, 'builtin').pyGetItem(a[0]!)),
  );
}
