/**
 * `EnumType`, the metaclass of CPython 3.13's `Enum` (Lib/enum.py): an enum class is an
 * `EnumClass`, whose members are instances of it made when its `class` statement ends
 * (`pyNewClass`: `EnumType.__new__` and `_proto_member.__set_name__`). Indexing by name,
 * calling with a value, iteration, `len` and `in` are the metaclass's, with CPython's
 * messages. What this does not do (Flag, `_missing_`, the functional API, `__new__`) is
 * refused as not supported.
 */
import { NotSupportedError, PyError, attributeError, typeError, valueError } from '../errors';
import { Exc } from '../errors';
import { eq, hashKey } from '../compare';
import { PyIterator } from '../iter';
import { STOP } from '../coro';
import { PyInstance, PyProperty, PyStaticMethod, PyClassMethod } from '../object-values';
import { lookup, bindAttr } from '../objects';
import { makeClass } from '../classes';
import { callValue } from '../protocol';
import { repr } from '../repr';
import { strHash } from '../pyhash';
import type { Iter } from '../slots';
import { PyExc, PyFunction, PyObject, PyTuple, PyType, Types } from '../values';
import type { Value } from '../values';

export const EnumType = new PyType('EnumType', Types.type, null, 'enum');

/** `auto()`: a member's value to be generated (`_generate_next_value_`). */
export const autoType = new PyType('auto', Types.object, null, 'enum');
export class Auto extends PyObject {
  get cls(): PyType {
    return autoType;
  }
}
autoType.construct = (a, kw) => {
  if (a.length || kw?.size) throw new NotSupportedError('auto() with arguments', 'auto');
  return new Auto();
};

/** The names an enum class body may not use here (CPython's `_sunder_` hooks and others). */
const REFUSED = new Set(['__new__', '__init_subclass__', '__set_name__', '__call__']);
/** Enum's own properties: a member of this name would need `enum.property`. */
const PROPERTIES = new Set(['name', 'value']);

/** A member: an instance of its enum class whose hash is its name's (`Enum.__hash__`). */
export class EnumMember extends PyInstance {
  /** `format(member, spec)` is `format(str(member), spec)` (format.ts). */
  readonly isEnumMember = true;
  pyHashValue(): bigint {
    return strHash(this.dict.get('_name_') as string);
  }
}

export class EnumClass extends PyType {
  /** Every member by name, aliases included (`_member_map_`). */
  readonly memberMap = new Map<string, PyInstance>();
  /** The canonical members' names, in definition order (`_member_names_`). */
  readonly memberNames: string[] = [];
  /** Members by hashable value (`_value2member_map_`). */
  readonly byValue = new Map<unknown, PyInstance>();

  override get cls(): PyType {
    return EnumType;
  }

  pyRepr(): string {
    return `<enum '${this.name}'>`;
  }

  pyGetItem(idx: Value): Value {
    const m = typeof idx === 'string' ? this.memberMap.get(idx) : undefined;
    if (m === undefined) {
      hashKey(idx);
      throw new PyError(new PyExc(Exc.KeyError, [idx]));
    }
    return m;
  }

  pyIter(): Iter {
    const names = this.memberNames;
    let i = 0;
    return new PyIterator(
      () => (i < names.length ? this.memberMap.get(names[i++]!)! : STOP),
      'generator',
    );
  }

  /** `EnumType.__reversed__`: a generator over the members, last first. */
  pyReversed(): PyIterator {
    const members = this.members().reverse();
    let i = 0;
    return new PyIterator(() => (i < members.length ? members[i++]! : STOP), 'generator');
  }

  pyLen(): number {
    return this.memberNames.length;
  }

  pyContains(item: Value): boolean {
    if (item instanceof PyInstance && item.cls.isSubclassOf(this)) return true;
    let key: unknown;
    try {
      key = hashKey(item);
    } catch (e) {
      if (!(e instanceof PyError) || e.exc.type !== Exc.TypeError) throw e;
      return this.members().some((m) => eq(value(m), item));
    }
    return this.byValue.has(key);
  }

  /** The canonical members, in definition order. */
  members(): PyInstance[] {
    return this.memberNames.map((n) => this.memberMap.get(n)!);
  }

  /** `State(value)`: the member with that value (`Enum.__new__`), or CPython's ValueError. */
  byValueOf(v: Value): Value {
    if (v instanceof PyInstance && v.cls === this) return v;
    let key: unknown;
    let hashable = true;
    try {
      key = hashKey(v);
    } catch (e) {
      if (!(e instanceof PyError) || e.exc.type !== Exc.TypeError) throw e;
      hashable = false;
    }
    if (hashable) {
      const m = this.byValue.get(key);
      if (m) return m;
    }
    for (const m of this.memberMap.values()) if (eq(value(m), v)) return m;
    throw valueError(`${repr(v)} is not a valid ${this.user!.qualname}`);
  }

  /** `State.IDLE = x`, `del State.IDLE`: CPython's AttributeError for a member. */
  pyGuardAttr(name: string, del: boolean): false {
    if (!this.memberMap.has(name)) return false;
    if (del) throw attributeError(`'${this.name}' cannot delete member '${name}'.`);
    throw attributeError(`cannot reassign member '${name}'`);
  }

