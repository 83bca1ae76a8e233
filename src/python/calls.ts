/**
 * Marks (`d`) the statements and expressions of a function body that contain a call, for
 * the engine's deep-recursion mode: there the generator executor runs them and yields each
 * call of a Python function to a trampoline instead of growing the JS stack.
 *
 * Only what the generator executor can run is marked: the statement kinds it has a
 * generator for, and the expression kinds `evGen` takes apart. The rest (comprehensions,
 * slices, `del`, nested `def`s) keeps running synchronously, as before.
 */
import type { Expr, FuncDef, Stmt } from './ast';

export function markCalls(fn: FuncDef): void {
  if (fn.callsMarked) return;
  fn.callsMarked = true;
  block(fn.body);
}

function block(body: Stmt[]): boolean {
  let d = false;
  for (const s of body) d = stmt(s) || d;
  return d;
}

function any(...ds: boolean[]): boolean {
  return ds.includes(true);
}

/** `any(...xs.map(f))` without spreading a list of any length into arguments. */
function anyOf<T>(xs: readonly T[], f: (x: T) => boolean): boolean {
  let found = false;
  for (const x of xs) if (f(x)) found = true;
  return found;
}

function opt(e: Expr | null): boolean {
  return e ? expr(e) : false;
}

function stmt(s: Stmt): boolean {
  const d = stmtChildren(s);
  if (d) s.d = true;
  return d;
}

function stmtChildren(s: Stmt): boolean {
  switch (s.k) {
    case 'expr':
    case 'assign':
    case 'augassign':
      return expr(s.v);
    case 'return':
      return opt(s.v);
    case 'if':
    case 'while':
      return any(expr(s.test), block(s.body), block(s.orelse));
    case 'for':
      return !s.isAsync && any(expr(s.iter), block(s.body), block(s.orelse));
    case 'try':
      return any(
        block(s.body),
        anyOf(s.handlers, (h) => any(opt(h.type), block(h.body))),
        block(s.orelse),
        block(s.finalbody),
      );
    case 'raise':
      return any(opt(s.exc), opt(s.cause));
    case 'assert':
      return any(expr(s.test), opt(s.msg));
    default:
      return false;
  }
}

function expr(e: Expr): boolean {
  const d = exprChildren(e);
  if (d && e.k !== 'star') e.d = true;
  return d;
}

function exprChildren(e: Expr): boolean {
  switch (e.k) {
    case 'call':
      expr(e.fn);
      for (const a of e.args) expr(a.v);
      return true;
    case 'bin':
      return any(expr(e.l), expr(e.r));
    case 'bool':
      return any(expr(e.l), expr(e.r));
    case 'unary':
    case 'not':
    case 'attr':
    case 'walrus':
    case 'await':
    case 'yieldfrom':
      return expr(e.v);
    case 'star':
      // Unwrapped by the list or call around it, which is marked instead.
      return expr(e.v);
    case 'yield':
      return opt(e.v);
    case 'ifexp':
      return any(expr(e.test), expr(e.body), expr(e.orelse));
    case 'cmp':
      return any(expr(e.first), anyOf(e.rest, expr));
    case 'sub':
      return any(expr(e.v), expr(e.index));
    case 'list':
    case 'tuple':
    case 'set':
      return anyOf(e.elts, expr);
    case 'dict':
      return anyOf(e.items, (it) => any(it.key ? expr(it.key) : false, expr(it.value)));
    case 'fstr':
      return anyOf(e.parts, (p) => (typeof p === 'string' ? false : expr(p.value)));
    default:
      // name, const, lambda, comp, slice: nothing evGen evaluates in this frame.
      return false;
  }
}
