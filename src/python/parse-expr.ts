/**
 * Expressions: the lezer node of an expression to its AST node (`expr`), with expression
 * lists, assignment targets, `yield`, displays, comprehensions, attributes, subscripts and
 * call arguments. Literals are in parse-literals.ts, operators in parse-ops.ts.
 */
import type { SyntaxNode } from '@lezer/common';
import type { Arg, Comprehension, Expr, Stmt } from './ast';
import { NameScope, markIterated } from './ast';
import { isChainOperator } from './arith';
import { OperatorBuilder } from './parse-ops';

const COMP_KIND: Record<string, 'list' | 'set' | 'dict' | 'gen'> = {
  ArrayComprehensionExpression: 'list',
  SetComprehensionExpression: 'set',
  DictionaryComprehensionExpression: 'dict',
  ComprehensionExpression: 'gen',
};
const COMP_NAME = { list: '<listcomp>', set: '<setcomp>', dict: '<dictcomp>', gen: '<genexpr>' };

export abstract class ExprBuilder extends OperatorBuilder {
  // ---- expression lists and targets ----

  protected splitCommas(nodes: SyntaxNode[]): SyntaxNode[][] {
    const groups: SyntaxNode[][] = [[]];
    for (const c of nodes) {
      if (c.name === ',') groups.push([]);
      else groups[groups.length - 1]!.push(c);
    }
    if (groups[groups.length - 1]!.length === 0) groups.pop();
    return groups;
  }

  /** `a, b` as a tuple; a single expression as itself. */
  protected override exprList(nodes: SyntaxNode[]): Expr {
    const hasComma = nodes.some((c) => c.name === ',');
    const elts = this.splitCommas(nodes).map((g) => this.starred(g));
    if (!hasComma && elts.length === 1) {
      if (elts[0]!.kind === 'star')
        throw this.at(nodes[0]!, 'SyntaxError', "can't use starred expression here");
      return elts[0]!;
    }
    return { ...this.posOf(nodes[0]!), kind: 'tuple', elts };
  }

  private starred(g: SyntaxNode[]): Expr {
    if (g[0]!.name === '*') return { ...this.posOf(g[0]!), kind: 'star', value: this.expr(g[1]!) };
    return this.expr(g[0]!);
  }

  protected targetList(nodes: SyntaxNode[]): Expr {
    const e = this.exprList(nodes);
    return this.checkTarget(e, nodes[0]!, false);
  }

  protected target(n: SyntaxNode, del = false): Expr {
    return this.checkTarget(this.expr(n), n, del);
  }

  private checkTarget(e: Expr, n: SyntaxNode, del: boolean): Expr {
    switch (e.kind) {
      case 'name':
        this.declare(e.id);
        return e;
      case 'attr':
      case 'sub':
        return e;
      case 'tuple':
      case 'list':
        if (e.elts.filter((x) => x.kind === 'star').length > 1) {
          throw this.at(n, 'SyntaxError', 'multiple starred expressions in assignment');
        }
        for (const x of e.elts) this.checkTarget(x.kind === 'star' && !del ? x.value : x, n, del);
        return e;
      default: {
        const what =
          e.kind === 'call'
            ? 'function call'
            : e.kind === 'const'
              ? e.constant.type === 'ellipsis'
                ? 'ellipsis'
                : 'literal'
              : 'expression';
        throw this.at(n, 'SyntaxError', `cannot ${del ? 'delete' : 'assign to'} ${what}`);
      }
    }
  }

  protected yieldExpr(n: SyntaxNode, kids: SyntaxNode[]): Expr {
    const fn = this.scope;
    if (fn.kind !== 'def' && fn.kind !== 'lambda')
      throw this.at(n, 'SyntaxError', "'yield' outside function");
    fn.isGenerator = true;
    const p = this.posOf(n);
    if (kids[1]?.name === 'from') {
      if (fn.isAsync) throw this.at(n, 'SyntaxError', "'yield from' inside async function");
      return { ...p, kind: 'yieldfrom', value: this.expr(kids[2]!) };
    }
    return { ...p, kind: 'yield', value: kids.length > 1 ? this.exprList(kids.slice(1)) : null };
  }

  // ---- expressions ----

