/**
 * Statements: `stmt` builds one, from the lezer node of any statement, and the compound
 * statements `if`, `while`, `for`, `try` and `with` are built here. Definitions are in
 * parse-def.ts, assignments and imports in parse-simple.ts, `match` in parse-match.ts.
 */
import type { SyntaxNode } from '@lezer/common';
import type { Expr, Stmt } from './ast';
import { NameScope, markIterated } from './ast';
import { isPrintAssignGap } from './lexical';
import { SimpleStmtBuilder } from './parse-simple';

const UNSUPPORTED: Record<string, string> = {
  TypeDefinition: "'type' statements",
};

export class StmtBuilder extends SimpleStmtBuilder {
  stmt(n: SyntaxNode): Stmt {
    this.checkErrors(n);
    const p = this.posOf(n);
    const kids = this.kids(n);
    const unsupported = UNSUPPORTED[n.name];
    if (unsupported) throw this.unsupported(n, `${unsupported} are not supported yet`);
    switch (n.name) {
      case 'PrintStatement': {
        const gap = n.firstChild?.nextSibling;
        if (gap && isPrintAssignGap(gap, this.source)) {
          // `print = value`: Lezer's Python 2 print statement is an assignment
          const name = this.posOf(n.firstChild!);
          this.declare('print');
          const target: Expr = {
            ...name,
            kind: 'name',
            id: 'print',
            scope: NameScope.Global,
            depth: 0,
          };
          return { ...p, kind: 'assign', targets: [target], value: this.expr(gap.nextSibling!) };
        }
        throw this.at(
          n,
          'SyntaxError',
          "Missing parentheses in call to 'print'. Did you mean print(...)?",
        );
      }
      case 'ExpressionStatement':
        return { ...p, kind: 'expr', value: this.exprList(kids) };
      case 'AssignStatement':
        return this.assign(n, kids);
      case 'UpdateStatement': {
        const [t, op] = kids;
        const target = this.target(t!);
        if (target.kind === 'tuple' || target.kind === 'list') {
          throw this.at(
            t!,
            'SyntaxError',
            "'tuple' is an illegal expression for augmented assignment",
          );
        }
        return {
          ...p,
          kind: 'augassign',
          target,
          op: this.text(op!).slice(0, -1),
          value: this.exprList(kids.slice(2)),
        };
      }
      case 'PassStatement':
        return { ...p, kind: 'pass' };
      case 'BreakStatement':
      case 'ContinueStatement': {
        const k = n.name === 'BreakStatement' ? 'break' : 'continue';
        if (this.loopDepth === 0) throw this.at(n, 'SyntaxError', `'${k}' outside loop`);
        return { ...p, kind: k };
      }
      case 'ReturnStatement': {
        const fn = this.scope;
        if (fn.kind === 'module' || fn.kind === 'class')
          throw this.at(n, 'SyntaxError', "'return' outside function");
        const v = kids.length > 1 ? this.exprList(kids.slice(1)) : null;
        if (v && fn.isAsync && fn.isGenerator) {
          throw this.at(n, 'SyntaxError', "'return' with value in async generator");
        }
        return { ...p, kind: 'return', value: v };
      }
      case 'YieldStatement':
        return { ...p, kind: 'expr', value: this.yieldExpr(n, kids) };
      case 'RaiseStatement': {
        const from = kids.findIndex((c) => c.name === 'from');
        const exc = kids.length > 1 ? this.expr(kids[1]!) : null;
        const cause = from >= 0 ? this.expr(kids[from + 1]!) : null;
        return { ...p, kind: 'raise', exc, cause };
      }
      case 'AssertStatement': {
        const parts = this.splitCommas(kids.slice(1));
        return {
          ...p,
          kind: 'assert',
          test: this.expr(parts[0]![0]!),
          msg: parts[1] ? this.expr(parts[1][0]!) : null,
        };
      }
      case 'ScopeStatement':
        return this.scopeStmt(n, kids);
      case 'DeleteStatement': {
        const targets = this.splitCommas(kids.slice(1)).map((g) => this.target(g[0]!, true));
        return { ...p, kind: 'del', targets };
      }
      case 'ImportStatement':
        return this.importStmt(n, kids);
      case 'IfStatement':
        return this.ifStmt(kids, 0);
      case 'WhileStatement': {
        const test = this.expr(kids[1]!);
        const body = this.loopBody(kids[2]!);
        const orelse = kids[3]?.name === 'else' ? this.body(kids[4] ?? null) : [];
        return { ...p, kind: 'while', test, body, orelse };
      }
      case 'ForStatement':
        return this.forStmt(n, kids);
      case 'TryStatement':
        return this.tryStmt(n, kids);
      case 'FunctionDefinition':
        return { ...p, kind: 'def', fn: this.funcDef(n, kids), decorators: [] };
      case 'ClassDefinition':
        return this.classDef(n, kids, []);
      case 'DecoratedStatement':
        return this.decorated(n, kids);
      case 'WithStatement':
        return this.withStmt(n, kids);
      case 'MatchStatement':
        return this.matchStmt(n, kids);
      default:
        throw this.unsupported(n, `'${n.name}' is not supported yet`);
    }
  }
  private ifStmt(kids: SyntaxNode[], at: number): Stmt {
    const p = this.posOf(kids[at]!);
    const test = this.expr(kids[at + 1]!);
    const body = this.body(kids[at + 2] ?? null);
    let orelse: Stmt[] = [];
    const next = kids[at + 3];
    if (next?.name === 'elif') orelse = [this.ifStmt(kids, at + 3)];
    else if (next?.name === 'else') orelse = this.body(kids[at + 4] ?? null);
    return { ...p, kind: 'if', test, body, orelse };
  }

