/**
 * Expression evaluation. `ev` is the fast synchronous evaluator, used for every
 * expression that cannot suspend (no `await`/`yield` inside: most of them); `evGen`
 * evaluates the ones that can, as a generator, delegating their await-free parts to `ev`.
 * Displays are built by displays.ts, functions made by make-function.ts, and comprehensions
 * run by comprehension.ts.
 */
import type { Arg, Expr, FStringPart, ExprOf } from '../python/ast';
import { NameScope } from '../python/ast';
import { callMethod, callValue, getAttr, getItem } from './protocol';
import { invoke } from './call';
import { STOP } from './coro';
import { argsReleased, dropRef, holdTemp, itemsAfter, itemsBefore, releaseTemp } from './unawaited';
import { escapeGenArgs } from './gen-life';
import { Exc, pyErr, typeError } from './errors';
import type { Frame } from './frame';
import { formatField } from './format';
import { addDisplayItem, displayDone, displayItem, endDisplay, newDisplay } from './displays';
import { makeFunction } from './make-function';
import { comprehension } from './comprehension';
import { getIter } from './iter';
import { compare } from './compare';
import { binop, truthy, unary } from './ops';
import { repr } from './repr';
import { rt } from './runtime';
import { bindTarget } from './targets';
import type { Env, Value } from './values';
import { PyBuiltin, PyDict, PyFloat, PyFunction, PySlice } from './values';
import { builtins } from './builtins-registry';
import { mergeDict } from './dicts';
import { refuseBuiltin } from './support';
import { Ellipsis } from './object-values';

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
      const d = newDisplay(e);
      for (const x of e.elts) addDisplayItem(d, x, ev(x.kind === 'star' ? x.value : x, f));
      return endDisplay(d);
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
