/**
 * The `operator` module: the operators as functions (through the engine's own operators,
 * so they behave as the expressions do) and the getters (getters.ts). The in-place ones
 * (`iadd`, ...), `matmul` and `length_hint` are refused.
 */
import { compare, eq } from '../compare';
import { valueError, typeError } from '../errors';
import { getIter } from '../iter';
import { STOP } from '../coro';
import { lookup } from '../objects';
import { richCompare } from '../user-special';
import { binop, truthy, unary } from '../ops';
import { builtins, toInt } from '../builtins-registry';
import { callValue, delItem, getItem, setItem } from '../protocol';
import type { NativeFn, Value } from '../values';
import { PyBuiltin, PyList, PyModule, PyObject, PyTuple, typeName } from '../values';
import { exactly } from '../lib/module-util';
import { positional } from '../itertools/base';
import { attrgetterType, itemgetterType, methodcallerType } from './getters';

function two(name: string, f: (a: Value, b: Value) => Value): NativeFn {
  return (a, kw) => {
    if (kw?.size) throw typeError(`_operator.${name}() takes no keyword arguments`);
    positional(name, a, null, 2);
    return f(a[0]!, a[1]!);
  };
}

function one(name: string, f: (a: Value) => Value): NativeFn {
  return (a, kw) => {
    exactly(`_operator.${name}`, a, kw, 1);
    return f(a[0]!);
  };
}

const isUser = (v: Value): boolean => v instanceof PyObject && v.cls.user !== null;

/** A rich comparison's result: a class's method may return anything. */
function rich(op: string): (a: Value, b: Value) => Value {
  return (a, b) => (isUser(a) || isUser(b) ? richCompare(op, a, b) : compare(op, a, b));
}

function isSequence(v: Value): boolean {
  return (
    typeof v === 'string' ||
    v instanceof PyList ||
    v instanceof PyTuple ||
    (v instanceof PyObject && v.cls.user !== null && lookup(v.cls, '__getitem__') !== undefined)
  );
}

const BINARY: Record<string, string> = {
  add: '+',
  sub: '-',
  mul: '*',
  truediv: '/',
  floordiv: '//',
  mod: '%',
  pow: '**',
  lshift: '<<',
  rshift: '>>',
  and_: '&',
  or_: '|',
  xor: '^',
};

const COMPARISONS: Record<string, string> = {
  eq: '==',
  ne: '!=',
  lt: '<',
  le: '<=',
  gt: '>',
  ge: '>=',
};

/** Names whose `__name__` form CPython's module also has (`operator.__add__`). */
const DUNDER = new Set([
  ...Object.keys(BINARY),
  ...Object.keys(COMPARISONS),
  'abs',
  'neg',
  'pos',
  'invert',
  'inv',
  'not_',
  'index',
  'concat',
  'contains',
  'getitem',
  'setitem',
  'delitem',
  'call',
]);

function functions(): Record<string, NativeFn> {
  const fns: Record<string, NativeFn> = {};
  for (const [name, op] of Object.entries(BINARY)) fns[name] = two(name, (a, b) => binop(op, a, b));
  for (const [name, op] of Object.entries(COMPARISONS)) fns[name] = two(name, rich(op));
  Object.assign(fns, {
    neg: one('neg', (v) => unary('-', v)),
    pos: one('pos', (v) => unary('+', v)),
    invert: one('invert', (v) => unary('~', v)),
    inv: one('inv', (v) => unary('~', v)),
    abs: one('abs', (v) => callValue(builtins.get('abs')!, [v], null)),
    not_: one('not_', (v) => !truthy(v)),
    truth: one('truth', (v) => truthy(v)),
    index: one('index', (v) => toInt(v)),
    is_: two('is_', (a, b) => compare('is', a, b)),
    is_not: two('is_not', (a, b) => compare('is not', a, b)),
    contains: two('contains', (a, b) => compare('in', b, a)),
    concat: two('concat', (a, b) => {
      if (!isSequence(a)) throw typeError(`'${typeName(a)}' object can't be concatenated`);
      return binop('+', a, b);
    }),
    getitem: two('getitem', (a, b) => getItem(a, b)),
    countOf: two('countOf', (a, b) => {
      const it = getIter(a);
      let n = 0;
      for (let x = it.next(); x !== STOP; x = it.next()) if (x === b || eq(x, b)) n++;
      return n;
    }),
    indexOf: two('indexOf', (a, b) => {
      const it = getIter(a);
      let i = 0;
      for (let x = it.next(); x !== STOP; x = it.next(), i++) if (x === b || eq(x, b)) return i;
      throw valueError('sequence.index(x): x not in sequence');
    }),
  } satisfies Record<string, NativeFn>);
  fns.setitem = (a, kw) => {
    if (kw?.size) throw typeError('_operator.setitem() takes no keyword arguments');
    positional('setitem', a, null, 3);
    setItem(a[0]!, a[1]!, a[2]!);
    return null;
  };
  fns.delitem = two('delitem', (a, b) => {
    delItem(a, b);
    return null;
  });
  fns.call = (a, kw) => {
    if (a.length === 0) throw typeError('call expected at least 1 argument, got 0');
    return callValue(a[0]!, a.slice(1), kw);
  };
  return fns;
}

export function makeOperator(): PyModule {
  const attrs = new Map<string, Value>();
  for (const [name, f] of Object.entries(functions())) {
    const b = new PyBuiltin(name, f);
    attrs.set(name, b);
    if (DUNDER.has(name)) attrs.set(`__${name.replace(/_$/, '')}__`, b);
  }
  attrs.set('itemgetter', itemgetterType);
  attrs.set('attrgetter', attrgetterType);
  attrs.set('methodcaller', methodcallerType);
  return new PyModule('operator', attrs);
}
