/**
 * The object protocol, as CPython's abstract.c has it: calling a value, attribute lookup,
 * method calls and subscripts. Everything that calls back into Python code (a builtin's
 * `key=`, a loop callback, a method) goes through here, and this module does not import
 * the evaluator: a Python function is called through `functionCall`, the one slot that
 * the evaluator core (call.ts) fills when it loads, like the `tp_call` of CPython's
 * function type. Only the evaluator makes `PyFunction`s, so the slot is always filled
 * before one can reach `callValue`.
 */
import { PyCoroutine, STOP } from './coro';
import { dictSet } from './dicts';
import {
  Exc,
  NotSupportedError,
  PyError,
  attributeError,
  indexError,
  typeError,
  valueError,
} from './errors';
import { getIter } from './iter';
import { hashKey } from './compare';
import type { Value } from './values';
import { has } from './slots';
import {
  PyBoundMethod,
  PyBuiltin,
  PyDict,
  PyExc,
  PyFunction,
  PyList,
  PyModule,
  PyObject,
  PyRange,
  PySlice,
  PyTuple,
  PyType,
  typeName,
  typeOf,
} from './values';
import { cpLength } from './strlen';
import { refuseModuleAttr, refuseTypeAttr } from './support';
import { newSeq } from './sizes';
import { PySuper } from './object-values';
import {
  callSpecial,
  classAttr,
  delUserAttr,
  instanceAttr,
  lookup,
  setObjectCall,
  setUserAttr,
} from './objects';
import { superAttr } from './super';

/** Calls a Python function (binds the arguments, runs or wraps the body). */
export type FunctionCall = (
  fn: PyFunction,
  args: Value[],
  kwargs: Map<string, Value> | null,
) => Value;

let functionCall: FunctionCall = () => {
  throw new Error('the evaluator is not loaded');
};

/** Called once by call.ts: how a `PyFunction` is called. */
export function setFunctionCall(call: FunctionCall): void {
  functionCall = call;
}

/** Whether `v` is a library object that can be called (a `functools.partial`). */
export function hasCall(v: Value): boolean {
  return has(v, 'pyCall');
}

/** `callable(v)`: functions, builtins, types, bound methods, `__call__`, library callables. */
export function isCallable(v: Value): boolean {
  return (
    v instanceof PyFunction ||
    v instanceof PyBuiltin ||
    v instanceof PyType ||
    v instanceof PyBoundMethod ||
    (v instanceof PyObject && lookup(v.cls, '__call__') !== undefined) ||
    hasCall(v)
  );
}

export function callValue(fn: Value, args: Value[], kwargs: Map<string, Value> | null): Value {
  if (fn instanceof PyFunction) return functionCall(fn, args, kwargs);
  if (fn instanceof PyBuiltin) return fn.fn(args, kwargs);
  if (fn instanceof PyType) {
    if (!fn.construct) throw typeError(`cannot create '${fn.name}' instances`);
    return fn.construct(args, kwargs);
  }
  if (fn instanceof PyBoundMethod) return callValue(fn.fn, [fn.self, ...args], kwargs);
  if (fn instanceof PyObject && fn.cls.user) {
    const r = callSpecial(fn, '__call__', args, kwargs);
    if (r !== undefined) return r;
  }
  if (has(fn, 'pyCall')) return fn.pyCall(args, kwargs);
  throw typeError(`'${typeName(fn)}' object is not callable`);
}

