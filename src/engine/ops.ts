/**
 * Python's operators on engine values: binary-operator dispatch, the sequence and set
 * operators, `%` formatting, unary operators, truth.
 */
import { setBinop } from './setops';
import { isTypingForm, typeUnion } from './lib/typing';
import { NotSupportedError, typeError } from './errors';
import { percentFormat } from './percent';
import { checkSeqLength, newSeq, newStr, tooLong, MAX_SEQ } from './sizes';
import type { Value } from './values';
import { asFloat, asInt, big, float, floatOp, intOp, intPow } from './num-ops';
import {
  PyDict,
  PyFloat,
  PyList,
  PyObject,
  PyRange,
  PySet,
  PyTuple,
  PyType,
  normInt,
  typeName,
} from './values';
import { NotImplemented } from './object-values';
import { binarySpecial, setTruthy, userTruth } from './user-special';
import { has } from './slots';

export function truthy(v: Value): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length > 0;
    case 'bigint':
      return v !== 0n;
  }
  if (v === null) return false;
  if (v instanceof PyFloat) return v.v !== 0;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PyDict || v instanceof PySet) return v.map.size > 0;
  if (v instanceof PyRange) return v.length > 0;
  if (v instanceof PyObject && v.cls.user) return userTruth(v);
  // A class is true (an enum class too: `EnumType.__bool__`), whatever its `len`.
  if (v instanceof PyType) return true;
  if (has(v, 'pyLen')) return v.pyLen() > 0;
  return true;
}
setTruthy(truthy);

const OP_NAMES: Record<string, string> = {
  '+': '+',
  '-': '-',
  '*': '*',
  '/': '/',
  '//': '//',
  '%': '%',
  '**': '** or pow()',
  '<<': '<<',
  '>>': '>>',
  '&': '&',
  '|': '|',
  '^': '^',
};

export function binop(op: string, a: Value, b: Value): Value {
  const ia = asInt(a);
  const ib = asInt(b);
  if (ia !== null && ib !== null) {
    if (op === '**') return intPow(big(ia), big(ib));
    if (
      typeof a === 'boolean' &&
      typeof b === 'boolean' &&
      (op === '&' || op === '|' || op === '^')
    ) {
      return op === '&' ? a && b : op === '|' ? a || b : a !== b;
    }
    return intOp(op, ia, ib);
  }
  if (
    (a instanceof PyFloat || ia !== null) &&
    (b instanceof PyFloat || ib !== null) &&
    !['<<', '>>', '&', '|', '^'].includes(op)
  ) {
    return floatOp(op, asFloat(a)!, asFloat(b)!);
  }
  return seqOp(op, a, b);
}

function seqOp(op: string, a: Value, b: Value): Value {
  if ((a instanceof PyObject && a.cls.user) || (b instanceof PyObject && b.cls.user)) {
    const r = binarySpecial(op, a, b);
    if (r !== NotImplemented) return r;
  }
  if (has(a, 'pyBinop')) {
    const r = a.pyBinop(op, b, false);
    if (r !== undefined) return r;
  }
  if (op === '+') {
    if (typeof a === 'string') {
      if (typeof b === 'string') {
        // A JS concatenation shares both parts: only the new part is made.
        checkSeqLength(a.length + b.length);
        newStr(b.length);
        return a + b;
      }
      throw typeError(`can only concatenate str (not "${typeName(b)}") to str`);
    }
    if (a instanceof PyList) {
      if (b instanceof PyList) {
        checkSeqLength(a.items.length + b.items.length);
        newSeq(b.items.length);
        return new PyList(a.items.concat(b.items));
      }
      throw typeError(`can only concatenate list (not "${typeName(b)}") to list`);
    }
    if (a instanceof PyTuple) {
      if (b instanceof PyTuple) {
        checkSeqLength(a.items.length + b.items.length);
        newSeq(b.items.length);
        return new PyTuple(a.items.concat(b.items));
      }
      throw typeError(`can only concatenate tuple (not "${typeName(b)}") to tuple`);
    }
  }
  if (op === '*') {
    if (isSeq(a)) return repeat(a, b);
    if (isSeq(b)) return repeat(b, a);
  }
  if (op === '%' && typeof a === 'string') return percentFormat(a, b);
  if (has(b, 'pyRBinop') && !(a instanceof PyObject && a.cls === b.cls)) {
    const r = b.pyRBinop(op, a);
    if (r !== undefined) return r;
  }
  if (
    (op === '|' || op === '&' || op === '-' || op === '^') &&
    a instanceof PySet &&
    b instanceof PySet
  )
    return setBinop(op, a, b);
  if (op === '|' && a instanceof PyDict && b instanceof PyDict) {
    const d = new PyDict();
    for (const [k, e] of a.map) d.map.set(k, e);
    for (const [k, e] of b.map) d.map.set(k, e);
    return d;
  }
  // `int | None` makes a types.UnionType in CPython
  if (op === '|') {
    const u = typeUnion(a, b);
    if (u !== null) return u;
    if (a instanceof PyType || b instanceof PyType || isTypingForm(a) || isTypingForm(b))
      throw new NotSupportedError('type unions (X | Y)', '|', 'are');
  }
  throw typeError(
    `unsupported operand type(s) for ${OP_NAMES[op] ?? op}: '${typeName(a)}' and '${typeName(b)}'`,
  );
}

function isSeq(v: Value): v is string | PyList | PyTuple {
  return typeof v === 'string' || v instanceof PyList || v instanceof PyTuple;
}

function repeat(seq: string | PyList | PyTuple, n: Value): Value {
  const k = asInt(n);
  if (k === null) throw typeError(`can't multiply sequence by non-int of type '${typeName(n)}'`);
  const times = Math.max(0, Number(k));
  const len = typeof seq === 'string' ? seq.length : seq.items.length;
  if (len * times > MAX_SEQ) throw tooLong();
  if (typeof seq === 'string') {
    newStr(len * times);
    return seq.repeat(times);
  }
  newSeq(len * times);
  // Made at its final size: growing by push would copy it a few times over.
  const items = seq.items;
  const out = len === 1 ? new Array<Value>(times).fill(items[0]!) : new Array<Value>(len * times);
  if (len !== 1)
    for (let i = 0, k = 0; i < times; i++) for (let j = 0; j < len; j++) out[k++] = items[j]!;
  return seq instanceof PyList ? new PyList(out) : new PyTuple(out);
}

export function unary(op: string, v: Value): Value {
  const i = asInt(v);
  if (i !== null) {
    if (op === '-') return typeof i === 'number' ? (i === 0 ? 0 : -i) : normInt(-i);
    if (op === '+') return i;
    return typeof i === 'number' ? -i - 1 : normInt(~i);
  }
  if (v instanceof PyFloat && op !== '~') return op === '-' ? float(-v.v) : v;
  throw typeError(`bad operand type for unary ${op}: '${typeName(v)}'`);
}
