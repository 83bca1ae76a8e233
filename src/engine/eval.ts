/**
 * Expression evaluation. `ev` is the fast synchronous evaluator, used for every
 * expression that cannot suspend (no `await`/`yield` inside: most of them); `evGen`
 * evaluates the ones that can, as a generator, delegating their await-free parts to `ev`.
 */
import { constantSet, isConstantSet, starredSet } from './setdisplay';
import type { SetPart } from './setdisplay';
import type { Arg, Expr, FormatField, FStringPart, FuncDef, ExprOf } from '../python/ast';
import { NameScope } from '../python/ast';
import { callMethod, callValue, getAttr, getItem } from './protocol';
import { invoke } from './call';
import { PyGenerator, STOP } from './coro';
import {
  argsReleased,
  dropRef,
  dropped,
  frameEnded,
  holdTemp,
  itemsAfter,
  itemsBefore,
  releaseTemp,
} from './unawaited';
import { dropGen, escapeGen, escapeGenArgs } from './gen-life';
import type { Gen } from './coro';
import { Exc, NotSupportedError, PyError, pyErr, typeError } from './errors';
import { Frame, FrameKind } from './frame';
import { formatValue } from './format';
import { getIter } from './iter';
import { compare, hashKey } from './compare';
import { binop, truthy, unary } from './ops';
import { repr, str } from './repr';
import { rt } from './runtime';
import { bindTarget } from './targets';
import type { Value } from './values';
import {
  Env,
  PyBuiltin,
  PyDict,
  PyFloat,
  PyFunction,
  PyList,
  PyObject,
  PySlice,
  PySet,
  PyTuple,
} from './values';
import { builtins } from './builtins-registry';
import { dictSet, mergeDict } from './dicts';
import { added, addedEntry } from './sizes';
import { refuseBuiltin } from './support';
import { Ellipsis } from './objects';

export function lookupName(e: ExprOf<'name'>, f: Frame): Value {
  if (e.scope === NameScope.Local) {
    const v = f.env.get(e.id);
    if (v === undefined) {
      if (f.def.kind === 'class') return lookupGlobal(e, f);
      throw pyErr(
        Exc.UnboundLocalError,
        `cannot access local variable '${e.id}' where it is not associated with a value`,
      );
    }
    return v;
  }
  if (e.scope === NameScope.Free) {
    let env: Env | null = f.env;
    for (let d = 0; d < e.depth && env; d++) env = env.parent;
    const v = env?.get(e.id);
    if (v === undefined) {
      throw pyErr(
        Exc.NameError,
        `cannot access free variable '${e.id}' where it is not associated with a value in enclosing scope`,
      );
    }
    return v;
  }
  return lookupGlobal(e, f);
}

/** A global or builtin name (a class body's own names fall back to these too). */
function lookupGlobal(e: ExprOf<'name'>, f: Frame): Value {
  const g = f.globals.get(e.id);
  if (g !== undefined) return g;
  const b = builtins.get(e.id);
  if (b !== undefined) return b;
  refuseBuiltin(e.id);
  throw pyErr(Exc.NameError, `name '${e.id}' is not defined`);
}

/**
 * Evaluates an expression that cannot suspend. Kept small on purpose: rare cases live in
 * helpers, so each Python call costs a small JS frame and recursion can go deep.
 */
export function ev(e: Expr, f: Frame): Value {
  switch (e.kind) {
    case 'name':
      return lookupName(e, f);
    case 'const':
      return e.constant.type === 'float'
        ? new PyFloat(e.constant.value)
        : e.constant.type === 'none'
          ? null
          : e.constant.type === 'ellipsis'
            ? Ellipsis
            : e.constant.value;
    case 'bin':
      return binop(e.op, ev(e.left, f), ev(e.right, f));
    case 'call':
      return evCall(e, f);
    case 'attr':
      return getAttr(ev(e.value, f), e.name);
    case 'sub':
      return getItem(ev(e.value, f), ev(e.index, f));
    case 'cmp':
      return evCompare(e, f);
    case 'not':
      return !truthy(ev(e.value, f));
    case 'ifexp':
      return truthy(ev(e.test, f)) ? ev(e.body, f) : ev(e.orelse, f);
    default:
      return evOther(e, f);
  }
}

function evCall(e: ExprOf<'call'>, f: Frame): Value {
  // Python evaluates the callable (or the method's object) before the arguments.
  const callee = ev(e.fn.kind === 'attr' ? e.fn.value : e.fn, f);
  if (e.args.length === 0) return callWith(e, callee, NO_ARGS, null);
  const pos: Value[] = [];
  let kw: Map<string, Value> | null = null;
  for (const a of e.args) kw = addArg(a, ev(a.value, f), pos, kw);
  return callWith(e, callee, pos, kw);
}