  override expr(n: SyntaxNode): Expr {
    const p = this.posOf(n);
    switch (n.name) {
      case 'VariableName':
        return { ...p, kind: 'name', id: this.text(n), scope: NameScope.Global, depth: 0 };
      case 'Number':
        return this.number(n);
      case 'String':
      case 'FormatString':
      case 'ContinuedString':
        return this.string(n);
      case 'Boolean':
        return { ...p, kind: 'const', constant: { type: 'bool', value: this.text(n) === 'True' } };
      case 'None':
        return { ...p, kind: 'const', constant: { type: 'none' } };
      case 'ParenthesizedExpression': {
        const inner = this.kids(n).filter((c) => c.name !== '(' && c.name !== ')');
        if (inner.length === 1 && inner[0]!.name === 'YieldExpression')
          return this.yieldExpr(inner[0]!, this.kids(inner[0]!));
        return this.expr(inner[0]!);
      }
      case 'TupleExpression':
      case 'ArrayExpression':
      case 'SetExpression': {
        const inner = this.kids(n).slice(1, -1);
        const elts = this.splitCommas(inner).map((g) => this.starred(g));
        const k =
          n.name === 'TupleExpression' ? 'tuple' : n.name === 'ArrayExpression' ? 'list' : 'set';
        return { ...p, kind: k, elts };
      }
      case 'DictionaryExpression':
        return this.dict(n);
      case 'ArrayComprehensionExpression':
      case 'SetComprehensionExpression':
      case 'DictionaryComprehensionExpression':
      case 'ComprehensionExpression': {
        const kids = this.kids(n);
        const open = kids[0]!.name === '(' || kids[0]!.name === '[' || kids[0]!.name === '{';
        return this.comprehension(n, COMP_KIND[n.name]!, open ? kids.slice(1, -1) : kids);
      }
      case 'BinaryExpression':
        return isChainOperator(this.binaryOp(n)) ? this.chain(n) : this.binary(n);
      case 'UnaryExpression':
        return this.text(this.kids(n)[0]!) === 'not' ? this.unary(n) : this.chain(n);
      case 'ConditionalExpression': {
        const [body, , test, , orelse] = this.kids(n);
        return {
          ...p,
          kind: 'ifexp',
          test: this.expr(test!),
          body: this.expr(body!),
          orelse: this.expr(orelse!),
        };
      }
      case 'CallExpression': {
        const [fn, args] = this.kids(n);
        return { ...p, kind: 'call', fn: this.expr(fn!), args: this.args(args!) };
      }
      case 'MemberExpression':
        return this.member(n);
      case 'AwaitExpression':
        return this.chain(n);
      case 'YieldExpression':
        return this.yieldExpr(n, this.kids(n));
      case 'LambdaExpression':
        return this.lambda(n);
      case 'NamedExpression': {
        const [t, , v] = this.kids(n);
        return { ...p, kind: 'walrus', target: this.target(t!), value: this.expr(v!) };
      }
      case 'Ellipsis':
        return { ...p, kind: 'const', constant: { type: 'ellipsis' } };
      default:
        if (n.type.isError) throw this.syntaxError(n);
        throw this.unsupported(
          n,
          `'${this.text(n).slice(0, 30)}' (${n.name}) is not supported yet`,
        );
    }
  }

  private dict(n: SyntaxNode): Expr {
    const inner = this.kids(n).slice(1, -1);
    const items = this.splitCommas(inner).map((g) => {
      if (g[0]!.name === '**') return { key: null, value: this.expr(g[1]!) };
      return { key: this.expr(g[0]!), value: this.expr(g[2]!) };
    });
    return { ...this.posOf(n), kind: 'dict', items };
  }

