/** The builtins a teaching program uses, with CPython's behaviour and messages. */
import { callValue } from './call';
import { PyAsyncGenerator, PyGenerator, STOP, awaitValue, nativeCoro } from './coro';
import { Exc, LimitError, PyError, pyErr, typeError, valueError } from './errors';
import { formatValue, fromLibError } from './format';
import { PyIterator, getIter, isView, toArray } from './iter';
import { arity, sortValues, updateDict } from './methods';
import {
  floatFromString,
  floatToInt,
  intFromString,
  roundFloat,
  roundHalfEven,
  roundInt,
} from './numfmt';
import { asFloat, binop, cmp, eq, float, hashKey, setContainsHook, setStrOf, truthy } from './ops';
import { repr, str } from './repr';
import { rt } from './runtime';
import { count, limitPhrase } from '../limits';
import type { NativeFn, Value } from './values';
import {
  PyBuiltin,
  PyDict,
  PyExc,
  PyFloat,
  PyFunction,
  PyList,
  PyRange,
  PySet,
  PyTuple,
  PyType,
  Types,
  typeName,
  typeOf,
} from './values';

export const builtins = new Map<string, Value>();

function fn(name: string, f: NativeFn): void {
  builtins.set(name, new PyBuiltin(name, f));
}

function kwOnly(kw: Map<string, Value> | null, name: string, allowed: string[]): void {
  for (const k of kw?.keys() ?? []) {
    if (!allowed.includes(k))
      throw typeError(`${name}() got an unexpected keyword argument '${k}'`);
  }
}

function lib<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw fromLibError(e);
  }
}

/** An int argument (bools count), or Python's TypeError. */
export function toInt(v: Value): number | bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
}

export function toNumber(v: Value): number {
  const n = toInt(v);
  return typeof n === 'bigint' ? Number(n) : n;
}

// ---- output ----

