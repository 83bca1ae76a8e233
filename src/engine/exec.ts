/**
 * Statement execution. Every block runs as a generator so a coroutine can suspend at
 * any `await`; blocks return a completion code for break/continue/return.
 */
import { setInplace } from './setops';
import type { Expr, Stmt, StmtOf } from '../python/ast';
import { getAttr, getItem, setAttr, setItem } from './protocol';
import { callValue } from './protocol';
import { STOP } from './coro';
import { PyGenerator } from './generator';
import { dropGen, escapeGen } from './gen-life';
import type { Gen } from './coro';
import { Exc, NotSupportedError, PyError, isSubclass, runtimeError, typeError } from './errors';
import type { Frame } from './frame';
import { ev, lookupName } from './eval';
import { evGen } from './eval-gen';
import { getIter, toArray } from './iter';
import { binop, truthy } from './ops';
import { has } from './slots';
import { matchPattern } from './match';
import { added, checkSeqLength } from './sizes';
import { rt } from './runtime';
import type { Runtime } from './runtime';
import { dropRef, exceptionCaught, holdTemp } from './unawaited';
import type { Env, Value } from './values';
import { PyExc, PyList, PySet, PyTuple, PyType } from './values';
import { exceptStar } from './except-star';
import { chainContext, topHandled } from './handled';
import { withStmt } from './exec-class';
import { execBlockSync, execStmtSync, iterableDone } from './exec-sync';
import { asyncFor, asyncWith, awaitExpr, awaitStmt } from './exec-async';
import { bindTarget, handlerName, unbind } from './targets';

export const Completion = { Normal: 0, Break: 1, Continue: 2, Return: 3 } as const;
export type Completion = (typeof Completion)[keyof typeof Completion];

/** A refusal leaving its first frame takes that frame's line (the statement running). */
export function locate(e: unknown, f: Frame): unknown {
  if (e instanceof NotSupportedError && e.line === 0) e.line = f.line;
  return e;
}

/**
 * A frame's variables are dropped: the generators only they held are finalized now
 * (gen-life.ts; never-started coroutines are unawaited.ts's).
 */
export function releaseLocals(
  vars: Env | Map<string, Value>,
  ret: Value = null,
  failing = false,
): void {
  // Left by an exception, the frame lives on in its traceback (and its locals with it) until
  // the exception goes; an exception object held in a variable can keep frames alive in a
  // cycle until the garbage collector runs: generators then go at an unknown moment.
  for (const v of vars.values()) {
    if (v instanceof PyGenerator) {
      if (failing || rt().excHeld) escapeGen(v);
      else dropGen(v, ret);
    }
  }
}

export function val(e: Expr, f: Frame): Gen {
  return evGen(e, f);
}
export type StmtGen = Generator<unknown, Completion, Value>;

/**
 * Runs a block of a coroutine or generator. Statements without an await inside (most of
 * them) run on the synchronous executor; the others go to a small generator of their own,
 * so a suspended coroutine keeps only small generator frames alive.
 */
export function* execBlock(body: Stmt[], f: Frame): StmtGen {
  const r = rt();
  // An index, not for-of: a suspended block should not keep an iterator object alive.
  for (let i = 0; i < body.length; i++) {
    const s = body[i]!;
    const c = startStmt(r, s, f) ? yield* suspending(s, f) : execStmtSync(s, f);
    if (c !== Completion.Normal) return c;
  }
  return Completion.Normal;
}

/** A statement of a block begins: counted, its line set and traced; true if it takes a generator. */
export function startStmt(r: Runtime, s: Stmt, f: Frame): boolean {
  r.countStatement();
  f.line = s.line;
  if (r.traceLines) r.emit({ type: 'line', t: r.time, task: r.current?.id ?? null, line: s.line });
  return s.suspends || (f.marks !== null && f.marks.has(s));
}

