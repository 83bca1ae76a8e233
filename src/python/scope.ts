/**
 * Scope analysis: decides for every name whether it is local, found in an enclosing
 * function (and how many scopes up), or global; marks expressions that may suspend.
 */
import type { Expr, FStringPart, FuncDef, Module, Stmt, ExprOf } from './ast';
import { NameScope, patternParts } from './ast';
import { Diagnostic } from './diagnostics';

export function resolveScopes(module: Module): void {
  settleLocals(module.fn);
  new Resolver(module.filename).fn(module.fn);
}

function settleLocals(fn: FuncDef): void {
  for (const n of fn.globals) fn.locals.delete(n);
  for (const n of fn.nonlocals) fn.locals.delete(n);
  for (const c of fn.children) settleLocals(c);
}

class Resolver {
  constructor(private readonly filename: string) {}

  fn(fn: FuncDef): void {
    for (const name of fn.nonlocals) {
      if (this.lookupOuter(fn, name) === null) {
        throw new Diagnostic(
          this.filename,
          fn.line,
          fn.col,
          'SyntaxError',
          `no binding for nonlocal '${name}' found`,
        );
      }
    }
    for (const p of fn.params) if (p.default) this.expr(p.default, fn.parent ?? fn);
    for (const p of fn.params) if (p.annotation) this.expr(p.annotation, fn.parent ?? fn);
    if (fn.returns) this.expr(fn.returns, fn.parent ?? fn);
    this.block(fn.body, fn);
  }

  /** Depth of the enclosing function scope that binds `name`, or null. */
  private lookupOuter(fn: FuncDef, name: string): number | null {
    // A class body's frame sits on the class's cell level (`__class__`), which is all a
    // class contributes to the closures of the functions defined in it.
    let depth = fn.kind === 'class' ? 2 : 1;
    for (let p = fn.parent; p && p.kind !== 'module'; p = p.parent, depth++) {
      if (p.kind === 'class') {
        if (name === '__class__') return depth;
        continue;
      }
      if (p.locals.has(name)) return depth;
      if (p.globals.has(name)) return null;
    }
    return null;
  }

  private name(e: ExprOf<'name'>, fn: FuncDef): void {
    if (fn.kind === 'module' || fn.globals.has(e.id)) {
      e.scope = NameScope.Global;
    } else if (fn.locals.has(e.id)) {
      e.scope = NameScope.Local;
    } else {
      const depth = this.lookupOuter(fn, e.id);
      if (depth === null) e.scope = NameScope.Global;
      else {
        e.scope = NameScope.Free;
        e.depth = depth;
      }
    }
  }

  /** Resolves a block; returns whether any statement in it may suspend. */
  block(body: Stmt[], fn: FuncDef): boolean {
    let y = false;
    for (const s of body) y = this.stmt(s, fn) || y;
    return y;
  }

  /** Resolves names in `s`; returns (and records in `s.suspends`) whether it may suspend. */
  private stmt(s: Stmt, fn: FuncDef): boolean {
    const y = this.stmtChildren(s, fn);
    if (y) s.suspends = true;
    return y;
  }

  private stmtChildren(s: Stmt, fn: FuncDef): boolean {
    const any = (...ys: boolean[]): boolean => ys.some(Boolean);
    switch (s.kind) {
      case 'expr':
        return this.expr(s.value, fn);
      case 'assign':
        return any(this.expr(s.value, fn), ...s.targets.map((t) => this.expr(t, fn)));
      case 'augassign':
        return any(this.expr(s.target, fn), this.expr(s.value, fn));
      case 'annassign':
        return any(
          s.value ? this.expr(s.value, fn) : false,
          this.expr(s.target, fn),
          this.expr(s.annotation, fn),
        );
      case 'if':
      case 'while':
        return any(this.expr(s.test, fn), this.block(s.body, fn), this.block(s.orelse, fn));
      case 'for':
        return any(
          s.isAsync,
          this.expr(s.target, fn),
          this.expr(s.iter, fn),
          this.block(s.body, fn),
          this.block(s.orelse, fn),
        );
      case 'try':
        return any(
          this.block(s.body, fn),
          ...s.handlers.map((h) =>
            any(h.type ? this.expr(h.type, fn) : false, this.block(h.body, fn)),
          ),
          this.block(s.orelse, fn),
          this.block(s.finalbody, fn),
        );
      case 'raise':
        return any(s.exc ? this.expr(s.exc, fn) : false, s.cause ? this.expr(s.cause, fn) : false);
      case 'return':
        return s.value ? this.expr(s.value, fn) : false;
      case 'assert':
        return any(this.expr(s.test, fn), s.msg ? this.expr(s.msg, fn) : false);
      case 'del':
        return any(...s.targets.map((t) => this.expr(t, fn)));
      case 'def': {
        const y = any(...s.decorators.map((d) => this.expr(d, fn)));
        this.fn(s.fn);
        return y;
      }
      case 'class': {
        const y = any(
          ...s.decorators.map((d) => this.expr(d, fn)),
          ...s.bases.map((a) => this.expr(a.value, fn)),
        );
        this.fn(s.fn);
        return y;
      }
      case 'with': {
        let y = s.isAsync;
        for (const it of s.items) {
          y = this.expr(it.ctx, fn) || y;
          if (it.target) y = this.expr(it.target, fn) || y;
        }
        return this.block(s.body, fn) || y;
      }
      case 'match': {
        let y = this.expr(s.subject, fn);
        for (const c of s.cases) {
          const [reads, binds] = patternParts(c.pattern);
          for (const e of [...reads, ...binds]) this.expr(e, fn);
          if (c.guard) y = this.expr(c.guard, fn) || y;
          y = this.block(c.body, fn) || y;
        }
        return y;
      }
      case 'pass':
      case 'break':
      case 'continue':
      case 'global':
      case 'nonlocal':
      case 'import':
      case 'from':
        return false;
    }
  }