/**
 * Makes the call `e` once its callee (for `obj.name(...)`, the object) and its arguments
 * are evaluated: the one way both evaluators call.
 */
export function callWith(
  e: ExprOf<'call'>,
  callee: Value,
  pos: Value[],
  kw: Map<string, Value> | null,
): Value {
  if (pos.length || kw) {
    const builtin =
      e.fn.kind !== 'attr' && callee instanceof PyBuiltin && callee.self === undefined;
    escapeGenArgs(builtin ? callee.name : null, pos, kw, e.fn.kind === 'attr' ? callee : null);
  }
  if (rt().pending.length !== 0) return callPending(e, callee, pos, kw);
  if (e.fn.kind === 'attr') return callMethod(callee, e.fn.name, pos, kw);
  if (callee instanceof PyFunction) return invoke(callee, pos, kw);
  return callValue(callee, pos, kw);
}

/**
 * `callWith` while a coroutine object is pending (unawaited.ts): a library call holds its
 * arguments until it returns, and a list or dict method may drop items.
 */
function callPending(
  e: ExprOf<'call'>,
  callee: Value,
  pos: Value[],
  kw: Map<string, Value> | null,
): Value {
  if (callee instanceof PyFunction && e.fn.kind !== 'attr') return invoke(callee, pos, kw);
  const before = e.fn.kind === 'attr' ? itemsBefore(callee) : null;
  let v: Value;
  try {
    v = e.fn.kind === 'attr' ? callMethod(callee, e.fn.name, pos, kw) : callValue(callee, pos, kw);
  } catch (err) {
    releaseTemp(rt(), pos);
    if (kw) releaseTemp(rt(), kw);
    throw err;
  }
  if (before) itemsAfter(callee, before, v);
  argsReleased(pos, kw, v);
  return v;
}

/** Shared by every call without arguments; callees never modify their argument array. */
const NO_ARGS: Value[] = [];

/**
 * Adds one evaluated argument of a call: `v` to the positional list, or to the keyword map
 * (returned, made on first use); `*v` and `**v` spread. Both evaluators build arguments
 * with it. A coroutine passed on is the callee's to keep: it escapes the never-awaited
 * tracking however it is passed (see asyncio/support.ts).
 */
export function addArg(
  a: Arg,
  v: Value,
  pos: Value[],
  kw: Map<string, Value> | null,
): Map<string, Value> | null {
  switch (a.kind) {
    case 'pos':
      pos.push(v);
      if (typeof v === 'object' && v !== null) holdTemp(pos);
      return kw;
    case 'star': {
      // Held as it fills: the iterable may make calls (a generator), each a drop point.
      const it = getIter(v);
      for (let x = it.next(); x !== STOP; x = it.next()) {
        pos.push(x);
        if (typeof x === 'object' && x !== null) holdTemp(pos);
      }
      return kw;
    }
    case 'kw':
      (kw ??= new Map()).set(a.name, v);
      if (typeof v === 'object' && v !== null) holdTemp(kw);
      return kw;
    case 'dstar':
      return spreadKwargs(kw, v);
  }
}

function evCompare(e: ExprOf<'cmp'>, f: Frame): boolean {
  let left = ev(e.first, f);
  for (let i = 0; i < e.ops.length; i++) {
    const right = ev(e.rest[i]!, f);
    const ok = compare(e.ops[i]!, left, right);
    if (typeof left === 'object' && left !== null) dropRef(left); // the operands are released
    if (!ok) {
      if (typeof right === 'object' && right !== null) dropRef(right);
      return false;
    }
    left = right;
  }
  if (typeof left === 'object' && left !== null) dropRef(left);
  return true;
}

function evOther(e: Expr, f: Frame): Value {
  switch (e.kind) {
    case 'fstr':
      return fstring(e.parts, f);
    case 'list':
    case 'tuple':
    case 'set': {
      const items: Value[] = [];
      const parts: SetPart[] | null = e.kind === 'set' ? [] : null;
      for (const x of e.elts) {
        const v = ev(x.kind === 'star' ? x.value : x, f);
        const from = items.length;
        addElement(x, v, items);
        parts?.push({ star: x.kind === 'star', value: v, from, to: items.length });
      }
      return parts ? setDisplay(e, parts, items) : display(e.kind, items);
    }
    case 'dict': {
      const d = new PyDict();
      for (const it of e.items) {
        if (it.key === null) mergeDict(d, ev(it.value, f));
        else {
          const k = ev(it.key, f);
          displayItem(d, k, ev(it.value, f));
        }
      }
      return displayDone(d);
    }
    case 'comp':
      return comprehension(e, f);
    case 'lambda':
      return makeFunction(e.fn, f);
    case 'unary':
      return unary(e.op, ev(e.value, f));
    case 'bool': {
      const l = ev(e.left, f);
      if (e.op === 'and' ? !truthy(l) : truthy(l)) return l;
      dropRef(l); // the left operand is discarded
      return ev(e.right, f);
    }
    case 'slice':
      return new PySlice(
        e.lo ? ev(e.lo, f) : null,
        e.hi ? ev(e.hi, f) : null,
        e.step ? ev(e.step, f) : null,
      );
    case 'walrus': {
      const v = ev(e.value, f);
      bindTarget(e.target, v, f);
      return v;
    }
    case 'star':
      throw typeError("can't use starred expression here");
    default:
      throw new Error(`expression '${e.kind}' cannot be evaluated synchronously`);
  }
}