export function suspending(s: Stmt, f: Frame): StmtGen {
  switch (s.kind) {
    case 'expr':
    case 'assign':
    case 'return':
      if (s.value?.kind === 'await' && !s.value.value.suspends) return awaitStmt(s, s.value, f);
      return s.kind === 'expr'
        ? exprStmt(s, f)
        : s.kind === 'assign'
          ? assignStmt(s, f)
          : returnStmt(s, f);
    case 'augassign':
      return augAssign(s, f);
    case 'if':
      return ifStmt(s, f);
    case 'while':
      return whileStmt(s, f);
    case 'for':
      return s.isAsync ? asyncFor(s, f) : forLoop(s, f);
    case 'try':
      return tryStmt(s, f);
    case 'raise':
      return raiseStmt(s, f);
    case 'assert':
      return assertStmt(s, f);
    case 'with':
      return s.isAsync ? asyncWith(s, 0, f) : withStmt(s, 0, f, false);
    case 'match':
      return matchStmt(s, f);
    default:
      return unsupportedAwait(s);
  }
}

/** The value of an expression statement's or assignment's right-hand side. */
function rhs(e: Expr, f: Frame): Gen {
  return e.kind === 'await' && !e.value.suspends ? awaitExpr(e, f) : evGen(e, f);
}
function* exprStmt(s: StmtOf<'expr'>, f: Frame): StmtGen {
  dropRef(yield* rhs(s.value, f));
  return Completion.Normal;
}

function* assignStmt(s: StmtOf<'assign'>, f: Frame): StmtGen {
  const v = yield* rhs(s.value, f);
  for (const t of s.targets) bindTarget(t, v, f);
  return Completion.Normal;
}

function* ifStmt(s: StmtOf<'if'>, f: Frame): StmtGen {
  const test = yield* val(s.test, f);
  return yield* execBlock(truthy(test) ? s.body : s.orelse, f);
}

function* matchStmt(s: StmtOf<'match'>, f: Frame): StmtGen {
  const v = yield* val(s.subject, f);
  for (const c of s.cases) {
    if (!matchPattern(c.pattern, v, f)) continue;
    if (c.guard) {
      f.line = c.guard.line;
      if (!truthy(yield* val(c.guard, f))) continue;
    }
    return yield* execBlock(c.body, f);
  }
  return Completion.Normal;
}

function* whileStmt(s: StmtOf<'while'>, f: Frame): StmtGen {
  while (truthy(yield* val(s.test, f))) {
    const end = afterPass(yield* execBlock(s.body, f), s, f);
    if (end !== null) return end;
  }
  return yield* execBlock(s.orelse, f);
}

/**
 * After one pass of a loop's body, for both executors: the loop's completion if it ends
 * there (break, return), or null to go on, counting the loop's head as a statement again.
 */
export function afterPass(c: Completion, s: Stmt, f: Frame): Completion | null {
  if (c === Completion.Break) return Completion.Normal;
  if (c === Completion.Return) return c;
  rt().countStatement();
  f.line = s.line;
  return null;
}

function* raiseStmt(s: StmtOf<'raise'>, f: Frame): StmtGen {
  const exc = s.exc ? yield* val(s.exc, f) : undefined;
  const cause = s.cause ? yield* val(s.cause, f) : undefined;
  throw raiseError(exc, cause, f);
}

function* returnStmt(s: StmtOf<'return'>, f: Frame): StmtGen {
  f.retval = s.value ? yield* rhs(s.value, f) : null;
  return Completion.Return;
}

function* assertStmt(s: StmtOf<'assert'>, f: Frame): StmtGen {
  if (!truthy(yield* val(s.test, f))) {
    throw new PyError(new PyExc(Exc.AssertionError, s.msg ? [yield* val(s.msg, f)] : []));
  }
  return Completion.Normal;
}

