/**
 * Making the classes of `class` statements: the special names a class may define (the ones
 * the protocol dispatches to; any other is refused), the C3 method resolution order, the
 * type object itself (or a metaclass's, an enum's), and constructing its instances
 * (`__init__`). It calls `__init__` through the object protocol, so it sits above it.
 */
import { rt } from './runtime';
import { has } from './slots';
import { callValue } from './protocol';
import { Exc, NotSupportedError, typeError } from './errors';
import { PyInstance, PyProperty } from './object-values';
import { bindAttr, lookup, mroOf } from './objects';
import { BINARY_NAMES } from './user-special';
import type { UserClass, Value } from './values';
import { PyExc, PyFunction, PyType, Types, typeName } from './values';

/** Special methods the protocol dispatches to; a class defining another one is refused. */
const SPECIAL = new Set(
  (
    '__init__ __repr__ __str__ __eq__ __ne__ __lt__ __le__ __gt__ __ge__ __hash__ __len__ ' +
    '__bool__ __iter__ __next__ __reversed__ __contains__ __getitem__ __setitem__ __delitem__ ' +
    '__call__ ' +
    '__enter__ __exit__ __aenter__ __aexit__ __aiter__ __anext__ __await__ __post_init__ ' +
    '__module__ __qualname__ __doc__ __annotations__ __match_args__ ' +
    BINARY_NAMES()
  ).split(' '),
);

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

/** How a metaclass (enum's `EnumType`) makes its classes: the type object itself. */
export interface ClassOptions {
  make(name: string, base: PyType): PyType;
}

/** The type a `class` statement makes, once its body has filled `ns`. */
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
          ? callValue(init, [obj, ...args], kw)
          : callValue(bindAttr(init, obj, cls), args, kw);
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