export function getAttr(obj: Value, name: string): Value {
  if (obj instanceof PyModule) {
    const v = obj.attrs.get(name);
    if (v === undefined) {
      refuseModuleAttr(obj.name, name);
      throw attributeError(`module '${obj.name}' has no attribute '${name}'`);
    }
    return v;
  }
  if (obj instanceof PyType) {
    const s = obj.findStatic(name);
    if (s !== undefined) return s;
  }
  const t = typeOf(obj);
  if (t.user || obj instanceof PySuper || obj instanceof PyBoundMethod) {
    const v = userAttr(obj, name);
    if (v !== undefined) return v;
  } else if (obj instanceof PyType && obj.user) {
    const v = classAttr(obj, name);
    if (v !== undefined) return v;
  }
  // `object.__setattr__` is the class's own, unbound, not type's bound to the class
  if (obj instanceof PyType && (name === '__setattr__' || name === '__delattr__')) {
    const um = unboundMethod(obj, name);
    if (um) return um;
  }
  const prop = t.findProp(name);
  if (prop) return prop(obj);
  const m = t.findMethod(name);
  if (m) {
    // asyncio's classes but Future and Task are written in Python: their methods are `method`s.
    const kind = t.module.startsWith('asyncio.') ? 'method' : 'builtin';
    return new PyBuiltin(name, (args, kw) => m(obj, args, kw), obj, kind);
  }
  const st = t.findStatic(name);
  if (st !== undefined) return st;
  const special = specialAttr(obj, name);
  if (special !== undefined) return special;
  if (obj instanceof PyType) {
    const um = unboundMethod(obj, name);
    if (um) return um;
    refuseTypeAttr(obj, name);
    refuseTypeAttr(obj.cls, name);
    throw attributeError(`type object '${obj.name}' has no attribute '${name}'`);
  }
  refuseTypeAttr(t, name);
  throw attributeError(`'${t.name}' object has no attribute '${name}'`);
}

/** `T.name` for a method of T's table: a builtin that takes the instance first. */
function unboundMethod(obj: PyType, name: string): Value | undefined {
  const um = obj.findMethod(name);
  if (!um) return undefined;
  return new PyBuiltin(name, (args, kw) => {
    if (args.length === 0)
      throw typeError(`unbound method ${obj.name}.${name}() needs an argument`);
    return um(args[0]!, args.slice(1), kw);
  });
}

/** An attribute of an object of a class statement's class, a `super()` or a bound method. */
function userAttr(obj: Value, name: string): Value | undefined {
  if (obj instanceof PySuper) return superAttr(obj, name);
  if (obj instanceof PyBoundMethod) {
    if (name === '__self__') return obj.self;
    if (name === '__func__') return obj.fn;
    return name === '__class__' ? undefined : getAttr(obj.fn, name);
  }
  return instanceAttr(obj, name);
}

export function specialAttr(obj: Value, name: string): Value | undefined {
  if (name === '__class__') return typeOf(obj);
  if (obj instanceof PyType) {
    if (name === '__name__' || name === '__qualname__') return obj.name;
    if (name === '__module__') return obj.module;
  }
  if (obj instanceof PyFunction) {
    const own = obj.attrs?.get(name);
    if (own !== undefined) return own;
    if (name === '__name__') return obj.name;
    if (name === '__qualname__') return obj.qualname;
    if (name === '__module__') return obj.globals.get('__name__') ?? null;
    if (name === '__doc__') return docstring(obj);
    if (name === '__annotations__') {
      // Strings under `from __future__ import annotations`, which the parser did not keep.
      if (obj.def.stringAnnotations)
        throw new NotSupportedError(
          "a function's __annotations__ under 'from __future__ import annotations'",
          '.__annotations__',
        );
      if (obj.annotations === 'partial')
        throw new NotSupportedError(
          'the __annotations__ of a function annotated with what the simulator lacks',
          '.__annotations__',
        );
      return (obj.annotations ??= new PyDict());
    }
  }
  if (obj instanceof PyBuiltin && name === '__name__') return obj.name;
  if (obj instanceof PyCoroutine && (name === '__name__' || name === '__qualname__')) {
    return name === '__name__' ? obj.qualname.split('.').pop()! : obj.qualname;
  }
  if (obj instanceof PyExc) {
    switch (name) {
      case 'args':
        return new PyTuple(obj.args);
      case '__cause__':
        return obj.cause;
      case '__context__':
        return obj.context;
      case '__suppress_context__':
        return obj.suppressContext;
      case '__notes__':
        return obj.notes ? new PyList(obj.notes) : undefined;
      case 'value':
        return obj.type === Exc.StopIteration ? (obj.args[0] ?? null) : undefined;
      case 'exceptions':
      case 'message':
        if (obj.type.isSubclassOf(Exc.BaseExceptionGroup)) {
          if (name === 'message') return obj.args[0] ?? '';
          const list = obj.args[1];
          return new PyTuple(list instanceof PyList || list instanceof PyTuple ? list.items : []);
        }
    }
  }
  return undefined;
}

function docstring(fn: PyFunction): Value {
  const first = fn.def.body[0];
  if (fn.def.kind !== 'def' || first?.kind !== 'expr') return null;
  const e = first.value;
  return e.kind === 'const' && e.constant.type === 'str' ? e.constant.value : null;
}

