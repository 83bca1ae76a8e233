/**
 * The builtins over iterables: sum, min/max, sorted, reversed, enumerate, zip, map, filter,
 * any/all, iter/next/anext, and `in` over iterators.
 */
import { callValue } from './protocol';
import { STOP, awaitValue, nativeCoro } from './coro';
import { PyGenerator } from './generator';
import { PyAsyncGenerator } from './async-gen';
import { Exc, PyError, isErrorOf, typeError, valueError } from './errors';
import { PyIterator, getIter, isIterable, toArray, userIterator } from './iter';
import { arity } from './method-args';
import { sortValues } from './methods';
import { cmp, eq, setContainsHook } from './compare';
import { float } from './num-ops';
import { binop, truthy } from './ops';
import { fn, kwOnly, toNumber } from './builtins-registry';
import type { Value } from './values';
import { PyDict, PyExc, PyFloat, PyList, PyObject, PyRange, PyTuple, typeName } from './values';
import { callSpecial, lookup } from './objects';

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
  // An enum class reverses its members (`EnumType.__reversed__`).
  const own = (v as { pyReversed?: () => Value[] } | null)?.pyReversed;
  if (typeof own === 'function') {
    const items = own.call(v);
    let j = 0;
    return new PyIterator(() => (j < items.length ? items[j++]! : STOP), 'generator');
  }
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
  const v = a[0]!;
  if (v instanceof PyObject && v.cls.user && lookup(v.cls, '__iter__') !== undefined)
    return userIterator(v);
  const it = getIter(v);
  return it instanceof PyIterator || it instanceof PyGenerator
    ? it
    : new PyIterator(() => it.next());
});
fn('next', (a) => {
  arity('next', a, 1, 2);
  const it = a[0]!;
  if (it instanceof PyObject && it.cls.user && lookup(it.cls, '__next__') !== undefined) {
    try {
      return callSpecial(it, '__next__', [])!;
    } catch (e) {
      if (a.length > 1 && isErrorOf(e, Exc.StopIteration)) return a[1]!;
      throw e;
    }
  }
  if (!(it instanceof PyIterator || it instanceof PyGenerator))
    throw typeError(`'${typeName(it)}' object is not an iterator`);
  const x = it.next();
  if (x !== STOP) return x;
  if (a.length > 1) return a[1]!;
  const v = it instanceof PyGenerator ? it.returnValue : null;
  throw new PyError(new PyExc(Exc.StopIteration, v === null ? [] : [v]));
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

// `in` over iterators and generators consumes them, as in Python.
setContainsHook((c, item) => {
  if (c instanceof PyObject && c.cls.user) {
    const r = callSpecial(c, '__contains__', [item]);
    if (r !== undefined) return truthy(r);
    if (isIterable(c)) {
      const it = getIter(c);
      for (let x = it.next(); x !== STOP; x = it.next()) if (x === item || eq(x, item)) return true;
      return false;
    }
  }
  if (!(c instanceof PyIterator || c instanceof PyGenerator))
    throw typeError(`argument of type '${typeName(c)}' is not iterable`);
  for (let x = c.next(); x !== STOP; x = c.next()) if (eq(x, item)) return true;
  return false;
});
