/**
 * The source text of the methods a dataclass gets, as Lib/dataclasses.py writes it:
 * `__init__` (`_init_fn`, `_field_init`, `_init_param`), `__repr__`, `__eq__`, the order
 * methods, a frozen class's `__setattr__`/`__delattr__`, and `__hash__` by `_hash_action`.
 * `__repr__`'s recursion guard (`reprlib.recursive_repr`, `...` for an object already being
 * shown) is two library functions around its body instead of a wrapper function.
 */
import { typeError as typeErrorOf } from '../errors';
import { truthOf } from '../user-special';
import { repr } from '../repr';
import type { PyType, Value } from '../values';
import { PyBuiltin, Types } from '../values';
import type { FuncBuilder } from './codegen';
import { FrozenInstanceError, HAS_DEFAULT_FACTORY, MISSING } from './field';
import type { Params, PyField } from './field';

export interface ClassPlan {
  params: Params;
  /** Fields and InitVars, in order. */
  allInit: PyField[];
  stdInit: PyField[];
  kwOnlyInit: PyField[];
  /** The real fields (no ClassVar, no InitVar). */
  fieldList: PyField[];
  hasPostInit: boolean;
  selfName: string;
  hasExplicitHash: boolean;
}

const nameOf = (f: PyField): string => f.name as string;

/** Adds every method the class gets to `b`, as `_process_class` does. */
export function methodSources(b: FuncBuilder, cls: PyType, plan: ClassPlan): void {
  const p = plan.params;
  const frozen = truthOf(p.frozen);
  if (truthOf(p.init)) initFn(b, plan, frozen);
  const fields = plan.fieldList;
  if (truthOf(p.repr))
    reprFn(
      b,
      fields.filter((f) => truthOf(f.repr)),
    );
  if (truthOf(p.eq)) {
    const terms = fields
      .filter((f) => truthOf(f.compare))
      .map((f) => `self.${nameOf(f)}==other.${nameOf(f)}`);
    b.addFn(
      '__eq__',
      ['self', 'other'],
      [
        '  if self is other:',
        '   return True',
        '  if other.__class__ is self.__class__:',
        `   return ${terms.join(' and ') || 'True'}`,
        '  return NotImplemented',
      ],
    );
  }
  if (truthOf(p.order)) {
    const flds = fields.filter((f) => truthOf(f.compare));
    for (const [name, op] of [
      ['__lt__', '<'],
      ['__le__', '<='],
      ['__gt__', '>'],
      ['__ge__', '>='],
    ] as const) {
      b.addFn(
        name,
        ['self', 'other'],
        [
          '  if other.__class__ is self.__class__:',
          `   return ${tupleStr('self', flds)}${op}${tupleStr('other', flds)}`,
          '  return NotImplemented',
        ],
        { overwriteError: 'Consider using functools.total_ordering' },
      );
    }
  }
  if (frozen) frozenGetDelAttr(b, cls, fields);
  hashAction(b, cls, plan, frozen);
}

/** `_tuple_str`: `(self.a,self.b,)`, or `()`. */
function tupleStr(obj: string, fields: PyField[]): string {
  if (!fields.length) return '()';
  return `(${fields.map((f) => `${obj}.${nameOf(f)}`).join(',')},)`;
}

function initFn(b: FuncBuilder, plan: ClassPlan, frozen: boolean): void {
  let seenDefault: PyField | null = null;
  for (const f of plan.stdInit) {
    if (!truthOf(f.init)) continue;
    if (!(f.defaultValue === MISSING && f.defaultFactory === MISSING)) seenDefault = f;
    else if (seenDefault) {
      throw typeErrorOf(
        `non-default argument ${repr(f.name)} follows default argument ${repr(seenDefault.name)}`,
      );
    }
  }
  const locals: Record<string, Value> = {
    __dataclass_HAS_DEFAULT_FACTORY__: HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__: Types.object,
  };
  const self = plan.selfName;
  const body: string[] = [];
  for (const f of plan.allInit) {
    const line = fieldInit(f, frozen, locals, self);
    if (line) body.push(line);
  }
  if (plan.hasPostInit) {
    const initVars = plan.allInit.filter((f) => f.kind === '_FIELD_INITVAR').map(nameOf);
    body.push(`  ${self}.__post_init__(${initVars.join(',')})`);
  }
  if (!body.length) body.push('  pass');
  const params = plan.stdInit.map(initParam);
  if (plan.kwOnlyInit.length) params.push('*', ...plan.kwOnlyInit.map(initParam));
  b.addFn('__init__', [self, ...params], body, { locals });
}

