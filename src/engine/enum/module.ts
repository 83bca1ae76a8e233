/**
 * The `enum` module (CPython 3.13's Lib/enum.py), its common core: `Enum` with explicit
 * values and `auto()`, members, aliases, methods and properties of the enum class
 * (enum-type.ts), `unique`. `IntEnum`, `StrEnum`, `Flag`, `IntFlag`, `__members__`, the
 * functional API and the `_sunder_` hooks are refused (cpython-names.ts lists them).
 */
import { NotSupportedError, attributeError, typeError, valueError } from '../errors';
import { makeModule } from '../lib/module-util';
import { PyProperty } from '../object-values';
import { makeClass } from '../classes';
import { repr, str } from '../repr';
import type { PyModule, PyType, Value } from '../values';
import { PyBuiltin } from '../values';
import { EnumClass, EnumMember, EnumType, autoType } from './enum-type';

function member(self: Value, method: string): EnumMember {
  if (self instanceof EnumMember) return self;
  throw typeError(`descriptor '${method}' requires an 'Enum' object`);
}

function className(m: EnumMember): string {
  return m.cls.name;
}

/** A method of Enum, as a function (it binds to the member). */
function method(name: string, f: (self: EnumMember, a: Value[]) => Value): PyBuiltin {
  return new PyBuiltin(
    name,
    (a) => {
      if (a.length === 0)
        throw typeError(`Enum.${name}() missing 1 required positional argument: 'self'`);
      return f(member(a[0]!, name), a.slice(1));
    },
    undefined,
    'function',
  );
}

/** `enum.property`: read from the class (not a member), an AttributeError. */
class EnumProperty extends PyProperty {
  pyClassGet(owner: PyType): Value {
    throw attributeError(`${repr(owner)} has no attribute '${this.name}'`);
  }
}

/** Enum's methods and properties (Lib/enum.py's `Enum.__repr__` and others). */
function enumNamespace(): Map<string, Value> {
  const ns = new Map<string, Value>([['__module__', 'enum']]);
  ns.set('__doc__', 'Create a collection of name/value pairs.');
  ns.set(
    '__repr__',
    method(
      '__repr__',
      (m) => `<${className(m)}.${str(m.dict.get('_name_')!)}: ${repr(m.dict.get('_value_')!)}>`,
    ),
  );
  ns.set(
    '__str__',
    method('__str__', (m) => `${className(m)}.${str(m.dict.get('_name_')!)}`),
  );
  ns.set(
    '__hash__',
    method('__hash__', (m) => {
      const h = m.pyHashValue();
      return h >= BigInt(Number.MIN_SAFE_INTEGER) && h <= BigInt(Number.MAX_SAFE_INTEGER)
        ? Number(h)
        : h;
    }),
  );
  for (const [n, slot] of [
    ['name', '_name_'],
    ['value', '_value_'],
  ] as const) {
    const set = new PyBuiltin(n, () => {
      throw attributeError(`<enum 'Enum'> cannot set attribute '${n}'`);
    });
    const del = new PyBuiltin(n, () => {
      throw attributeError(`<enum 'Enum'> cannot delete attribute '${n}'`);
    });
    ns.set(
      n,
      new EnumProperty(
        method(n, (m) => m.dict.get(slot)!),
        set,
        del,
        n,
      ),
    );
  }
  return ns;
}

function makeEnum(): EnumClass {
  const Enum = makeClass('Enum', 'Enum', [], enumNamespace(), 0, {
    make: (n, base) => new EnumClass(n, base, null, 'enum'),
  }) as EnumClass;
  Enum.construct = (a, kw) => Enum.call(a, kw);
  return Enum;
}

/** `unique(enumeration)`: the enum, or CPython's ValueError naming its aliases. */
function unique(a: Value[], kw: Map<string, Value> | null): Value {
  const args = [...a];
  for (const [k, v] of kw ?? []) {
    if (k !== 'enumeration' || args.length)
      throw new NotSupportedError('these arguments to enum.unique', 'unique');
    args.push(v);
  }
  if (args.length !== 1) {
    if (args.length === 0)
      throw typeError("unique() missing 1 required positional argument: 'enumeration'");
    throw typeError(`unique() takes 1 positional argument but ${args.length} were given`);
  }
  const e = args[0]!;
  if (!(e instanceof EnumClass))
    throw new NotSupportedError('enum.unique of something not an enum', 'unique');
  const dups: string[] = [];
  for (const [name, m] of e.memberMap) {
    const canonical = m.dict.get('_name_') as string;
    if (name !== canonical) dups.push(`${name} -> ${canonical}`);
  }
  if (dups.length) throw valueError(`duplicate values found in ${e.pyRepr()}: ${dups.join(', ')}`);
  return e;
}

export function makeEnumModule(): PyModule {
  return makeModule(
    'enum',
    { unique },
    { Enum: makeEnum(), EnumType, EnumMeta: EnumType, auto: autoType },
  );
}