  /** Comprehensions get their own scope; the first iterable is evaluated outside it. */
  protected comprehension(
    n: SyntaxNode,
    kind: 'list' | 'set' | 'dict' | 'gen',
    kids: SyntaxNode[],
  ): Expr {
    const p = this.posOf(n);
    const forAt = kids.findIndex((c) => c.name === 'for' || c.name === 'async');
    const head = kids.slice(0, forAt);
    // Split clauses: [async] for T in I / if C.
    const clauses: { kind: 'for' | 'if'; nodes: SyntaxNode[]; isAsync: boolean }[] = [];
    let pendingAsync: SyntaxNode | null = null;
    for (const c of kids.slice(forAt)) {
      if (c.name === 'async') pendingAsync = c;
      else if (c.name === 'for' || c.name === 'if') {
        clauses.push({ kind: c.name, nodes: [], isAsync: pendingAsync !== null });
        if (pendingAsync) {
          if (kind === 'gen')
            throw this.unsupported(
              pendingAsync,
              'asynchronous generator expressions are not supported yet',
            );
          if (!this.inAsyncDef(false)) {
            throw this.at(
              pendingAsync,
              'SyntaxError',
              'asynchronous comprehension outside of an asynchronous function',
            );
          }
        }
        pendingAsync = null;
      } else clauses[clauses.length - 1]!.nodes.push(c);
    }
    const first = clauses[0]!;
    const firstIn = first.nodes.findIndex((c) => c.name === 'in');
    const firstIter = this.expr(first.nodes[firstIn + 1]!);
    const fn = this.newScope(COMP_NAME[kind], this.qualname(COMP_NAME[kind]), 'comp', n, false);
    this.scopes.push(fn);
    try {
      const gens: Comprehension[] = [];
      for (const [i, cl] of clauses.entries()) {
        if (cl.kind === 'if') {
          gens[gens.length - 1]!.ifs.push(this.expr(cl.nodes[0]!));
          continue;
        }
        const inAt = cl.nodes.findIndex((c) => c.name === 'in');
        const target = this.targetList(cl.nodes.slice(0, inAt));
        const iter = i === 0 ? firstIter : this.expr(cl.nodes[inAt + 1]!);
        gens.push({ target, iter: markIterated(iter), ifs: [], isAsync: cl.isAsync });
      }
      const elt = this.expr(head[0]!);
      const value = kind === 'dict' ? this.expr(head[2]!) : null;
      if (head.length > (kind === 'dict' ? 3 : 1))
        throw this.at(head[1]!, 'SyntaxError', 'invalid syntax');
      fn.body = [] as Stmt[];
      return { ...p, kind: 'comp', form: kind, elt, value, gens, fn };
    } finally {
      this.scopes.pop();
    }
  }

  private member(n: SyntaxNode): Expr {
    const kids = this.kids(n);
    const p = this.posOf(n);
    const obj = this.expr(kids[0]!);
    if (kids[1]!.name === '.') return { ...p, kind: 'attr', value: obj, name: this.text(kids[2]!) };
    const inner = kids.slice(2, -1);
    const groups = this.splitCommas(inner).map((g) => this.subscriptPart(g));
    const index =
      groups.length === 1 && !inner.some((c) => c.name === ',')
        ? groups[0]!
        : { ...p, kind: 'tuple' as const, elts: groups };
    return { ...p, kind: 'sub', value: obj, index };
  }

  private subscriptPart(g: SyntaxNode[]): Expr {
    if (!g.some((c) => c.name === ':')) return this.starred(g);
    const slots: (Expr | null)[] = [null];
    for (const c of g) {
      if (c.name === ':') slots.push(null);
      else slots[slots.length - 1] = this.expr(c);
    }
    return {
      ...this.posOf(g[0]!),
      kind: 'slice',
      lo: slots[0] ?? null,
      hi: slots[1] ?? null,
      step: slots[2] ?? null,
    };
  }

  args(n: SyntaxNode): Arg[] {
    const inner = this.kids(n).filter((c) => c.name !== '(' && c.name !== ')');
    const forAt = inner.findIndex((c) => c.name === 'for' || c.name === 'async');
    if (forAt >= 0) {
      if (inner.slice(0, forAt).some((c) => c.name === ',') || forAt !== 1) {
        throw this.at(inner[0]!, 'SyntaxError', 'Generator expression must be parenthesized');
      }
      return [{ kind: 'pos', value: this.comprehension(inner[0]!, 'gen', inner) }];
    }
    const out: Arg[] = [];
    let sawKw = false;
    for (const g of this.splitCommas(inner)) {
      const first = g[0]!;
      if (first.name === '*') out.push({ kind: 'star', value: this.expr(g[1]!) });
      else if (first.name === '**') {
        sawKw = true;
        out.push({ kind: 'dstar', value: this.expr(g[1]!) });
      } else if (g[1]?.name === 'AssignOp') {
        sawKw = true;
        const name = this.text(first);
        if (out.some((a) => a.kind === 'kw' && a.name === name))
          throw this.at(first, 'SyntaxError', `keyword argument repeated: ${name}`);
        out.push({ kind: 'kw', name, value: this.expr(g[2]!) });
      } else {
        if (sawKw)
          throw this.at(first, 'SyntaxError', 'positional argument follows keyword argument');
        out.push({ kind: 'pos', value: this.expr(first) });
      }
    }
    return out;
  }
}
