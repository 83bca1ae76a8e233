/**
 * Marks the statements and expressions of a function body that the generator executor
 * should run when the function runs deep in a recursion: those that contain a call. There
 * the generator executor yields each call of a Python function to a trampoline instead
 * of growing the JS stack.
 *
 * The marks go into a side table (`NodeMarks`, one per run), never onto the AST: the tree
 * a parse gives stays as it was, whatever ran it.
 *
 * Only what the generator executor can run is marked: the statement kinds it has a
 * generator for, and the expression kinds `evGen` takes apart. The rest (comprehensions,
 * slices, `del`, nested `def`s) keeps running synchronously, as before.
 */
import type { Expr, FuncDef, Stmt } from './ast';

/** The nodes marked (statements, expressions), and the functions whose bodies were walked. */
export type NodeMarks = WeakSet<object>;

/**
 * Marks `fn`'s body into `marks` (once per function and table). With `everything`, every
 * node the generator executor can run is marked, whether or not it contains a call: the
 * tests run programs so to check that both executors agree.
 */
export function markCalls(fn: FuncDef, marks: NodeMarks, everything = false): void {
  if (marks.has(fn)) return;
  marks.add(fn);
  new Marker(marks, everything).block(fn.body);
}

class Marker {
  constructor(
    private readonly marks: NodeMarks,
    private readonly everything: boolean,
  ) {}

  block(body: Stmt[]): boolean {
    let d = false;
    for (const s of body) d = this.stmt(s) || d;
    return d;
  }

  private opt(e: Expr | null): boolean {
    return e ? this.expr(e) : false;
  }

  private stmt(s: Stmt): boolean {
    const d = this.stmtChildren(s);
    if (d === null) return false;
    if (d || this.everything) this.marks.add(s);
    return d;
  }

  /** Whether `s` contains a call; null for a kind the generator executor does not run. */
  private stmtChildren(s: Stmt): boolean | null {
    switch (s.kind) {
      case 'expr':
      case 'assign':
      case 'augassign':
        return this.expr(s.value);
      case 'return':
        return this.opt(s.value);
      case 'if':
      case 'while':
        return any(this.expr(s.test), this.block(s.body), this.block(s.orelse));
      case 'for':
        if (s.isAsync) return null;
        return any(this.expr(s.iter), this.block(s.body), this.block(s.orelse));
      case 'try':
        return any(
          this.block(s.body),
          anyOf(s.handlers, (h) => any(this.opt(h.type), this.block(h.body))),
          this.block(s.orelse),
          this.block(s.finalbody),
        );
      case 'raise':
        return any(this.opt(s.exc), this.opt(s.cause));
      case 'assert':
        return any(this.expr(s.test), this.opt(s.msg));
      case 'match':
        return any(
          this.expr(s.subject),
          anyOf(s.cases, (c) => any(this.opt(c.guard), this.block(c.body))),
        );
      default:
        return null;
    }
  }

  private expr(e: Expr): boolean {
    const d = this.exprChildren(e);
    if (d === null) return false;
    if ((d || this.everything) && e.kind !== 'star') this.marks.add(e);
    return d;
  }

  /** Whether `e` contains a call; null for a kind `evGen` does not take apart. */
  private exprChildren(e: Expr): boolean | null {
    switch (e.kind) {
      case 'call':
        this.expr(e.fn);
        for (const a of e.args) this.expr(a.value);
        return true;
      case 'bin':
      case 'bool':
        return any(this.expr(e.left), this.expr(e.right));
      case 'unary':
      case 'not':
      case 'attr':
      case 'walrus':
      case 'await':
      case 'yieldfrom':
        return this.expr(e.value);
      case 'star':
        // Unwrapped by the list or call around it, which is marked instead.
        return this.expr(e.value);
      case 'yield':
        return this.opt(e.value);
      case 'ifexp':
        return any(this.expr(e.test), this.expr(e.body), this.expr(e.orelse));
      case 'cmp':
        return any(
          this.expr(e.first),
          anyOf(e.rest, (x) => this.expr(x)),
        );
      case 'sub':
        return any(this.expr(e.value), this.expr(e.index));
      case 'list':
      case 'tuple':
      case 'set':
        return anyOf(e.elts, (x) => this.expr(x));
      case 'dict':
        return anyOf(e.items, (it) => any(it.key ? this.expr(it.key) : false, this.expr(it.value)));
      case 'fstr':
        return anyOf(e.parts, (p) => (typeof p === 'string' ? false : this.expr(p.value)));
      default:
        // name, const, lambda, comp, slice: nothing evGen evaluates in this frame.
        return null;
    }
  }
}

function any(...ds: boolean[]): boolean {
  return ds.includes(true);
}

/** Whether `f` holds for some item, visiting every item (each is marked), with no spread. */
function anyOf<T>(xs: readonly T[], f: (x: T) => boolean): boolean {
  let found = false;
  for (const x of xs) if (f(x)) found = true;
  return found;
}
