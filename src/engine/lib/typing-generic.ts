/**
 * User generics and protocols, as CPython 3.13's typing builds them: `typing.Generic` and
 * `typing.Protocol` as base classes (`class Box(Generic[T])`: `Generic[T]`'s
 * `__mro_entries__` puts `Generic` in the bases), the class's `__parameters__` and its
 * `Box[int]` (a `typing._GenericAlias` whose call makes a Box and sets `__orig_class__`),
 * and the decorators `overload`, `final` and `override`.
 */
import { Exc, NotSupportedError, PyError, pyErr, typeError } from '../errors';
import { callValue, setAttr } from '../protocol';
import { repr } from '../repr';
import type { Value } from '../values';
import { PyBuiltin, PyList, PyTuple, PyType, Types } from '../values';
import type { PyModule } from '../values';
import { NamedTuple, TypedDict, isTypedDict } from './typing-classes';
import { GENERIC_ALIAS_TYPE, TypeVarValue, TypingForm, makeTyping, param } from './typing';

function typingClass(name: string, base: PyType | null): PyType {
  const t = new PyType(name, base ?? Types.object, null, 'typing');
  t.user = {
    qualname: name,
    line: 0,
    bases: [base ?? Types.object],
    mro: [t, ...(base ? base.user!.mro : [Types.object])],
    dict: new Map(),
  };
  t.construct = () => {
    throw new NotSupportedError(`instantiating typing.${name}`, name);
  };
  return t;
}

export const Generic = typingClass('Generic', null);
export const Protocol = typingClass('Protocol', Generic);

/** `Box[int]`, `Generic[T]`: a class subscripted (`typing._GenericAlias`). */
export class ClassAlias extends TypingForm {
  constructor(
    readonly origin: PyType,
    args: Value[],
  ) {
    super(
      origin.module === 'typing'
        ? `typing.${origin.name}`
        : `${origin.module}.${origin.user?.qualname ?? origin.name}`,
      'user',
      args,
    );
  }
  /** The type variables of its arguments, in order, once each (`__parameters__`). */
  get parameters(): TypeVarValue[] {
    const out: TypeVarValue[] = [];
    const walk = (v: Value): void => {
      if (v instanceof TypeVarValue) {
        if (!out.includes(v)) out.push(v);
      } else if (v instanceof TypingForm && v.args) v.args.forEach(walk);
      else if (v instanceof PyList) v.items.forEach(walk);
    };
    this.args!.forEach(walk);
    return out;
  }
  override pyGetItem(): Value {
    if (this.parameters.length === 0) throw typeError(`${repr(this)} is not a generic class`);
    throw new NotSupportedError('substituting the type variables of a generic alias', '[');
  }
  /** `_BaseGenericAlias.__call__`: the origin's instance, told its alias if it can be. */
  pyCall(args: Value[], kw: Map<string, Value> | null): Value {
    const r = callValue(this.origin, args, kw);
    try {
      setAttr(r, '__orig_class__', this);
    } catch (e) {
      if (!(e instanceof PyError && e.exc.type.isSubclassOf(Exc.Exception))) throw e;
    }
    return r;
  }
}

/** `Box[int].__origin__`, `.__parameters__` (other forms' are refused). */
function aliasProp(name: string, get: (a: ClassAlias) => Value): void {
  GENERIC_ALIAS_TYPE.props.set(name, (self) => {
    if (self instanceof ClassAlias) return get(self);
    throw new NotSupportedError(`the attribute '${name}' of ${repr(self)}`, `.${name}`);
  });
}
aliasProp('__origin__', (a) => a.origin);
aliasProp('__parameters__', (a) => new PyTuple(a.parameters));

function items(v: Value): Value[] {
  return v instanceof PyTuple ? [...v.items] : [v];
}

/** `Generic[T, U]`, `Protocol[T]`: type variables only, each once. */
function specialGetItem(origin: PyType): PyBuiltin {
  return new PyBuiltin('__class_getitem__', (a) => {
    const raw = items(a[0]!);
    const what = `${origin.name}[...]`;
    if (raw.length === 0) throw typeError(`Parameter list to ${what} cannot be empty`);
    if (!raw.every((x) => x instanceof TypeVarValue)) {
      throw typeError(
        `Parameters to ${what} must all be type variables or parameter specification variables.`,
      );
    }
    if (new Set(raw).size !== raw.length)
      throw typeError(`Parameters to ${what} must all be unique`);
    return new ClassAlias(origin, raw);
  });
}
Generic.statics.set('__class_getitem__', specialGetItem(Generic));
Protocol.statics.set('__class_getitem__', specialGetItem(Protocol));

/** `Box[int]` of a generic class with the type variables `params`. */
function classGetItem(cls: PyType, params: TypeVarValue[]): PyBuiltin {
  return new PyBuiltin('__class_getitem__', (a) => {
    if (params.length === 0) throw typeError(`${repr(cls)} is not a generic class`);
    const args = items(a[0]!).map(param);
    if (args.length !== params.length) {
      const many = args.length > params.length;
      const expected = many ? `${params.length}` : `at least ${params.length}`;
      throw typeError(
        `Too ${many ? 'many' : 'few'} arguments for ${repr(cls)}; actual ${args.length}, expected ${expected}`,
      );
    }
    return new ClassAlias(cls, args);
  });
}

