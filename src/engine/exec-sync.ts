/**
 * Statement execution for frames that can never suspend: plain functions and the module
 * body. The same semantics as `execBlock`, without a generator per block: it is several
 * times faster, and a Python call costs a handful of JS frames instead of a chain of
 * generator resumptions, so recursion reaches CPython's default depth.
 */
import type { Stmt } from '../python/ast';
import { unhandledNode } from '../python/ast';
import { getAttr, getItem, setAttr, setItem } from './protocol';
import { PyCoroutine, PyGenerator, STOP } from './coro';
import { dropGen } from './gen-life';
import { warnNeverAwaited } from './asyncio/support';
import { Exc, PyError } from './errors';
import { ev, lookupName, makeFunction } from './eval';
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
import { PyExc } from './values';
import type { Value } from './values';

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
  switch (s.k) {
    case 'expr': {
      const v = ev(s.v, f);
      if (v instanceof PyCoroutine && v.state === 'created') warnNeverAwaited(v);
      break;
    }
    case 'assign': {
      const v = ev(s.v, f);
      for (const t of s.targets) bindTarget(t, v, f);
      break;
    }
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
      const c = s.k === 'while' ? whileSync(s, f) : forSync(s, f);
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
      f.retval = s.v ? ev(s.v, f) : null;
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
      store(f, s.fn.name, makeFunction(s.fn, f));
      break;
    case 'with':
      throw new Error("'async with' in a frame that cannot suspend");
    default:
      return unhandledNode(s);
  }
  return Completion.Normal;
}

function augAssignSync(s: Stmt & { k: 'augassign' }, f: Frame): void {
  const t = s.target;
  if (t.k === 'name') bindTarget(t, inplace(s.op, lookupName(t, f), ev(s.v, f)), f);
  else if (t.k === 'attr') {
    const obj = ev(t.v, f);
    setAttr(obj, t.name, inplace(s.op, getAttr(obj, t.name), ev(s.v, f)));
  } else if (t.k === 'sub') {
    const obj = ev(t.v, f);
    const idx = ev(t.index, f);
    setItem(obj, idx, inplace(s.op, getItem(obj, idx), ev(s.v, f)));
  }
}

function whileSync(s: Stmt & { k: 'while' }, f: Frame): Completion {
  while (truthy(ev(s.test, f))) {
    const end = afterPass(execBlockSync(s.body, f), s, f);
    if (end !== null) return end;
  }
  return execBlockSync(s.orelse, f);
}

function forSync(s: Stmt & { k: 'for' }, f: Frame): Completion {
  const src = ev(s.iter, f);
  if (src instanceof PyGenerator) {
    // the loop holds the generator: leaving the loop lets it go (gen-life.ts)
    src.refs++;
    try {
      return forBodySync(s, f, src);
    } finally {
      dropGen(src);
    }
  }
  return forBodySync(s, f, getIter(src));
}

function forBodySync(
  s: Stmt & { k: 'for' },
  f: Frame,
  it: { next(): Value | typeof STOP },
): Completion {
  for (let x = it.next(); x !== STOP; x = it.next()) {
    bindTarget(s.target, x, f);
    const end = afterPass(execBlockSync(s.body, f), s, f);
    if (end !== null) return end;
  }
  return execBlockSync(s.orelse, f);
}

/** Runs a plain function's (or the module's) body; returns its result. */
export function execBodySync(f: Frame): Value {
  let failing = false;
  try {
    execBlockSync(f.def.body, f);
    return f.retval;
  } catch (e) {
    failing = true;
    throw locate(e, f);
  } finally {
    if (f.def.kind !== 'module' && f.def.children.length === 0)
      releaseLocals(f.env.vars, f.retval, failing);
  }
}