/** A class that refuses some assignments to its attributes (an enum's members). */
interface ClassGuard {
  /** Raises CPython's error if `name` may not be set (`del`: deleted); false otherwise. */
  pyGuardAttr(name: string, del: boolean): false;
}

export function setAttr(obj: Value, name: string, _v: Value): void {
  if (obj instanceof PyModule) {
    obj.attrs.set(name, _v);
    return;
  }
  if ((obj as Partial<ClassGuard> | null)?.pyGuardAttr?.(name, false)) return;
  if (setUserAttr(obj, name, _v)) return;
  if (obj instanceof PyFunction) {
    (obj.attrs ??= new Map()).set(name, _v);
    return;
  }
  if (obj instanceof PyType) {
    throw typeError(`cannot set '${name}' attribute of immutable type '${obj.name}'`);
  }
  throw new NotSupportedError(
    `setting the attribute '${name}' of ${typeName(obj)} objects`,
    `.${name}`,
  );
}

/** `del obj.name`. */
export function delAttr(obj: Value, name: string): void {
  (obj as Partial<ClassGuard> | null)?.pyGuardAttr?.(name, true);
  if (delUserAttr(obj, name)) return;
  throw new NotSupportedError(
    `deleting the attribute '${name}' of ${typeName(obj)} objects`,
    `.${name}`,
  );
}

/** `obj.name(*args)`, without materialising a bound method for builtin types. */
export function callMethod(
  obj: Value,
  name: string,
  args: Value[],
  kwargs: Map<string, Value> | null,
): Value {
  if (!(obj instanceof PyModule) && !(obj instanceof PyType)) {
    const m = typeOf(obj).findMethod(name);
    if (m) return m(obj, args, kwargs);
  }
  return callValue(getAttr(obj, name), args, kwargs);
}

// ---- subscripts ----

function toIndex(v: Value, what: string): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  if (what === 'string') throw typeError(`string indices must be integers, not '${typeName(v)}'`);
  throw typeError(`${what} indices must be integers or slices, not ${typeName(v)}`);
}

function sliceArg(v: Value): number | null {
  if (v === null) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return v > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  throw typeError('slice indices must be integers or None or have an __index__ method');
}

/** `slice.indices(len)`: start, stop, step, and the number of items selected. */
export function sliceIndices(s: PySlice, len: number): [number, number, number, number] {
  const step = sliceArg(s.step) ?? 1;
  if (step === 0) throw valueError('slice step cannot be zero');
  const lo = sliceArg(s.lo);
  const hi = sliceArg(s.hi);
  const clamp = (v: number, def: number, neg: boolean): number => {
    if (v < 0) {
      v += len;
      if (v < 0) v = neg ? -1 : 0;
    } else if (v >= len) v = neg ? len - 1 : len;
    return v;
  };
  const start = lo === null ? (step < 0 ? len - 1 : 0) : clamp(lo, 0, step < 0);
  const stop = hi === null ? (step < 0 ? -1 : len) : clamp(hi, len, step < 0);
  let n = 0;
  if (step > 0 && stop > start) n = Math.floor((stop - start - 1) / step) + 1;
  if (step < 0 && start > stop) n = Math.floor((start - stop - 1) / -step) + 1;
  return [start, stop, step, n];
}

function sliceItems<T>(items: readonly T[], s: PySlice): T[] {
  const [start, , step, n] = sliceIndices(s, items.length);
  newSeq(n);
  if (step === 1) return items.slice(start, start + n);
  const out: T[] = [];
  for (let i = 0, j = start; i < n; i++, j += step) out.push(items[j]!);
  return out;
}

function seqIndex(i: number, len: number, what: string): number {
  const j = i < 0 ? i + len : i;
  if (j < 0 || j >= len) throw indexError(`${what} index out of range`);
  return j;
}