fn('print', (args, kw) => {
  kwOnly(kw, 'print', ['sep', 'end', 'file', 'flush']);
  const sep = kw?.get('sep') ?? null;
  const end = kw?.get('end') ?? null;
  if (sep !== null && typeof sep !== 'string')
    throw typeError(`sep must be None or a string, not ${typeName(sep)}`);
  if (end !== null && typeof end !== 'string')
    throw typeError(`end must be None or a string, not ${typeName(end)}`);
  const text = args.map(str).join(sep ?? ' ');
  const r = rt();
  r.output += text.length + (end ?? '\n').length;
  if (r.output > r.limits.maxOutput) {
    throw new LimitError(
      'output',
      `the program printed more than ${count(r.limits.maxOutput)} characters ${limitPhrase('output')}`,
    );
  }
  r.emit({ type: 'print', t: r.time, text, end: end ?? '\n', task: r.current?.id ?? null });
  return null;
});
setStrOf(str);

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
construct(Types.str, (a) => (a.length === 0 ? '' : str(a[0]!)));
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
  const s = new PySet(frozen);
  if (a.length)
    for (const v of toArray(a[0]!)) if (!s.map.has(hashKey(v))) s.map.set(hashKey(v), v);
  return s;
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
  if (a.length !== 1)
    throw typeError('type() takes 1 argument here (creating classes is not supported)');
  return typeOf(a[0]!);
});
construct(Types.object, () => {
  throw typeError('object() instances are not supported');
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

// ---- functions ----

function len(v: Value): number {
  if (typeof v === 'string') return [...v].length;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length;
  if (v instanceof PyDict || v instanceof PySet) return v.map.size;
  if (v instanceof PyRange) return v.length;
  if (isView(v)) return v.snapshot().length;
  const custom = (v as { pyLen?: () => number } | null)?.pyLen;
  if (typeof custom === 'function') return custom.call(v);
  throw typeError(`object of type '${typeName(v)}' has no len()`);
}
fn('len', (a) => {
  arity('len', a, 1);
  return len(a[0]!);
});
fn('repr', (a) => {
  arity('repr', a, 1);
  return repr(a[0]!);
});
fn('abs', (a) => {
  arity('abs', a, 1);
  const v = a[0]!;
  if (v instanceof PyFloat) return float(Math.abs(v.v));
  if (typeof v === 'number') return Math.abs(v);
  if (typeof v === 'bigint') return v < 0n ? -v : v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw typeError(`bad operand type for abs(): '${typeName(v)}'`);
});
fn('round', (a, kw) => {
  arity('round', a, 1, 2);
  const v = a[0]!;
  const nd = a[1] ?? kw?.get('ndigits') ?? null;
  if (v instanceof PyFloat) {
    if (nd === null) {
      if (!Number.isFinite(v.v)) {
        throw pyErr(
          Number.isNaN(v.v) ? Exc.ValueError : Exc.OverflowError,
          Number.isNaN(v.v)
            ? 'cannot convert float NaN to integer'
            : 'cannot convert float infinity to integer',
        );
      }
      return lib(() => floatToInt(roundHalfEven(v.v)));
    }
    return float(lib(() => roundFloat(v.v, toNumber(nd))));
  }
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') {
    const n = toInt(v);
    return nd === null ? n : lib(() => roundInt(n, toInt(nd)));
  }
  throw typeError(`type ${typeName(v)} doesn't define __round__ method`);
});
fn('sum', (a, kw) => {
  arity('sum', a, 1, 2);
  let total: Value = a[1] ?? kw?.get('start') ?? 0;
  if (typeof total === 'string')
    throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  const it = getIter(a[0]!);
  for (let x = it.next(); x !== STOP; x = it.next()) {
    if (total instanceof PyFloat && (x instanceof PyFloat || typeof x === 'number'))
      return floatSum(total.v, x, it);
    total = binop('+', total, x);
  }
  return total;
});
/** CPython 3.12+'s float sum: Neumaier compensated summation, so sum([0.1] * 10) == 1.0. */
function floatSum(start: number, first: Value, it: { next(): Value | typeof STOP }): Value {
  let f = start;
  let c = 0;
  const add = (x: number): void => {
    const t = f + x;
    if (Math.abs(f) >= Math.abs(x)) c += f - t + x;
    else c += x - t + f;
    f = t;
  };
  let x: Value | typeof STOP = first;
  while (x !== STOP) {
    if (x instanceof PyFloat) add(x.v);
    else if (typeof x === 'number')
      f += x; // CPython adds machine-size ints without compensation
    else {
      const rest: Value = float(c && Number.isFinite(c) ? f + c : f);
      let total = binop('+', rest, x);
      for (let y = it.next(); y !== STOP; y = it.next()) total = binop('+', total, y);
      return total;
    }
    x = it.next();
  }
  return float(c && Number.isFinite(c) ? f + c : f);
}

function minmax(name: 'min' | 'max', a: Value[], kw: Map<string, Value> | null): Value {
  kwOnly(kw, name, ['key', 'default']);
  if (a.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
  const values = a.length === 1 ? toArray(a[0]!) : a;
  const key = kw?.get('key') ?? null;
  if (values.length === 0) {
    const d = kw?.get('default');
    if (d !== undefined) return d;
    throw valueError(`${name}() iterable argument is empty`);
  }
  let best = values[0]!;
  let bestKey = key === null ? best : callValue(key, [best], null);
  for (let i = 1; i < values.length; i++) {
    const v = values[i]!;
    const k = key === null ? v : callValue(key, [v], null);
    if (name === 'min' ? cmp('<', k, bestKey) < 0 : cmp('>', k, bestKey) > 0) {
      best = v;
      bestKey = k;
    }
  }
  return best;
}
fn('min', (a, kw) => minmax('min', a, kw));
fn('max', (a, kw) => minmax('max', a, kw));
fn('sorted', (a, kw) => {
  arity('sorted', a, 1);
  return new PyList(sortValues(toArray(a[0]!), kw));
});
fn('reversed', (a) => {
  arity('reversed', a, 1);
  const v = a[0]!;
  if (!(
    v instanceof PyList ||
    v instanceof PyTuple ||
    v instanceof PyRange ||
    typeof v === 'string' ||
    v instanceof PyDict
  )) {
    throw typeError(`'${typeName(v)}' object is not reversible`);
  }
  const arr = toArray(v).reverse();
  let i = 0;
  return new PyIterator(() => (i < arr.length ? arr[i++]! : STOP), 'reversed');
});
fn('enumerate', (a, kw) => {
  arity('enumerate', a, 1, 2);
  const it = getIter(a[0]!);
  let n = toNumber(a[1] ?? kw?.get('start') ?? 0);
  return new PyIterator(() => {
    const x = it.next();
    return x === STOP ? STOP : new PyTuple([n++, x]);
  }, 'enumerate');
});
fn('zip', (a, kw) => {
  const strict = truthy(kw?.get('strict') ?? false);
  const its = a.map(getIter);
  return new PyIterator(() => {
    if (its.length === 0) return STOP;
    const row: Value[] = [];
    for (const [i, it] of its.entries()) {
      const x = it.next();
      if (x === STOP) {
        if (strict && (i > 0 || its.slice(1).some((o) => o.next() !== STOP))) {
          throw valueError(
            `zip() argument ${i + 1} is shorter than argument${i > 1 ? 's 1-' + i : ' 1'}`,
          );
        }
        return STOP;
      }
      row.push(x);
    }
    return new PyTuple(row);
  }, 'zip');
});
fn('map', (a) => {
  if (a.length < 2) throw typeError('map() must have at least two arguments.');
  const f = a[0]!;
  const its = a.slice(1).map(getIter);
  return new PyIterator(() => {
    const row: Value[] = [];
    for (const it of its) {
      const x = it.next();
      if (x === STOP) return STOP;
      row.push(x);
    }
    return callValue(f, row, null);
  }, 'map');
});
fn('filter', (a) => {
  arity('filter', a, 2);
  const f = a[0]!;
  const it = getIter(a[1]!);
  return new PyIterator(() => {
    for (let x = it.next(); x !== STOP; x = it.next())
      if (truthy(f === null ? x : callValue(f, [x], null))) return x;
    return STOP;
  }, 'filter');
});
fn('any', (a) => {
  arity('any', a, 1);
  const it = getIter(a[0]!);
  for (let x = it.next(); x !== STOP; x = it.next()) if (truthy(x)) return true;
  return false;
});
fn('all', (a) => {
  arity('all', a, 1);
  const it = getIter(a[0]!);
  for (let x = it.next(); x !== STOP; x = it.next()) if (!truthy(x)) return false;
  return true;
});
fn('iter', (a) => {
  arity('iter', a, 1);
  const it = getIter(a[0]!);
  return it instanceof PyIterator || it instanceof PyGenerator
    ? it
    : new PyIterator(() => it.next());
});
fn('next', (a) => {
  arity('next', a, 1, 2);
  const it = a[0]!;
  if (!(it instanceof PyIterator || it instanceof PyGenerator))
    throw typeError(`'${typeName(it)}' object is not an iterator`);
  const x = it.next();
  if (x !== STOP) return x;
  if (a.length > 1) return a[1]!;
  throw new PyError(new PyExc(Exc.StopIteration, []));
});
fn('anext', (a) => {
  arity('anext', a, 1, 2);
  const ag = a[0]!;
  if (!(ag instanceof PyAsyncGenerator))
    throw typeError(`'${typeName(ag)}' object is not an async iterator`);
  if (a.length < 2) return ag.anext();
  const dflt = a[1]!;
  const c = nativeCoro('anext_awaitable', function* (self) {
    try {
      return yield* awaitValue(self, ag.anext());
    } catch (e) {
      if (e instanceof PyError && e.exc.type === Exc.StopAsyncIteration) return dflt;
      throw e;
    }
  });
  c.methodOf = ['asend', ag.qualname];
  return c;
});
function isinstance(v: Value, spec: Value): boolean {
  if (spec instanceof PyTuple) return spec.items.some((s) => isinstance(v, s));
  if (!(spec instanceof PyType))
    throw typeError('isinstance() arg 2 must be a type, a tuple of types, or a union');
  const t = typeOf(v);
  return t.isSubclassOf(spec) || (spec === Exc.Exception && t.isSubclassOf(Exc.ExceptionGroup));
}
fn('isinstance', (a) => {
  arity('isinstance', a, 2);
  return isinstance(a[0]!, a[1]!);
});
fn('issubclass', (a) => {
  arity('issubclass', a, 2);
  const t = a[0]!;
  if (!(t instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
  const specs = a[1] instanceof PyTuple ? a[1].items : [a[1]!];
  return specs.some((s) => s instanceof PyType && t.isSubclassOf(s));
});
fn('callable', (a) => {
  const v = a[0]!;
  return v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyType;
});
fn('hash', (a) => {
  const k = hashKey(a[0]!);
  return typeof k === 'number' && Number.isInteger(k) ? k : 0;
});
fn('divmod', (a) => {
  arity('divmod', a, 2);
  return new PyTuple([binop('//', a[0]!, a[1]!), binop('%', a[0]!, a[1]!)]);
});
fn('pow', (a) => {
  arity('pow', a, 2, 3);
  const p = binop('**', a[0]!, a[1]!);
  return a[2] === undefined || a[2] === null ? p : binop('%', p, a[2]);
});
fn('chr', (a) => {
  const n = toNumber(a[0]!);
  if (!(n >= 0 && n < 0x110000)) throw valueError('chr() arg not in range(0x110000)');
  return String.fromCodePoint(n);
});
fn('ord', (a) => {
  const s = a[0]!;
  if (typeof s !== 'string' || [...s].length !== 1) {
    throw typeError(
      `ord() expected a character, but string of length ${typeof s === 'string' ? [...s].length : 0} found`,
    );
  }
  return s.codePointAt(0)!;
});
for (const [name, base, prefix] of [
  ['hex', 16, '0x'],
  ['bin', 2, '0b'],
  ['oct', 8, '0o'],
] as const) {
  fn(name, (a) => {
    const n = toInt(a[0]!);
    const neg = n < 0;
    const mag = neg ? -BigInt(n) : BigInt(n);
    return (neg ? '-' : '') + prefix + mag.toString(base);
  });
}
fn('format', (a) => formatValue(a[0]!, a.length > 1 ? (a[1] as string) : ''));
fn('id', (a) => {
  const k = hashKey(a[0]!);
  return typeof k === 'number' ? k : 140000000000000;
});
fn('input', () => {
  throw pyErr(Exc.RuntimeError, 'input() is not available: the simulator has no keyboard');
});

// `in` over iterators and generators consumes them, as in Python.
setContainsHook((c, item) => {
  if (!(c instanceof PyIterator || c instanceof PyGenerator))
    throw typeError(`argument of type '${typeName(c)}' is not iterable`);
  for (let x = c.next(); x !== STOP; x = c.next()) if (eq(x, item)) return true;
  return false;
});

export { len, isinstance, PyFloat };