  private loopBody(n: SyntaxNode): Stmt[] {
    this.loopDepth++;
    try {
      return this.body(n);
    } finally {
      this.loopDepth--;
    }
  }

  private forStmt(n: SyntaxNode, kids: SyntaxNode[]): Stmt {
    const p = this.posOf(n);
    const isAsync = kids[0]!.name === 'async';
    if (isAsync) this.requireAsync(kids[0]!, "'async for' outside async function");
    const forAt = isAsync ? 1 : 0;
    const inAt = kids.findIndex((c) => c.name === 'in');
    const bodyAt = kids.findIndex((c) => c.name === 'Body');
    const target = this.targetList(kids.slice(forAt + 1, inAt));
    const iter = this.exprList(kids.slice(inAt + 1, bodyAt));
    if (!isAsync) markIterated(iter);
    const body = this.loopBody(kids[bodyAt]!);
    const orelse = kids[bodyAt + 1]?.name === 'else' ? this.body(kids[bodyAt + 2] ?? null) : [];
    return { ...p, kind: 'for', target, iter, body, orelse, isAsync };
  }

  private tryStmt(n: SyntaxNode, kids: SyntaxNode[]): Stmt {
    const p = this.posOf(n);
    const body = this.body(kids[1] ?? null);
    const handlers = [];
    let orelse: Stmt[] = [];
    let finalbody: Stmt[] = [];
    let star = false;
    for (let i = 2; i < kids.length; i++) {
      const c = kids[i]!;
      if (c.name === 'except') {
        let j = i + 1;
        if (kids[j]?.name === '*') {
          star = true;
          j++;
        }
        let type: Expr | null = null;
        let name: string | null = null;
        if (kids[j] && kids[j]!.name !== 'Body') type = this.expr(kids[j++]!);
        if (kids[j]?.name === 'as') {
          name = this.text(kids[j + 1]!);
          this.declare(name);
          j += 2;
        }
        if (star && !type) throw this.at(c, 'SyntaxError', 'expected one or more exception types');
        handlers.push({ ...this.posOf(c), type, name, body: this.body(kids[j] ?? null) });
        i = j;
      } else if (c.name === 'else') {
        orelse = this.body(kids[++i] ?? null);
      } else if (c.name === 'finally') {
        finalbody = this.body(kids[++i] ?? null);
      }
    }
    return { ...p, kind: 'try', body, handlers, star, orelse, finalbody };
  }

  private withStmt(n: SyntaxNode, kids: SyntaxNode[]): Stmt {
    const p = this.posOf(n);
    const isAsync = kids[0]!.name === 'async';
    if (isAsync) this.requireAsync(kids[0]!, "'async with' outside async function");
    const bodyAt = kids.findIndex((c) => c.name === 'Body');
    const items = this.splitCommas(kids.slice(isAsync ? 2 : 1, bodyAt)).map((g) => {
      const asAt = g.findIndex((c) => c.name === 'as');
      const ctx = this.expr(g[0]!);
      return { ctx, target: asAt >= 0 ? this.target(g[asAt + 1]!) : null };
    });
    return { ...p, kind: 'with', items, body: this.body(kids[bodyAt] ?? null), isAsync };
  }
}