  /** Resolves names inside `e`; returns (and records in `e.suspends`) whether `e` may suspend. */
  expr(e: Expr, fn: FuncDef): boolean {
    const y = this.children(e, fn);
    if (y) e.suspends = true;
    return y;
  }

  private parts(parts: FStringPart[], fn: FuncDef): boolean {
    let y = false;
    for (const p of parts) {
      if (typeof p === 'string') continue;
      y = this.expr(p.value, fn) || y;
      if (p.spec) y = this.parts(p.spec, fn) || y;
    }
    return y;
  }

  private children(e: Expr, fn: FuncDef): boolean {
    switch (e.kind) {
      case 'name':
        this.name(e, fn);
        return false;
      case 'const':
        return false;
      case 'fstr':
        return this.parts(e.parts, fn);
      case 'list':
      case 'tuple':
      case 'set':
        return e.elts.map((x) => this.expr(x, fn)).some(Boolean);
      case 'dict':
        // Both sides always: a key that may suspend must not keep the value unresolved.
        return e.items
          .map((it) => [it.key ? this.expr(it.key, fn) : false, this.expr(it.value, fn)])
          .some(([k, v]) => k || v);
      case 'comp': {
        // The first iterable runs outside; awaits and `async for` inside make it async.
        let y = this.expr(e.gens[0]!.iter, fn);
        const inner = e.fn;
        let innerY = false;
        e.gens.forEach((g, i) => {
          innerY = g.isAsync || innerY;
          this.expr(g.target, inner);
          if (i > 0) innerY = this.expr(g.iter, inner) || innerY;
          for (const c of g.ifs) innerY = this.expr(c, inner) || innerY;
        });
        innerY = this.expr(e.elt, inner) || innerY;
        if (e.value) innerY = this.expr(e.value, inner) || innerY;
        if (innerY) {
          e.fn.isAsync = true;
          y = true;
        }
        return y;
      }
      case 'lambda':
        this.fn(e.fn);
        return false;
      case 'ifexp':
        return [this.expr(e.test, fn), this.expr(e.body, fn), this.expr(e.orelse, fn)].some(
          Boolean,
        );
      case 'bin':
      case 'bool':
        return [this.expr(e.left, fn), this.expr(e.right, fn)].some(Boolean);
      case 'unary':
      case 'not':
      case 'star':
      case 'attr':
        return this.expr(e.value, fn);
      case 'cmp':
        return [this.expr(e.first, fn), ...e.rest.map((r) => this.expr(r, fn))].some(Boolean);
      case 'call':
        if (e.fn.kind === 'name' && e.fn.id === 'super' && e.args.length === 0) zeroArgSuper(e, fn);
        return [this.expr(e.fn, fn), ...e.args.map((a) => this.expr(a.value, fn))].some(Boolean);
      case 'sub':
        return [this.expr(e.value, fn), this.expr(e.index, fn)].some(Boolean);
      case 'slice':
        return [e.lo, e.hi, e.step].map((x) => (x ? this.expr(x, fn) : false)).some(Boolean);
      case 'await':
      case 'yieldfrom':
        this.expr(e.value, fn);
        return true;
      case 'yield':
        if (e.value) this.expr(e.value, fn);
        return true;
      case 'walrus':
        this.expr(e.target, fn);
        return this.expr(e.value, fn);
    }
  }
}

/**
 * `super()` in a method is `super(__class__, self)`: the class cell and the method's first
 * argument, as CPython's compiler arranges it. Elsewhere it stays as written and fails at
 * run time as in CPython.
 */
function zeroArgSuper(e: ExprOf<'call'>, fn: FuncDef): void {
  let inClass = false;
  for (let p = fn.parent; p; p = p.parent) if (p.kind === 'class') inClass = true;
  const first = fn.params[0];
  if (!inClass || !first || first.kind !== 'pos' || fn.kind !== 'def') return;
  const name = (id: string): Expr => ({
    line: e.line,
    col: e.col,
    kind: 'name',
    id,
    scope: NameScope.Global,
    depth: 0,
  });
  e.args.push({ kind: 'pos', value: name('__class__') }, { kind: 'pos', value: name(first.name) });
}
