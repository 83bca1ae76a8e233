/**
 * The builtins over iterables: sum, min/max, sorted, reversed, enumerate, zip, map, filter,
 * any/all, iter/next/anext, and `in` over iterators.
 */
import { callValue, getItem } from './protocol';
import { STOP, awaitValue, nativeCoro } from './coro';
import { PyGenerator } from './generator';
import { PyAsyncGenerator } from './async-gen';
import { Exc, PyError, isErrorOf, typeError, valueError } from './errors';
import {
  PyIterator,
  dictReverseIterator,
  getIter,
  isIterable,
  toArray,
  userIterator,
} from './iter';
import { arity } from './method-args';
import { sortValues } from './methods';
import { cmp, eq, setContainsHook } from './compare';
import { float } from './num-ops';
import { binop, truthy } from './ops';
import { fn, kwOnly, toNumber } from './builtins-registry';
import type { Value } from './values';
import { PyDict, PyExc, PyFloat, PyList, PyObject, PyRange, PyTuple, typeName } from './values';
import { callSpecial, lookup } from './objects';
import { userLen } from './user-special';
import { has } from './slots';
import { cpLength } from './strlen';

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
  return reversed(a[0]!);
});

/** `reversed(v)`: its `__reversed__`, or the sequence protocol from `len(v) - 1` down. */
function reversed(v: Value): Value {
  if (v instanceof PyList) {
    let i = v.items.length - 1;
    // `listreviter_next`: live, it stops when the index falls outside the list
    return new PyIterator(
      () => (i >= 0 && i < v.items.length ? v.items[i--]! : ((i = -1), STOP)),
      'list_reverseiterator',
    );
  }
  if (v instanceof PyDict) return dictReverseIterator(v, 'keys');
  if (v instanceof PyRange) {
    const r = new PyRange(v.start + (v.length - 1) * v.step, v.start - v.step, -v.step);
    return getIter(r.length === 0 ? new PyRange(0, 0, 1) : r) as PyIterator;
  }
  if (typeof v === 'string') return sequenceReversed(v, cpLength(v));
  if (v instanceof PyTuple) return sequenceReversed(v, v.items.length);
  if (has(v, 'pyReversed')) return v.pyReversed();
  if (v instanceof PyObject && v.cls.user) {
    const own = lookup(v.cls, '__reversed__');
    if (own === null) throw notReversible(v);
    if (own !== undefined) return callSpecial(v, '__reversed__', [])!;
    if (lookup(v.cls, '__getitem__') !== undefined) {
      const n = userLen(v);
      if (n === undefined) throw typeError(`object of type '${typeName(v)}' has no len()`);
      return sequenceReversed(v, n);
    }
  }
  throw notReversible(v);
}

function notReversible(v: Value): PyError {
  return typeError(`'${typeName(v)}' object is not reversible`);
}

/** CPython's `reversed` object: `v[n - 1]`, ..., `v[0]`, ending early at an IndexError. */
function sequenceReversed(v: Value, n: number): PyIterator {
  let i = n - 1;
  return new PyIterator(() => {
    if (i < 0) return STOP;
    try {
      return getItem(v, i--);
    } catch (e) {
      if (isErrorOf(e, Exc.IndexError) || isErrorOf(e, Exc.StopIteration)) {
        i = -1;
        return STOP;
      }
      throw e;
    }
  }, 'reversed');
}
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
