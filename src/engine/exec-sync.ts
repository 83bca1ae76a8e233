/**
 * Statement execution for frames that can never suspend: plain functions and the module
 * body. The same semantics as `execBlock`, without a generator per block: it is several
 * times faster, and a Python call costs a handful of JS frames instead of a chain of
 * generator resumptions, so recursion reaches CPython's default depth.
 */
import type { Stmt, StmtOf } from '../python/ast';
import { unhandledNode } from '../python/ast';
import { getAttr, getItem, setAttr, setItem } from './protocol';
import { STOP } from './coro';
import { PyGenerator } from './generator';
import { dropGen } from './gen-life';
import { Exc, PyError } from './errors';
import { ev, lookupName } from './eval';
import { makeFunction } from './make-function';
import { annAssign, classStmt, defStmt, withStmt } from './exec-class';
import {
  Completion,
  afterPass,
  inplace,
  raiseError,
  releaseLocals,
  locate,
  runToEnd,
  tryStmt,
} from './exec';
import type { Frame } from './frame';
import { getIter } from './iter';
import { importFrom, importModule } from './modules';
import { truthy } from './ops';
import { rt } from './runtime';
import { bindTarget, deleteTarget, store } from './targets';
import { matchPattern } from './match';
import { PyExc } from './values';
import type { Value } from './values';
import { dropRef, dropped, frameEnded, holdTemp, releaseTemp } from './unawaited';

export function execBlockSync(body: Stmt[], f: Frame): Completion {
  const r = rt();
  for (const s of body) {
    r.countStatement();
    f.line = s.line;
    if (r.traceLines)
      r.emit({ type: 'line', t: r.time, task: r.current?.id ?? null, line: s.line });
    const c = execStmtSync(s, f);
    if (c !== Completion.Normal) return c;
  }
  return Completion.Normal;
}

/** One statement that cannot suspend (also used inside coroutines, for their await-free statements). */
export function execStmtSync(s: Stmt, f: Frame): Completion {
  switch (s.kind) {
    case 'expr': {
      dropRef(ev(s.value, f));
      break;
    }
    case 'assign': {
      const v = ev(s.value, f);
      for (const t of s.targets) bindTarget(t, v, f);
      break;
    }
    case 'annassign':
      annAssign(s, f);
      break;
    case 'augassign':
      augAssignSync(s, f);
      break;
    case 'if': {
      const c = execBlockSync(truthy(ev(s.test, f)) ? s.body : s.orelse, f);
      if (c !== Completion.Normal) return c;
      break;
    }
    case 'while':
    case 'for': {
      const c = s.kind === 'while' ? whileSync(s, f) : forSync(s, f);
      if (c !== Completion.Normal) return c;
      break;
    }
    case 'try': {
      const c = runToEnd(tryStmt(s, f, true));
      if (c !== Completion.Normal) return c;
      break;
    }
    case 'raise':
      throw raiseError(s.exc ? ev(s.exc, f) : undefined, s.cause ? ev(s.cause, f) : undefined, f);
    case 'return':
      f.retval = s.value ? ev(s.value, f) : null;
      return Completion.Return;
    case 'pass':
    case 'global':
    case 'nonlocal':
      break;
    case 'break':
      return Completion.Break;
    case 'continue':
      return Completion.Continue;
    case 'assert':
      if (!truthy(ev(s.test, f)))
        throw new PyError(new PyExc(Exc.AssertionError, s.msg ? [ev(s.msg, f)] : []));
      break;
    case 'del':
      for (const t of s.targets) deleteTarget(t, f);
      break;
    case 'import':
      for (const n of s.names) store(f, n.as ?? n.name.split('.')[0]!, importModule(n.name, s));
      break;
    case 'from':
      for (const n of s.names) store(f, n.as ?? n.name, importFrom(s.module, n.name, s));
      break;
    case 'def':
      if (s.decorators.length === 0) store(f, s.fn.name, makeFunction(s.fn, f));
      else defStmt(s, f);
      break;
    case 'class':
      classStmt(s, f);
      break;
    case 'with': {
      if (s.isAsync) throw new Error("'async with' in a frame that cannot suspend");
      const c = runToEnd(withStmt(s, 0, f, true));
      if (c !== Completion.Normal) return c;
      break;
    }
    case 'match': {
      const v = ev(s.subject, f);
      for (const c of s.cases) {
        if (!matchPattern(c.pattern, v, f)) continue;
        if (c.guard) {
          f.line = c.guard.line;
          if (!truthy(ev(c.guard, f))) continue;
        }
        const end = execBlockSync(c.body, f);
        if (end !== Completion.Normal) return end;
        break;
      }
      break;
    }
    default:
      return unhandledNode(s);
  }
  return Completion.Normal;
}

function augAssignSync(s: StmtOf<'augassign'>, f: Frame): void {
  const t = s.target;
  if (t.kind === 'name') bindTarget(t, inplace(s.op, lookupName(t, f), ev(s.value, f)), f);
  else if (t.kind === 'attr') {
    const obj = ev(t.value, f);
    setAttr(obj, t.name, inplace(s.op, getAttr(obj, t.name), ev(s.value, f)));
  } else if (t.kind === 'sub') {
    const obj = ev(t.value, f);
    const idx = ev(t.index, f);
    setItem(obj, idx, inplace(s.op, getItem(obj, idx), ev(s.value, f)));
  }
}

function whileSync(s: StmtOf<'while'>, f: Frame): Completion {
  while (truthy(ev(s.test, f))) {
    const end = afterPass(execBlockSync(s.body, f), s, f);
    if (end !== null) return end;
  }
  return execBlockSync(s.orelse, f);
}

function forSync(s: StmtOf<'for'>, f: Frame): Completion {
  const src = ev(s.iter, f);
  if (!(src instanceof PyGenerator)) return forBodySync(s, f, src);
  // the loop holds the generator: leaving the loop lets it go (gen-life.ts)
  src.refs++;
  try {
    return forBodySync(s, f, src);
  } finally {
    dropGen(src);
  }
}

function forBodySync(s: StmtOf<'for'>, f: Frame, src: Value): Completion {
  const it = getIter(src);
  const held = rt().pending.length !== 0 && typeof src === 'object' && src !== null;
  if (held) holdTemp(src);
  for (let x = it.next(); x !== STOP; x = it.next()) {
    bindTarget(s.target, x, f);
    const end = afterPass(execBlockSync(s.body, f), s, f);
    if (end !== null) {
      if (held) iterableDone(src);
      return end;
    }
  }
  if (held) iterableDone(src);
  return execBlockSync(s.orelse, f);
}

/** A `for` loop is done with its iterable (exhausted it, or left): its reference goes. */
export function iterableDone(src: Value): void {
  if (releaseTemp(rt(), src)) dropped([src]);
}

/** Runs a plain function's (or the module's) body; returns its result. */
export function execBodySync(f: Frame): Value {
  let threw: boolean | null = true;
  try {
    execBlockSync(f.def.body, f);
    threw = false;
    return f.retval;
  } catch (e) {
    if (!(e instanceof PyError)) threw = null; // the run stops: nothing to warn
    throw locate(e, f);
  } finally {
    if (f.def.kind !== 'module') {
      frameEnded(f, threw);
      if (f.def.children.length === 0) releaseLocals(f.env, f.retval, threw !== false);
    }
  }
}