// eslint-disable-next-line require-yield
function* unsupportedAwait(s: Stmt): StmtGen {
  throw new NotSupportedError(`'await' inside a '${s.kind}' statement`, 'await');
}
function* augAssign(s: StmtOf<'augassign'>, f: Frame): StmtGen {
  const t = s.target;
  if (t.kind === 'name') {
    const cur = lookupName(t, f);
    bindTarget(t, inplace(s.op, cur, yield* val(s.value, f)), f);
  } else if (t.kind === 'attr') {
    const obj = ev(t.value, f);
    const cur = getAttr(obj, t.name);
    setAttr(obj, t.name, inplace(s.op, cur, yield* val(s.value, f)));
  } else if (t.kind === 'sub') {
    const obj = ev(t.value, f);
    const idx = ev(t.index, f);
    const cur = getItem(obj, idx);
    setItem(obj, idx, inplace(s.op, cur, yield* val(s.value, f)));
  }
  return Completion.Normal;
}

/** `+=` on a list extends it in place; everything else rebinds. */
export function inplace(op: string, a: Value, b: Value): Value {
  if (op === '+' && a instanceof PyList) {
    // The items first: `a += a` doubles the list, as CPython's list_extend does.
    const add = toArray(b);
    checkSeqLength(a.items.length + add.length);
    for (const x of add) added(x);
    for (const x of add) a.items.push(x);
    return a;
  }
  if (has(a, 'pyBinop')) {
    const r = a.pyBinop(op, b, true);
    if (r !== undefined) return r;
  }
  // `set_ior` and the others change the set itself
  if (a instanceof PySet && !a.frozen && b instanceof PySet && '|&-^'.includes(op))
    return setInplace(op, a, b);
  return binop(op, a, b);
}

function* forLoop(s: StmtOf<'for'>, f: Frame): StmtGen {
  const src = yield* val(s.iter, f);
  if (!(src instanceof PyGenerator)) return yield* forBody(s, f, src);
  // the loop holds the generator: leaving the loop lets it go (gen-life.ts)
  src.refs++;
  try {
    return yield* forBody(s, f, src);
  } finally {
    dropGen(src);
  }
}

function* forBody(s: StmtOf<'for'>, f: Frame, src: Value): StmtGen {
  const it = getIter(src);
  const held = rt().pending.length !== 0 && typeof src === 'object' && src !== null;
  if (held) holdTemp(src);
  for (let x = it.next(); x !== STOP; x = it.next()) {
    bindTarget(s.target, x, f);
    const end = afterPass(yield* execBlock(s.body, f), s, f);
    if (end !== null) {
      if (held) iterableDone(src);
      return end;
    }
  }
  if (held) iterableDone(src);
  return yield* execBlock(s.orelse, f);
}

/** Does exception `exc` match the `except` clause's type (a class or a tuple of classes)? */
export function matches(exc: PyExc, spec: Value): boolean {
  if (spec instanceof PyType) return isSubclass(exc.type, spec);
  if (spec instanceof PyTuple) return spec.items.some((t) => matches(exc, t));
  throw typeError('catching classes that do not inherit from BaseException is not allowed');
}

/**
 * `try`/`except`/`else`/`finally`, for both executors: the one place their semantics live.
 * The synchronous executor runs it to its end (`runToEnd`) with `sync`, which runs the
 * blocks with `execBlockSync` (no generator per block: a `try` in a hot loop stays cheap).
 */
export function tryStmt(s: StmtOf<'try'>, f: Frame, sync = false): StmtGen {
  return tryFinally(s, f, sync, s.star ? exceptStar : exceptClauses);
}

/**
 * The frame of every `try`: the body; an exception from it goes to `handle` (the except
 * or except* clauses), else the `else` block runs; the `finally` block runs last, and a
 * break, continue or return in it wins over the exception or completion in flight.
 */