/**
 * `__mro_entries__` of a class statement's bases: an alias stands for its class. The
 * original bases when one did (`__orig_bases__`), else null.
 */
export function mroEntries(bases: Value[]): Value[] | null {
  if (!bases.some((b) => b instanceof TypingForm)) return null;
  const orig = [...bases];
  for (let i = 0; i < bases.length; i++) {
    const b = bases[i]!;
    if (b instanceof ClassAlias) bases[i] = b.origin;
    else if (b instanceof TypingForm)
      throw new NotSupportedError(`a typing form (${repr(b)}) as a base class`, repr(b));
  }
  return orig;
}

/**
 * `Generic.__init_subclass__` and `Protocol.__init_subclass__` for a new class (`orig`: its
 * `__orig_bases__` or null): its `__parameters__` and subscripting, a protocol's checks.
 */
export function initGenericClass(cls: PyType, orig: Value[] | null): void {
  const user = cls.user;
  if (!user || !cls.isSubclassOf(Generic)) return;
  if (orig ? orig.includes(Generic) : user.bases.includes(Generic))
    throw typeError('Cannot inherit from plain Generic');
  let params: TypeVarValue[] = [];
  if (orig) {
    user.dict.set('__orig_bases__', new PyTuple(orig));
    for (const b of orig) {
      if (b instanceof ClassAlias)
        for (const p of b.parameters) if (!params.includes(p)) params.push(p);
    }
    const gens = orig.filter((b) => b instanceof ClassAlias && b.origin === Generic);
    if (gens.length > 1) throw typeError('Cannot inherit from Generic[...] multiple times.');
    if (gens.length === 1) {
      const gvars = (gens[0] as ClassAlias).parameters;
      const missing = params.filter((p) => !gvars.includes(p));
      if (missing.length) {
        throw typeError(
          `Some type variables (${missing.map(repr).join(', ')}) are not listed in Generic[${gvars.map(repr).join(', ')}]`,
        );
      }
      params = gvars;
    }
  }
  user.dict.set('__parameters__', new PyTuple(params));
  cls.statics.set('__class_getitem__', classGetItem(cls, params));
  if (!cls.isSubclassOf(Protocol)) return;
  const isProtocol = user.bases.includes(Protocol);
  user.dict.set('_is_protocol', isProtocol);
  if (!isProtocol) return;
  for (const b of user.bases) {
    if (b !== Protocol && b !== Generic && b !== Types.object && !isProtocolClass(b))
      throw typeError(`Protocols can only inherit from other protocols, got ${repr(b)}`);
  }
  cls.construct = () => {
    throw typeError('Protocols cannot be instantiated');
  };
}

/** A class deriving from `Protocol` directly (isinstance and issubclass refuse it). */
export function isProtocolClass(t: PyType): boolean {
  return t.user?.dict.get('_is_protocol') === true;
}

/** CPython's TypeError for `isinstance(x, spec)`/`issubclass` of a generic form, or null. */
export function classCheckError(spec: Value): PyError | null {
  if (spec instanceof ClassAlias)
    return typeError('Subscripted generics cannot be used with class and instance checks');
  if (isTypedDict(spec)) return typeError('TypedDict does not support instance and class checks');
  if (spec instanceof PyType && isProtocolClass(spec)) {
    return typeError(
      'Instance and class checks can only be used with @runtime_checkable protocols',
    );
  }
  return null;
}

const OVERLOADED =
  'You should not call an overloaded function. A series of @overload-decorated functions ' +
  'outside a stub module should always be followed by an implementation that is not @overload-ed.';

const overloadDummy = new PyBuiltin(
  '_overload_dummy',
  () => {
    throw pyErr(Exc.NotImplementedError, OVERLOADED);
  },
  undefined,
  'function',
);

/** `final`/`override`: mark `f` (`__final__`, `__override__`) where it can be marked. */
function marker(name: string, attr: string): PyBuiltin {
  return new PyBuiltin(
    name,
    (a) => {
      if (a.length !== 1)
        throw typeError(`${name}() takes 1 positional argument but ${a.length} were given`);
      const f = a[0]!;
      try {
        setAttr(f, attr, true);
      } catch (e) {
        const t = e instanceof PyError ? e.exc.type : null;
        if (t !== Exc.AttributeError && t !== Exc.TypeError) throw e;
      }
      return f;
    },
    undefined,
    'function',
  );
}

/** The `typing` module with its generic classes and decorators. */
export function makeTypingModule(): PyModule {
  const m = makeTyping();
  m.attrs.set('Generic', Generic);
  m.attrs.set('Protocol', Protocol);
  m.attrs.set('NamedTuple', NamedTuple);
  m.attrs.set('TypedDict', TypedDict);
  m.attrs.set('overload', new PyBuiltin('overload', () => overloadDummy, undefined, 'function'));
  m.attrs.set('final', marker('final', '__final__'));
  m.attrs.set('override', marker('override', '__override__'));
  return m;
}
