/**
 * Definitions: `def` and `class` (each a new scope), their decorators, parameters and
 * annotations, and `lambda`.
 */
import type { SyntaxNode } from '@lezer/common';
import type { Expr, FuncDef, Param, Stmt } from './ast';
import { BlockBuilder } from './parse-block';
import { unparseAnnotation } from './unparse';

export abstract class DefBuilder extends BlockBuilder {
  /**
   * `from __future__ import annotations` (PEP 563) was seen: no annotation is evaluated; a
   * module's or class's `__annotations__` holds each as a string.
   */
  protected stringAnnotations = false;

  /** The expression of a `TypeDef` (`: T` or `-> T`), evaluated where the definition runs. */
  protected annotation(typeDef: SyntaxNode): Expr {
    const typeKids = this.kids(typeDef);
    return this.expr(typeKids[typeKids.length - 1]!);
  }

  /**
   * Under `from __future__ import annotations`: the annotation as the string CPython's
   * compiler makes of it (`ast.unparse`'s text), for the common forms; refused otherwise.
   */
  protected annotationString(typeDef: SyntaxNode): Expr {
    const typeKids = this.kids(typeDef);
    const node = typeKids[typeKids.length - 1]!;
    const text = unparseAnnotation(this.expr(node));
    if (text === null)
      throw this.unsupported(
        node,
        "this annotation under 'from __future__ import annotations' is not supported yet",
      );
    return { ...this.posOf(node), kind: 'const', constant: { type: 'str', value: text } };
  }

  /** `@d1 @d2(args) def/class`: the decorators are dotted names, each maybe called. */
  protected decorated(n: SyntaxNode, kids: SyntaxNode[]): Stmt {
    const decorators: Expr[] = [];
    for (const d of kids) {
      if (d.name !== 'Decorator') continue;
      let e: Expr | null = null;
      for (const c of this.kids(d)) {
        if (c.name === 'VariableName') {
          e = e ? { ...this.posOf(c), kind: 'attr', value: e, name: this.text(c) } : this.expr(c);
        } else if (c.name === 'ArgList' && e) {
          e = { ...this.posOf(d), kind: 'call', fn: e, args: this.args(c) };
        }
      }
      if (e) decorators.push(e);
    }
    const target = kids[kids.length - 1]!;
    const tkids = this.kids(target);
    if (target.name === 'ClassDefinition') return this.classDef(target, tkids, decorators);
    if (target.name !== 'FunctionDefinition') throw this.syntaxError(target);
    const fn = this.funcDef(target, tkids);
    // A decorated function's code starts at its first decorator (`co_firstlineno`).
    fn.line = this.posOf(n).line;
    return { ...this.posOf(n), kind: 'def', fn, decorators };
  }

  protected classDef(n: SyntaxNode, kids: SyntaxNode[], decorators: Expr[]): Stmt {
    const name = this.text(kids.find((c) => c.name === 'VariableName')!);
    const argList = kids.find((c) => c.name === 'ArgList');
    const bases = argList ? this.args(argList) : [];
    this.declare(name);
    const fn = this.newScope(name, this.qualname(name), 'class', n, false);
    fn.body = this.scopeBody(fn, kids);
    return { ...this.posOf(n), kind: 'class', fn, bases, decorators };
  }

  /** The Body among `kids`, built inside `fn`'s scope (a loop outside it does not count). */
  private scopeBody(fn: FuncDef, kids: SyntaxNode[]): Stmt[] {
    const savedLoop = this.loopDepth;
    this.loopDepth = 0;
    this.scopes.push(fn);
    try {
      return this.body(kids.find((c) => c.name === 'Body') ?? null);
    } finally {
      this.scopes.pop();
      this.loopDepth = savedLoop;
    }
  }

  protected funcDef(n: SyntaxNode, kids: SyntaxNode[]): FuncDef {
    const isAsync = kids[0]!.name === 'async';
    const nameNode = kids.find((c) => c.name === 'VariableName')!;
    const name = this.text(nameNode);
    this.declare(name);
    const paramsNode = kids.find((c) => c.name === 'ParamList')!;
    const params = this.params(paramsNode);
    const returnsNode = kids.find((c) => c.name === 'TypeDef');
    const returns = returnsNode && !this.stringAnnotations ? this.annotation(returnsNode) : null;
    const fn = this.newScope(name, this.qualname(name), 'def', n, isAsync);
    fn.params = params;
    fn.returns = returns;
    if (this.stringAnnotations) fn.stringAnnotations = true;
    for (const prm of params) fn.locals.add(prm.name);
    fn.body = this.scopeBody(fn, kids);
    return fn;
  }

  /**
   * Parameters; defaults and annotations are evaluated in the enclosing scope, so they are
   * built here.
   */
  params(n: SyntaxNode): Param[] {
    const out: Param[] = [];
    let kind: Param['kind'] = 'pos';
    const kids = this.kids(n);
    for (let i = 0; i < kids.length; i++) {
      const c = kids[i]!;
      const named = c.name === 'VariableName' || c.name === '*' || c.name === '**';
      if (named && out.at(-1)?.kind === 'dstar')
        throw this.at(c, 'SyntaxError', 'arguments cannot follow var-keyword argument');
      if (c.name === '*' || c.name === '**') {
        const next = kids[i + 1];
        if (next?.name === 'VariableName') {
          i++;
          out.push({
            name: this.text(next),
            kind: c.name === '*' ? 'star' : 'dstar',
            default: null,
            annotation: this.paramAnnotation(kids, i),
          });
          if (kids[i + 1]?.name === 'TypeDef') i++;
        }
        kind = 'kwonly';
      } else if (c.name === 'VariableName') {
        let def: Expr | null = null;
        const annotation = this.paramAnnotation(kids, i);
        if (kids[i + 1]?.name === 'TypeDef') i++;
        if (kids[i + 1]?.name === 'AssignOp') {
          def = this.expr(kids[i + 2]!);
          i += 2;
        } else if (kind === 'pos' && out.some((q) => q.default)) {
          throw this.at(
            c,
            'SyntaxError',
            'parameter without a default follows parameter with a default',
          );
        }
        if (out.some((q) => q.name === this.text(c))) {
          throw this.at(
            c,
            'SyntaxError',
            `duplicate argument '${this.text(c)}' in function definition`,
          );
        }
        out.push({ name: this.text(c), kind, default: def, annotation });
      }
    }
    return out;
  }

  /**
   * The annotation of the parameter at `kids[i]`, which the definition evaluates: none
   * without one, or under `from __future__ import annotations`.
   */
  private paramAnnotation(kids: SyntaxNode[], i: number): Expr | null {
    const t = kids[i + 1];
    return t?.name === 'TypeDef' && !this.stringAnnotations ? this.annotation(t) : null;
  }

  override lambda(n: SyntaxNode): Expr {
    const kids = this.kids(n);
    const params = this.params(kids[1]!.name === 'ParamList' ? kids[1]! : n.firstChild!);
    const fn = this.newScope('<lambda>', this.qualname('<lambda>'), 'lambda', n, false);
    fn.params = params;
    for (const prm of params) fn.locals.add(prm.name);
    this.scopes.push(fn);
    try {
      const bodyNode = kids[kids.length - 1]!;
      const v = this.expr(bodyNode);
      fn.body = [{ ...this.posOf(bodyNode), kind: 'return', value: v }];
    } finally {
      this.scopes.pop();
    }
    return { ...this.posOf(n), kind: 'lambda', fn };
  }
}