/**
 * Adds one item of a list, tuple or set display, evaluated (`*it` spreads it, evaluated).
 * Held by the container, a coroutine escapes the never-awaited tracking.
 */
export function addElement(x: Expr, v: Value, out: Value[]): void {
  if (x.kind !== 'star') {
    if (v instanceof PyObject) escapeGen(v);
    out.push(v);
    if (typeof v === 'object' && v !== null) holdTemp(out);
    return;
  }
  const it = getIter(v);
  for (let y = it.next(); y !== STOP; y = it.next()) {
    out.push(y);
    if (typeof y === 'object' && y !== null) holdTemp(out);
  }
}

/**
 * A set display: CPython's frozenset constant for constants; with starred parts, an empty
 * set that each starred part updates (`SET_UPDATE`: a set merged, a dict's keys sized up
 * front) and each other part adds to; else its items added in order.
 */
export function setDisplay(
  e: { elts: readonly Expr[]; iterated?: true },
  parts: SetPart[],
  items: Value[],
): Value {
  if (isConstantSet(e.elts, e.iterated === true)) {
    if (rt().temps.length !== 0) releaseTemp(rt(), items);
    return constantSet(items, e.iterated === true);
  }
  if (!parts.some((p) => p.star)) return display('set', items);
  if (rt().temps.length !== 0) releaseTemp(rt(), items);
  return starredSet(parts, items);
}

/** The list, tuple or set a display makes of its items. */
export function display(kind: 'list' | 'tuple' | 'set', items: Value[]): Value {
  if (rt().temps.length !== 0) releaseTemp(rt(), items);
  if (kind === 'list') return new PyList(items);
  if (kind === 'tuple') return new PyTuple(items);
  const s = new PySet();
  for (const x of items) {
    const k = hashKey(x);
    if (!s.map.has(k)) s.map.set(k, x);
  }
  return s;
}

/** `k: v` of a dict display: the dict holds both (a coroutine escapes the tracking). */
export function displayItem(d: PyDict, k: Value, v: Value): void {
  escapeGen(k);
  escapeGen(v);
  dictSet(d, k, v);
  if ((typeof v === 'object' && v !== null) || (typeof k === 'object' && k !== null)) holdTemp(d);
}

/** The dict display is made: the evaluator no longer holds it as a part-built value. */
export function displayDone(d: PyDict): PyDict {
  if (rt().temps.length !== 0) releaseTemp(rt(), d);
  return d;
}

export function spreadKwargs(kw: Map<string, Value> | null, v: Value): Map<string, Value> {
  if (!(v instanceof PyDict))
    throw typeError(`argument after ** must be a mapping, not ${repr(v)}`);
  kw ??= new Map();
  for (const [k, x] of v.map.values()) {
    if (typeof k !== 'string') throw typeError('keywords must be strings');
    if (kw.has(k)) throw typeError(`got multiple values for keyword argument '${k}'`);
    kw.set(k, x);
    if (typeof x === 'object' && x !== null) holdTemp(kw);
  }
  return kw;
}

export function fstring(parts: FStringPart[], f: Frame): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'string') out += p;
    else out += formatField(p, ev(p.value, f), p.spec ? fstring(p.spec, f) : null);
  }
  return out;
}

/** One `{value!conversion:spec}` of an f-string, its value and spec evaluated (in this order). */
export function formatField(field: FormatField, v: Value, spec: string | null): string {
  const { conversion, selfDoc } = field;
  const conv = conversion ?? (selfDoc !== null && spec === null ? 'r' : null);
  if (conv === 'r' || conv === 'a') v = repr(v);
  else if (conv === 's') v = str(v);
  return (selfDoc ?? '') + formatValue(v, spec ?? '');
}

export function makeFunction(def: FuncDef, f: Frame): PyFunction {
  const defaults: Value[] = [];
  const kwDefaults = new Map<string, Value>();
  for (const p of def.params) {
    if (!p.default) continue;
    const v = ev(p.default, f);
    if (p.kind === 'kwonly') kwDefaults.set(p.name, v);
    else defaults.push(v);
  }
  const fn = new PyFunction(def, defaults, kwDefaults, closureEnv(f), f.globals);
  fn.annotations = defAnnotations(def, f);
  return fn;
}