function* tryFinally(
  s: StmtOf<'try'>,
  f: Frame,
  sync: boolean,
  handle: (s: StmtOf<'try'>, f: Frame, caught: PyError, sync: boolean) => StmtGen,
): StmtGen {
  let c: Completion = Completion.Normal;
  const held = rt().temps.length;
  let inFlight: PyExc | null = null;
  try {
    let caught: PyError | null = null;
    try {
      c = sync ? execBlockSync(s.body, f) : yield* execBlock(s.body, f);
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      caught = e;
      exceptionCaught(held);
    }
    if (caught) c = yield* handle(s, f, caught, sync);
    else if (c === Completion.Normal)
      c = sync ? execBlockSync(s.orelse, f) : yield* execBlock(s.orelse, f);
  } catch (e) {
    if (s.finalbody.length && e instanceof PyError) inFlight = e.exc;
    throw e;
  } finally {
    if (s.finalbody.length) {
      const fc = inFlight
        ? yield* finallyHandling(s, f, sync, inFlight)
        : sync
          ? execBlockSync(s.finalbody, f)
          : yield* execBlock(s.finalbody, f);
      // A break/continue/return in `finally` discards the exception in flight, as in Python.
      // eslint-disable-next-line no-unsafe-finally
      if (fc !== Completion.Normal) return fc;
    }
  }
  return c;
}

/**
 * A `finally` block run with `exc` in flight handles it, as an `except` block would: a
 * bare `raise` re-raises it, and what the block raises is chained to it (`__context__`).
 */
function* finallyHandling(s: StmtOf<'try'>, f: Frame, sync: boolean, exc: PyExc): StmtGen {
  f.pushHandling(exc);
  try {
    return sync ? execBlockSync(s.finalbody, f) : yield* execBlock(s.finalbody, f);
  } catch (e) {
    if (e instanceof PyError && e.exc !== exc && !e.exc.context) e.exc.context = exc;
    throw e;
  } finally {
    f.popHandling();
  }
}

/** The first `except` clause that matches `caught` handles it; none: it propagates. */
function* exceptClauses(s: StmtOf<'try'>, f: Frame, caught: PyError, sync: boolean): StmtGen {
  const exc = caught.exc;
  for (const h of s.handlers) {
    if (h.type && !matches(exc, yield* val(h.type, f))) continue;
    if (h.name) bindTarget(handlerName(h, f), exc, f, true);
    f.pushHandling(exc);
    try {
      return sync ? execBlockSync(h.body, f) : yield* execBlock(h.body, f);
    } catch (e) {
      if (e instanceof PyError && e.exc !== exc && !e.exc.context) e.exc.context = exc;
      throw e;
    } finally {
      f.popHandling();
      if (h.name) unbind(f, h.name);
    }
  }
  throw caught;
}

/** Runs a generator that cannot suspend (a block of a frame with no await) to its end. */
export function runToEnd<T>(g: Generator<unknown, T, Value>): T {
  const r = g.next();
  if (!r.done) throw new Error('a block that cannot suspend suspended');
  return r.value;
}
/** Builds the error for `raise X [from Y]` (or a bare `raise`). */
export function raiseError(x: Value | undefined, cause: Value | undefined, f: Frame): PyError {
  if (x === undefined) {
    const cur = f.handled;
    if (!cur) return runtimeError('No active exception to reraise');
    return new PyError(cur);
  }
  let exc: PyExc;
  if (x instanceof PyExc) exc = x;
  else if (x instanceof PyType && x.isSubclassOf(Exc.BaseException)) {
    const made = callValue(x, [], null);
    if (!(made instanceof PyExc)) return typeError('exceptions must derive from BaseException');
    exc = made;
  } else return typeError('exceptions must derive from BaseException');
  if (cause !== undefined) {
    if (cause === null) exc.cause = null;
    else if (cause instanceof PyExc) exc.cause = cause;
    else if (cause instanceof PyType) exc.cause = callValue(cause, [], null) as PyExc;
    else return typeError('exception causes must derive from BaseException');
    exc.suppressContext = true;
  }
  chainContext(exc, topHandled(f));
  return new PyError(exc);
}