  /**
   * `EnumType.__call__(cls, value, names=_not_given, *values, ...)`: with members, the
   * member of that value (extra arguments make a tuple of it); without, the functional
   * API (refused).
   */
  call(a: Value[], kw: Map<string, Value> | null): Value {
    if (a.length === 0 && !kw?.has('value'))
      throw typeError("EnumType.__call__() missing 1 required positional argument: 'value'");
    if (kw?.size) throw new NotSupportedError('keyword arguments to an enum class', this.name);
    if (this.memberNames.length === 0) {
      if (a.length === 1)
        throw typeError(
          `${this.pyRepr()} has no members; specify \`names=()\` if you meant to create a new, empty, enum`,
        );
      throw new NotSupportedError("the enum functional API ('Enum(name, names)')", this.name);
    }
    return this.byValueOf(a.length === 1 ? a[0]! : new PyTuple(a));
  }

  pyNewClass(
    name: string,
    qualname: string,
    bases: Value[],
    ns: Map<string, Value>,
    line: number,
  ): PyType {
    return newEnumClass(name, qualname, bases, ns, line);
  }
}

export function value(m: PyInstance): Value {
  return m.dict.get('_value_')!;
}

function isSunder(k: string): boolean {
  return k.length > 2 && k.startsWith('_') && k.endsWith('_') && k[1] !== '_' && k.at(-2) !== '_';
}

function isDescriptor(v: Value): boolean {
  return (
    v instanceof PyFunction ||
    v instanceof PyProperty ||
    v instanceof PyStaticMethod ||
    v instanceof PyClassMethod
  );
}

/** Which names of the body are members: not dunder, sunder, private, nor a descriptor. */
function memberNames(name: string, ns: Map<string, Value>): string[] {
  const out: string[] = [];
  for (const [k, v] of ns) {
    if (REFUSED.has(k)) throw new NotSupportedError(`defining '${k}' in an enum`, k);
    if (isSunder(k)) throw new NotSupportedError(`the enum hook '${k}'`, k);
    if (/^__\w+__$/.test(k) || k.startsWith(`_${name}__`)) continue;
    if (isDescriptor(v)) continue;
    if (v instanceof PyType) throw new NotSupportedError('a class nested in an enum', k);
    if (PROPERTIES.has(k)) throw new NotSupportedError(`an enum member named '${k}'`, k);
    out.push(k);
  }
  return out;
}

/** `_generate_next_value_` of Enum: one more than the largest value so far, or 1. */
function nextValue(last: Value[]): Value {
  if (last.length === 0) return 1;
  let max: number | bigint | null = null;
  for (const v of last) {
    if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean')
      throw new NotSupportedError('auto() after a value that is not an int', 'auto');
    const n = typeof v === 'boolean' ? Number(v) : v;
    if (max === null || n > max) max = n;
  }
  const r = typeof max === 'bigint' ? max + 1n : max! + 1;
  return typeof r === 'number' && !Number.isSafeInteger(r) ? BigInt(max!) + 1n : r;
}

function newEnumClass(
  name: string,
  qualname: string,
  bases: Value[],
  ns: Map<string, Value>,
  line: number,
): PyType {
  for (const b of bases) {
    if (!(b instanceof EnumClass))
      throw new NotSupportedError('an enum with a mixin or data type', name);
    if (b.memberNames.length) throw typeError(`<enum '${name}'> cannot extend ${b.pyRepr()}`);
  }
  const names = memberNames(name, ns);
  // Values in assignment order, auto() resolved as the body assigned them.
  const values = new Map<string, Value>();
  const last: Value[] = [];
  for (const k of names) {
    let v = ns.get(k) ?? null;
    if (v instanceof Auto) v = nextValue(last);
    else if (v instanceof PyTuple && v.items.some((x) => x instanceof Auto))
      throw new NotSupportedError('auto() inside a tuple value', 'auto');
    values.set(k, v);
    last.push(v);
  }
  const cls = makeClass(name, qualname, bases, ns, line, {
    make: (n, base) => new EnumClass(n, base, null, '__main__'),
  }) as EnumClass;
  cls.construct = (a, kw) => cls.call(a, kw);
  const init = lookup(cls, '__init__');
  let order = 0;
  for (const [k, v] of values) {
    const alias = findMember(cls, v);
    if (alias) {
      cls.memberMap.set(k, alias);
      ns.set(k, alias);
      continue;
    }
    const m = new EnumMember(cls);
    m.dict.set('_value_', v);
    m.dict.set('_name_', k);
    m.dict.set('__objclass__', cls);
    if (init !== undefined) {
      const args = v instanceof PyTuple ? [...v.items] : [v];
      callValue(bindAttr(init, m, cls), args, null);
    }
    m.dict.set('_sort_order_', order++);
    cls.memberMap.set(k, m);
    cls.memberNames.push(k);
    try {
      cls.byValue.set(hashKey(v), m);
    } catch (e) {
      if (!(e instanceof PyError) || e.exc.type !== Exc.TypeError) throw e;
    }
    ns.set(k, m);
  }
  return cls;
}

/** The canonical member whose value equals `v` (so `k` is an alias), or undefined. */
function findMember(cls: EnumClass, v: Value): PyInstance | undefined {
  try {
    return cls.byValue.get(hashKey(v));
  } catch (e) {
    if (!(e instanceof PyError) || e.exc.type !== Exc.TypeError) throw e;
  }
  return cls.members().find((m) => eq(value(m), v));
}