/**
 * CPython 3.13 evaluates a def's annotations as the definition runs, after the defaults (a
 * NameError there is the program's: `-> Node` inside class Node's body). A name CPython
 * has and the simulator lacks (`bytes`) is found in CPython, so it is no refusal here:
 * only reading such a function's `__annotations__` is.
 */
function defAnnotations(def: FuncDef, f: Frame): PyDict | null | 'partial' {
  let annotations: PyDict | null = null;
  let partial = false;
  const note = (key: string, e: Expr) => {
    try {
      dictSet((annotations ??= new PyDict()), key, ev(e, f));
    } catch (err) {
      if (!(err instanceof NotSupportedError)) throw err;
      partial = true;
    }
  };
  for (const p of def.params) if (p.annotation) note(p.name, p.annotation);
  if (def.returns) note('return', def.returns);
  return partial ? 'partial' : annotations;
}

/** What functions defined in frame `f` close over (a class body: its class cell). */
export function closureEnv(f: Frame): Env | null {
  return f.def.kind === 'module' ? null : f.def.kind === 'class' ? f.env.parent : f.env;
}

/** List, set and dict comprehensions run eagerly; generator expressions make a generator. */
export function comprehension(e: ExprOf<'comp'>, f: Frame, first?: Value): Value {
  const src = first === undefined ? ev(e.gens[0]!.iter, f) : first;
  const firstIter = getIter(src);
  const env = new Env(closureEnv(f));
  const inner = new Frame(
    e.fn,
    env,
    f.globals,
    e.form === 'gen' ? FrameKind.Generator : FrameKind.Function,
  );
  inner.line = e.line;
  if (e.form !== 'gen') inner.inlinedInto = f.inlinedInto ?? f;
  if (e.form === 'gen') {
    const g = new PyGenerator(e.fn.qualname, inner, genexpBody(e, inner, firstIter));
    if (firstIter instanceof PyGenerator) {
      // the generator expression's frame holds its outermost iterable (`.0`)
      firstIter.refs++;
      g.onEnd = () => dropGen(firstIter);
    }
    return g;
  }
  const list: Value[] = [];
  const set = e.form === 'set' ? new PySet() : null;
  const dict = e.form === 'dict' ? new PyDict() : null;
  const emit = (): void => {
    if (dict) {
      dictSet(dict, ev(e.elt, inner), ev(e.value!, inner));
      holdTemp(dict);
    } else if (set) {
      const v = ev(e.elt, inner);
      const k = hashKey(v);
      if (!set.map.has(k)) {
        addedEntry(v, null);
        set.map.set(k, v);
      }
    } else {
      const v = ev(e.elt, inner);
      added(v);
      list.push(v);
      if (typeof v === 'object' && v !== null) holdTemp(list);
    }
  };
  const loop = (level: number, it: { next(): Value | typeof STOP }): void => {
    const g = e.gens[level]!;
    for (let v = it.next(); v !== STOP; v = it.next()) {
      rt().countStatement();
      bindTarget(g.target, v, inner);
      if (!g.ifs.every((c) => truthy(ev(c, inner)))) continue;
      if (level + 1 < e.gens.length) loop(level + 1, getIter(ev(e.gens[level + 1]!.iter, inner)));
      else emit();
    }
  };
  // The comprehension's variables (the enclosing frame's, in CPython) and its source are roots.
  const r = rt();
  r.frames.push(inner);
  if (typeof src === 'object' && src !== null) holdTemp(src);
  let threw: boolean | null = true;
  try {
    loop(0, firstIter);
    threw = false;
  } catch (err) {
    if (!(err instanceof PyError)) threw = null; // the run stops: nothing to warn
    throw err;
  } finally {
    // The exhausted source goes first, then the variables; the result is held meanwhile.
    if (threw !== null && r.temps.length !== 0 && releaseTemp(r, src)) dropped([src]);
    frameEnded(inner, threw);
    if (r.temps.length !== 0) {
      releaseTemp(r, list);
      if (dict) releaseTemp(r, dict);
    }
  }
  return dict ?? set ?? new PyList(list);
}

function* genexpBody(
  e: ExprOf<'comp'>,
  inner: Frame,
  firstIter: { next(): Value | typeof STOP },
): Gen {
  function* loop(level: number, it: { next(): Value | typeof STOP }): Gen {
    const g = e.gens[level]!;
    for (let v = it.next(); v !== STOP; v = it.next()) {
      rt().countStatement();
      bindTarget(g.target, v, inner);
      if (!g.ifs.every((c) => truthy(ev(c, inner)))) continue;
      if (level + 1 < e.gens.length)
        yield* loop(level + 1, getIter(ev(e.gens[level + 1]!.iter, inner)));
      else yield ev(e.elt, inner);
    }
    return null;
  }
  return yield* loop(0, firstIter);
}