export function getItem(obj: Value, idx: Value): Value {
  if (obj instanceof PyList || obj instanceof PyTuple) {
    const what = obj instanceof PyList ? 'list' : 'tuple';
    if (idx instanceof PySlice) {
      const items = sliceItems(obj.items, idx);
      return obj instanceof PyList ? new PyList(items) : new PyTuple(items);
    }
    return obj.items[seqIndex(toIndex(idx, what), obj.items.length, what)]!;
  }
  if (obj instanceof PyDict) {
    const e = obj.map.get(hashKey(idx));
    if (e) return e[1];
    if (has(obj, 'pyMissing')) return obj.pyMissing(idx);
    throw new PyError(new PyExc(Exc.KeyError, [idx]));
  }
  if (typeof obj === 'string') {
    if (idx instanceof PySlice) {
      if (idx.step === null && cpLength(obj) === obj.length) {
        const [start, , , n] = sliceIndices(idx, obj.length);
        return obj.slice(start, start + n);
      }
      return sliceItems(Array.from(obj), idx).join('');
    }
    const chars = obj.length === cpLength(obj) ? null : Array.from(obj);
    const i = seqIndex(toIndex(idx, 'string'), chars ? chars.length : obj.length, 'string');
    return chars ? chars[i]! : obj[i]!;
  }
  if (obj instanceof PyRange) {
    if (idx instanceof PySlice) {
      const [start, , step, n] = sliceIndices(idx, obj.length);
      const s = obj.start + start * obj.step;
      return new PyRange(s, s + n * step * obj.step, step * obj.step);
    }
    const i = seqIndex(toIndex(idx, 'range'), obj.length, 'range object');
    return obj.start + i * obj.step;
  }
  if (obj instanceof PyType && !has(obj, 'pyGetItem')) {
    const classGetItem = obj.findStatic('__class_getitem__');
    if (classGetItem !== undefined) return callValue(classGetItem, [idx], null);
    throw typeError(`type '${obj.name}' is not subscriptable`);
  }
  const r = callSpecial(obj, '__getitem__', [idx]);
  if (r !== undefined) return r;
  if (has(obj, 'pyGetItem')) return obj.pyGetItem(idx);
  throw typeError(`'${typeName(obj)}' object is not subscriptable`);
}

export function setItem(obj: Value, idx: Value, v: Value): void {
  if (obj instanceof PyList) {
    if (idx instanceof PySlice) {
      const items: Value[] = [];
      const it = getIter(v);
      for (let x = it.next(); x !== STOP; x = it.next()) items.push(x);
      const [start, stop, step, n] = sliceIndices(idx, obj.items.length);
      if (step === 1) {
        // In place, without spreading `items` into arguments (a long list overflows the stack).
        const tail = obj.items.slice(Math.max(start, stop));
        obj.items.length = start;
        for (const x of items) obj.items.push(x);
        for (const x of tail) obj.items.push(x);
        return;
      }
      if (items.length !== n) {
        throw valueError(
          `attempt to assign sequence of size ${items.length} to extended slice of size ${n}`,
        );
      }
      for (let i = 0, j = start; i < n; i++, j += step) obj.items[j] = items[i]!;
      return;
    }
    obj.items[seqIndex(toIndex(idx, 'list'), obj.items.length, 'list assignment')] = v;
    return;
  }
  if (obj instanceof PyDict) {
    dictSet(obj, idx, v);
    return;
  }
  if (callSpecial(obj, '__setitem__', [idx, v]) !== undefined) return;
  if (has(obj, 'pySetItem')) return obj.pySetItem(idx, v);
  throw typeError(`'${typeName(obj)}' object does not support item assignment`);
}

export function delItem(obj: Value, idx: Value): void {
  if (obj instanceof PyList) {
    if (idx instanceof PySlice) {
      const [start, , step, n] = sliceIndices(idx, obj.items.length);
      const drop = new Set<number>();
      for (let i = 0, j = start; i < n; i++, j += step) drop.add(j);
      obj.items = obj.items.filter((_, i) => !drop.has(i));
      return;
    }
    obj.items.splice(seqIndex(toIndex(idx, 'list'), obj.items.length, 'list assignment'), 1);
    return;
  }
  if (obj instanceof PyDict) {
    const k = hashKey(idx);
    if (!obj.map.has(k)) throw new PyError(new PyExc(Exc.KeyError, [idx]));
    obj.map.delete(k);
    return;
  }
  if (callSpecial(obj, '__delitem__', [idx]) !== undefined) return;
  if (has(obj, 'pyDelItem')) return obj.pyDelItem(idx);
  throw typeError(`'${typeName(obj)}' object doesn't support item deletion`);
}

setObjectCall(callValue);
