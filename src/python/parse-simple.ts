/**
 * The simple statements with more to them than one node: assignments (plain and
 * annotated), `import` and `from ... import` (with CPython's checks of `from __future__`),
 * and `global`/`nonlocal`.
 */
import type { SyntaxNode } from '@lezer/common';
import type { Expr, Stmt } from './ast';
import { FUTURE_FEATURES } from './future';
import { DefBuilder } from './parse-def';

export abstract class SimpleStmtBuilder extends DefBuilder {
  protected assign(n: SyntaxNode, kids: SyntaxNode[]): Stmt {
    const p = this.posOf(n);
    if (kids[1]?.name === 'TypeDef') return this.annAssign(n, kids);
    const groups: SyntaxNode[][] = [[]];
    for (const c of kids) {
      if (c.name === 'AssignOp') groups.push([]);
      else groups[groups.length - 1]!.push(c);
    }
    const last = groups.pop()!;
    const v = this.rhs(last);
    const targets = groups.map((g) =>
      g.some((c) => c.name === ',') ? this.targetList(g) : this.target(g[0]!),
    );
    return { ...p, kind: 'assign', targets, value: v };
  }

  private rhs(nodes: SyntaxNode[]): Expr {
    return nodes.length === 1 && nodes[0]!.name === 'YieldExpression'
      ? this.yieldExpr(nodes[0]!, this.kids(nodes[0]!))
      : this.exprList(nodes);
  }

  /**
   * `target: annotation [= value]`. The target is local to its scope even without a value.
   * Only a class body or the module evaluates the annotation (CPython 3.13, without
   * `from __future__ import annotations`); in a function it is an assignment or nothing.
   */
  private annAssign(n: SyntaxNode, kids: SyntaxNode[]): Stmt {
    const p = this.posOf(n);
    const target = this.target(kids[0]!);
    if (target.kind === 'tuple' || target.kind === 'list') {
      const what = target.kind === 'tuple' ? 'tuple' : 'list';
      throw this.at(kids[0]!, 'SyntaxError', `only single target (not ${what}) can be annotated`);
    }
    const eq = kids.findIndex((c) => c.name === 'AssignOp');
    const value = eq < 0 ? null : this.rhs(kids.slice(eq + 1));
    const kind = this.scope.kind;
    if (kind === 'module' || kind === 'class') {
      const annotation = this.stringAnnotations
        ? this.annotationString(kids[1]!)
        : this.annotation(kids[1]!);
      const simple = kids[0]!.name === 'VariableName';
      return { ...p, kind: 'annassign', target, annotation, value, simple };
    }
    if (value === null) return { ...p, kind: 'pass' };
    return { ...p, kind: 'assign', targets: [target], value };
  }
  /** CPython's compile-time checks of `from __future__ import ...` (`future.c`). */
  private futureImport(n: SyntaxNode, names: SyntaxNode[]): void {
    // Only a docstring, comments and other future imports may come before it.
    let at: SyntaxNode | null = n.parent?.name === 'Script' ? n.prevSibling : null;
    let ok = n.parent?.name === 'Script';
    for (; at && ok; at = at.prevSibling) {
      if (at.name === 'Comment') continue;
      if (at.name === 'ImportStatement' && /^from\s+__future__\b/.test(this.text(at))) continue;
      const first = at.prevSibling === null || at.prevSibling.name === 'Comment';
      // a docstring: one string literal, or several implicitly concatenated (no f-string)
      const e = at.firstChild;
      const strings = (c: SyntaxNode | null) => {
        const parts = c?.name === 'ContinuedString' ? this.kids(c) : [c];
        return parts.length > 0 && parts.every((x) => x?.name === 'String');
      };
      ok = first && at.name === 'ExpressionStatement' && e !== null && strings(e);
      if (ok && e!.nextSibling) ok = false;
    }
    if (!ok)
      throw this.at(
        n,
        'SyntaxError',
        'from __future__ imports must occur at the beginning of the file',
      );
    for (const c of names) {
      if (c.name !== 'VariableName') continue;
      const name = this.text(c);
      if (name === 'braces') throw this.at(c, 'SyntaxError', 'not a chance');
      if (name === 'barry_as_FLUFL') throw this.unsupported(c, "'barry_as_FLUFL' is not supported");
      if (!FUTURE_FEATURES.includes(name))
        throw this.at(c, 'SyntaxError', `future feature ${name} is not defined`);
      if (name === 'annotations') this.stringAnnotations = true;
    }
  }

  protected scopeStmt(n: SyntaxNode, kids: SyntaxNode[]): Stmt {
    const p = this.posOf(n);
    const kind = this.text(kids[0]!) === 'global' ? 'global' : 'nonlocal';
    const names = kids.filter((c) => c.name === 'VariableName').map((c) => this.text(c));
    const fn = this.scope;
    for (const name of names) {
      if (kind === 'nonlocal') {
        if (fn.kind === 'module')
          throw this.at(n, 'SyntaxError', 'nonlocal declaration not allowed at module level');
        fn.nonlocals.add(name);
      } else if (fn.kind !== 'module') fn.globals.add(name);
    }
    return { ...p, kind: kind, names };
  }

  protected importStmt(n: SyntaxNode, kids: SyntaxNode[]): Stmt {
    const p = this.posOf(n);
    const names: { name: string; as: string | null }[] = [];
    const isFrom = kids[0]!.name === 'from';
    let i = isFrom ? kids.findIndex((c) => c.name === 'import') + 1 : 1;
    let module = '';
    if (isFrom) {
      module = kids
        .slice(1, i - 1)
        .map((c) => this.text(c))
        .join('');
      if (module.startsWith('.')) throw this.unsupported(n, 'relative imports are not supported');
      if (module === '__future__') this.futureImport(n, kids.slice(i));
    }
    for (; i < kids.length; i++) {
      const c = kids[i]!;
      if (c.name === ',' || c.name === '(' || c.name === ')') continue;
      if (c.name === '*') throw this.unsupported(c, "'import *' is not supported");
      let name = this.text(c);
      while (kids[i + 1]?.name === '.') {
        name += '.' + this.text(kids[i + 2]!);
        i += 2;
      }
      let as: string | null = null;
      if (kids[i + 1]?.name === 'as') {
        as = this.text(kids[i + 2]!);
        i += 2;
      }
      this.declare(as ?? name.split('.')[0]!);
      names.push({ name, as });
    }
    return isFrom ? { ...p, kind: 'from', module, names } : { ...p, kind: 'import', names };
  }
}