/** `_field_init`: the line of `__init__` that sets field `f`, or null. */
function fieldInit(
  f: PyField,
  frozen: boolean,
  locals: Record<string, Value>,
  self: string,
): string | null {
  const name = nameOf(f);
  const dflt = `__dataclass_dflt_${name}__`;
  let value: string;
  if (f.defaultFactory !== MISSING) {
    locals[dflt] = f.defaultFactory;
    value = truthOf(f.init)
      ? `${dflt}() if ${name} is __dataclass_HAS_DEFAULT_FACTORY__ else ${name}`
      : `${dflt}()`;
  } else if (truthOf(f.init)) {
    if (f.defaultValue !== MISSING) locals[dflt] = f.defaultValue;
    value = name;
  } else return null;
  if (f.kind === '_FIELD_INITVAR') return null;
  if (frozen) return `  __dataclass_builtins_object__.__setattr__(${self},${repr(name)},${value})`;
  return `  ${self}.${name}=${value}`;
}

/** `_init_param`: `x`, `x=__dataclass_dflt_x__` or `x=__dataclass_HAS_DEFAULT_FACTORY__`. */
function initParam(f: PyField): string {
  const name = nameOf(f);
  if (f.defaultValue !== MISSING) return `${name}=__dataclass_dflt_${name}__`;
  if (f.defaultFactory !== MISSING) return `${name}=__dataclass_HAS_DEFAULT_FACTORY__`;
  return name;
}

function reprFn(b: FuncBuilder, fields: PyField[]): void {
  const running = new Set<Value>();
  const parts = fields.map((f) => `${nameOf(f)}={self.${nameOf(f)}!r}`).join(', ');
  b.addFn(
    '__repr__',
    ['self'],
    [
      '  if __dataclass_repr_enter__(self):',
      "   return '...'",
      '  try:',
      `   return f"{self.__class__.__qualname__}(${parts})"`,
      '  finally:',
      '   __dataclass_repr_exit__(self)',
    ],
    {
      locals: {
        __dataclass_repr_enter__: new PyBuiltin('__repr_enter__', (a) => {
          const self = a[0]!;
          if (running.has(self)) return true;
          running.add(self);
          return false;
        }),
        __dataclass_repr_exit__: new PyBuiltin('__repr_exit__', (a) => {
          running.delete(a[0]!);
          return null;
        }),
      },
    },
  );
}

function frozenGetDelAttr(b: FuncBuilder, cls: PyType, fields: PyField[]): void {
  const locals = { cls, FrozenInstanceError };
  let condition = 'type(self) is cls';
  if (fields.length) condition += ` or name in {${fields.map((f) => repr(f.name)).join(', ')}}`;
  b.addFn(
    '__setattr__',
    ['self', 'name', 'value'],
    [
      `  if ${condition}:`,
      '   raise FrozenInstanceError(f"cannot assign to field {name!r}")',
      '  super(cls, self).__setattr__(name, value)',
    ],
    { locals, overwriteError: true },
  );
  b.addFn(
    '__delattr__',
    ['self', 'name'],
    [
      `  if ${condition}:`,
      '   raise FrozenInstanceError(f"cannot delete field {name!r}")',
      '  super(cls, self).__delattr__(name)',
    ],
    { locals, overwriteError: true },
  );
}

/** `_hash_action[unsafe_hash, eq, frozen, has_explicit_hash]`. */
function hashAction(b: FuncBuilder, cls: PyType, plan: ClassPlan, frozen: boolean): void {
  const unsafe = truthOf(plan.params.unsafe_hash);
  const eq = truthOf(plan.params.eq);
  const explicit = plan.hasExplicitHash;
  if (unsafe && explicit)
    throw typeErrorOf(`Cannot overwrite attribute __hash__ in class ${cls.name}`);
  if (!unsafe && eq && !frozen && !explicit) {
    cls.user!.dict.set('__hash__', null);
    return;
  }
  if (unsafe || (eq && frozen && !explicit)) {
    const flds = plan.fieldList.filter((f) =>
      f.hash === null ? truthOf(f.compare) : truthOf(f.hash),
    );
    b.addFn('__hash__', ['self'], [`  return hash(${tupleStr('self', flds)})`], {
      unconditional: true,
    });
  }
}
