/** Python's `repr()` and `str()` for every engine value. */
import { Exc, pyErr } from './errors';
import { FormatError, floatRepr, intToStr } from './numfmt';
import { fakeAddress } from './address';
import { setValues } from './setorder';
import { callSpecial } from './objects';
import { setReprHook } from './super';
import type { Value } from './values';
import {
  PyBoundMethod,
  PyBuiltin,
  PyDict,
  PyExc,
  PyFloat,
  PyFunction,
  PyList,
  PyModule,
  PyObject,
  PyRange,
  PySet,
  PySlice,
  PyTuple,
  PyType,
  typeName,
} from './values';

/** Objects that render themselves (coroutines, tasks, futures, locks...). */
export interface SelfRepr {
  pyRepr(): string;
}

function hasRepr(v: object): v is SelfRepr {
  return typeof (v as Partial<SelfRepr>).pyRepr === 'function';
}

/** Characters `strRepr` escapes, or whose presence picks the quote. */
// eslint-disable-next-line no-control-regex -- the control characters are what it looks for
const SPECIAL = /['"\\\x00-\x1f\x7f-\x9f]/;

export function strRepr(s: string): string {
  // Most strings need no escape: one pass to find out, none to copy them char by char.
  if (!SPECIAL.test(s)) return `'${s}'`;
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c >= 0x80 && c < 0xa0) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

const active = new Set<object>();

function container(v: object, open: string, close: string, body: () => string): string {
  if (active.has(v)) return open + '...' + close;
  active.add(v);
  try {
    return open + body() + close;
  } finally {
    active.delete(v);
  }
}

/** str() of a big int: CPython's 4,300-digit rule, a ValueError past it. */
function bigintStr(v: bigint): string {
  try {
    return intToStr(v);
  } catch (e) {
    throw e instanceof FormatError ? pyErr(Exc.ValueError, e.message) : e;
  }
}

export function repr(v: Value): string {
  switch (typeof v) {
    case 'string':
      return strRepr(v);
    case 'number':
      return String(v);
    case 'bigint':
      return bigintStr(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  if (v === null) return 'None';
  if (v instanceof PyFloat) return floatRepr(v.v);
  if (v instanceof PyList) return container(v, '[', ']', () => v.items.map(repr).join(', '));
  if (v instanceof PyTuple) {
    if (hasRepr(v)) return container(v, '', '', () => v.pyRepr());
    if (v.items.length === 1) return container(v, '(', ',)', () => repr(v.items[0]!));
    return container(v, '(', ')', () => v.items.map(repr).join(', '));
  }
  if (v instanceof PyDict) {
    if (hasRepr(v)) return container(v, '', '', () => v.pyRepr());
    return container(v, '{', '}', () =>
      [...v.map.values()].map(([k, x]) => `${repr(k)}: ${repr(x)}`).join(', '),
    );
  }
  if (v instanceof PySet) {
    if (v.map.size === 0) return v.frozen ? 'frozenset()' : 'set()';
    const body = container(v, '{', '}', () => setValues(v).map(repr).join(', '));
    return v.frozen ? `frozenset(${body})` : body;
  }
  if (v.cls.user) return userRepr(v);
  if (v instanceof PyExc) return excRepr(v);
  if (v instanceof PySlice) return `slice(${repr(v.lo)}, ${repr(v.hi)}, ${repr(v.step)})`;
  if (v instanceof PyRange)
    return v.step === 1
      ? `range(${v.start}, ${v.stop})`
      : `range(${v.start}, ${v.stop}, ${v.step})`;
  if (v instanceof PyType && !hasRepr(v))
    return `<class '${v.module === 'builtins' ? '' : v.module + '.'}${v.user?.qualname ?? v.name}'>`;
  if (v instanceof PyFunction) return `<function ${v.qualname} at ${fakeAddress(v)}>`;
  if (v instanceof PyBuiltin) {
    return v.kind === 'function'
      ? `<function ${v.name} at ${fakeAddress(v)}>`
      : `<built-in function ${v.name}>`;
  }
  if (v instanceof PyBoundMethod) {
    // a wrapper with a `__qualname__` (an lru_cache one) is shown by it, as CPython's method_repr
    const q = (v.fn as { pyQualname?: () => string | null } | null)?.pyQualname?.();
    const fn = v.fn instanceof PyFunction ? v.fn.qualname : (q ?? repr(v.fn));
    return `<bound method ${fn} of ${repr(v.self)}>`;
  }
  if (v instanceof PyModule) return `<module '${v.name}'>`;
  if (hasRepr(v)) return v.pyRepr();
  return `<${typeName(v)} object at ${fakeAddress(v)}>`;
}

export function excRepr(e: PyExc): string {
  const args = e.args.length === 1 ? repr(e.args[0]!) : e.args.map(repr).join(', ');
  return `${e.type.name}(${args})`;
}

export function str(v: Value): string {
  if (typeof v === 'string') return v;
  if (v instanceof PyExc) return excStr(v);
  if (v instanceof PyObject && v.cls.user) {
    const s = callSpecial(v, '__str__', []);
    if (s !== undefined) return special(s, '__str__');
  }
  if (v !== null && typeof (v as { pyStr?: unknown }).pyStr === 'function')
    return (v as unknown as { pyStr(): string }).pyStr();
  return repr(v);
}

/** The result of a `__repr__` or `__str__`, which must be a str. */
function special(s: Value, name: string): string {
  if (typeof s !== 'string')
    throw pyErr(Exc.TypeError, `${name} returned non-string (type ${typeName(s)})`);
  return s;
}

/** repr() of an object of a class statement's class: its `__repr__`, or object's. */
function userRepr(v: PyObject): string {
  const r = callSpecial(v, '__repr__', []);
  if (r !== undefined) return special(r, '__repr__');
  return defaultRepr(v);
}

function defaultRepr(v: PyObject): string {
  if (v instanceof PyExc) return excRepr(v);
  const t = v.cls;
  return `<${t.module}.${t.user?.qualname ?? t.name} object at ${fakeAddress(v)}>`;
}

setReprHook((v, kind) => {
  if (kind === 'excrepr' && v instanceof PyExc) return excRepr(v);
  if (kind === 'excstr' && v instanceof PyExc) return baseExcStr(v);
  return kind === 'repr' && v instanceof PyObject ? defaultRepr(v) : repr(v);
});

export function excStr(e: PyExc): string {
  if (e.type.user) {
    const s = callSpecial(e, '__str__', []);
    if (s !== undefined) return special(s, '__str__');
  }
  return baseExcStr(e);
}

/** BaseException.__str__: the message from the arguments. */
function baseExcStr(e: PyExc): string {
  if (e.type.isSubclassOf(Exc.KeyError) && e.args.length === 1) return repr(e.args[0]!);
  if (e.args.length === 0) return '';
  if (e.args.length === 1) return str(e.args[0]!);
  if (e.type.name === 'ExceptionGroup' || e.type.name === 'BaseExceptionGroup') {
    const n = e.args[1] instanceof PyList ? e.args[1].items.length : 0;
    return `${str(e.args[0]!)} (${n} sub-exception${n === 1 ? '' : 's'})`;
  }
  return repr(new PyTuple(e.args));
}

/** `Name: message`, or `Name` when the message is empty (the trace's EXC form). */
export function excLine(e: PyExc): string {
  const msg = excStr(e);
  return msg === '' ? e.type.name : `${e.type.name}: ${msg}`;
}

// The library's reprs take it from here; coro.ts and the generators from address.ts (this
// file would be a cycle).
export { fakeAddress };
