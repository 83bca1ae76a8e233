/** The builtin types as constructors (int(), str(), list(), range(), …) and the exception classes. */
import { newSet } from './setops';
import { Exc, NotSupportedError, typeError, valueError } from './errors';
import { fromLibError } from './format';
import { toArray } from './iter';
import { arity } from './method-args';
import { updateDict } from './methods';
import { floatFromString, floatToInt, intFromString } from './numfmt';
import { asFloat, float } from './num-ops';
import { truthy } from './ops';
import { str } from './repr';
import { madeStr } from './sizes';
import { builtins, toNumber } from './builtins-registry';
import type { NativeFn, PyType, Value, PySet } from './values';
import {
  PyDict,
  PyExc,
  PyFloat,
  PyList,
  PyRange,
  PyTuple,
  Types,
  typeName,
  typeOf,
} from './values';

/** Runs a numfmt parser or converter, its errors as Python's. */
export function lib<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw fromLibError(e);
  }
}

// ---- types as constructors ----

function construct(t: PyType, f: NativeFn): void {
  t.construct = f;
  builtins.set(t.name, t);
}

construct(Types.int, (a, kw) => {
  const base = a[1] ?? kw?.get('base');
  if (a.length === 0) return 0;
  const v = a[0]!;
  if (base !== undefined) {
    if (typeof v !== 'string') throw typeError("int() can't convert non-string with explicit base");
    return lib(() => intFromString(v, toNumber(base)));
  }
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat) return lib(() => floatToInt(v.v));
  if (typeof v === 'string') return lib(() => intFromString(v, 10));
  throw typeError(
    `int() argument must be a string, a bytes-like object or a real number, not '${typeName(v)}'`,
  );
});
construct(Types.float, (a) => {
  if (a.length === 0) return float(0);
  const v = a[0]!;
  if (v instanceof PyFloat) return v;
  if (typeof v === 'string') return float(lib(() => floatFromString(v)));
  const f = asFloat(v);
  if (f === null)
    throw typeError(`float() argument must be a string or a real number, not '${typeName(v)}'`);
  return float(f);
});
construct(Types.str, (a) => (a.length === 0 ? '' : madeStr(str(a[0]!))));
construct(Types.bool, (a) => (a.length === 0 ? false : truthy(a[0]!)));
construct(Types.list, (a) => new PyList(a.length ? toArray(a[0]!) : []));
construct(Types.tuple, (a) =>
  a[0] instanceof PyTuple ? a[0] : new PyTuple(a.length ? toArray(a[0]!) : []),
);
construct(Types.dict, (a, kw) => {
  const d = new PyDict();
  if (a.length) updateDict(d, a[0]!);
  for (const [k, v] of kw ?? []) d.map.set(k, [k, v]);
  return d;
});
function makeSet(a: Value[], frozen: boolean): PySet {
  return newSet(a[0], frozen);
}
construct(Types.set, (a) => makeSet(a, false));
construct(Types.frozenset, (a) => makeSet(a, true));
construct(Types.range, (a) => {
  arity('range', a, 1, 3);
  const nums = a.map((v) => {
    if (v instanceof PyFloat) throw typeError("'float' object cannot be interpreted as an integer");
    return toNumber(v);
  });
  const [start, stop, step] =
    nums.length === 1 ? [0, nums[0]!, 1] : [nums[0]!, nums[1]!, nums[2] ?? 1];
  if (step === 0) throw valueError('range() arg 3 must not be zero');
  return new PyRange(start, stop, step);
});
construct(Types.type, (a) => {
  if (a.length === 3) throw new NotSupportedError('type() with three arguments', 'type');
  if (a.length !== 1) throw typeError('type() takes 1 or 3 arguments');
  return typeOf(a[0]!);
});
construct(Types.object, () => {
  throw new NotSupportedError('object()', 'object');
});

// Exception classes: calling one makes an instance.
for (const t of Object.values(Exc)) {
  t.construct = (a) => new PyExc(t, a);
  builtins.set(t.name, t);
}
Exc.ExceptionGroup.construct = Exc.BaseExceptionGroup.construct = (a) => {
  if (a.length !== 2)
    throw typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${a.length} given)`);
  const [msg, excs] = a as [Value, Value];
  if (typeof msg !== 'string') throw typeError('argument 1 must be str, not ' + typeName(msg));
  const list = toArray(excs);
  if (list.length === 0)
    throw valueError('second argument (exceptions) must be a non-empty sequence');
  if (!list.every((e) => e instanceof PyExc))
    throw valueError(`Item 0 of second argument (exceptions) is not an exception`);
  const allExc = list.every(
    (e) => e.type.isSubclassOf(Exc.Exception) || e.type.isSubclassOf(Exc.ExceptionGroup),
  );
  return new PyExc(allExc ? Exc.ExceptionGroup : Exc.BaseExceptionGroup, [msg, new PyList(list)]);
};
for (const name of ['CancelledError', 'InvalidStateError', 'QueueEmpty', 'QueueFull'])
  builtins.delete(name);
