/**
 * The `dataclasses` module (CPython 3.13's Lib/dataclasses.py): `dataclass`, `field`,
 * `fields`, `asdict`, `astuple`, `replace`, `is_dataclass`, `Field`, `InitVar`, `KW_ONLY`,
 * `MISSING` and `FrozenInstanceError`. `make_dataclass`, `recursive_repr` and the modules
 * it imports are refused (cpython-names.ts lists them).
 */
import { typeError } from '../errors';
import { makeModule } from '../lib/module-util';
import type { PyModule, Value } from '../values';
import { PyBuiltin } from '../values';
import { FrozenInstanceError, KW_ONLY, MISSING, field, fieldType, initVarType } from './field';
import { functions } from './functions';
import { processClass } from './process';
import type { Params } from './field';

const DEFAULTS: Params = {
  init: true,
  repr: true,
  eq: true,
  order: false,
  unsafe_hash: false,
  frozen: false,
  match_args: true,
  kw_only: false,
  slots: false,
  weakref_slot: false,
};

/** `dataclass(cls=None, /, *, init=True, repr=True, ...)`: the decorator, or one made with options. */
function dataclass(a: Value[], kw: Map<string, Value> | null): Value {
  if (a.length > 1)
    throw typeError(
      `dataclass() takes from 0 to 1 positional arguments but ${a.length} were given`,
    );
  const p: Params = { ...DEFAULTS };
  for (const [k, v] of kw ?? []) {
    if (k === 'cls')
      throw typeError(
        "dataclass() got some positional-only arguments passed as keyword arguments: 'cls'",
      );
    if (!Object.hasOwn(DEFAULTS, k))
      throw typeError(`dataclass() got an unexpected keyword argument '${k}'`);
    p[k as keyof Params] = v;
  }
  const cls = a[0] ?? null;
  if (cls !== null) return processClass(cls, p);
  return new PyBuiltin('wrap', (b, bkw) => {
    if (bkw?.size) {
      const k = [...bkw.keys()][0]!;
      throw typeError(`dataclass.<locals>.wrap() got an unexpected keyword argument '${k}'`);
    }
    if (b.length !== 1) {
      if (b.length === 0)
        throw typeError("dataclass.<locals>.wrap() missing 1 required positional argument: 'cls'");
      throw typeError(
        `dataclass.<locals>.wrap() takes 1 positional argument but ${b.length} were given`,
      );
    }
    return processClass(b[0]!, p);
  });
}

export function makeDataclasses(): PyModule {
  return makeModule(
    'dataclasses',
    { dataclass, field, ...functions },
    {
      Field: fieldType,
      InitVar: initVarType,
      KW_ONLY,
      MISSING,
      FrozenInstanceError,
    },
  );
}
