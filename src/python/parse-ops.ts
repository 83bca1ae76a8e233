/**
 * Operators: the arithmetic chain (re-parsed with Python's precedence, arith.ts), `and`/`or`,
 * comparisons and `not`.
 */
import type { SyntaxNode } from '@lezer/common';
import type { Expr, Pos } from './ast';
import type { ChainToken } from './arith';
import { isChainOperator, parseChain } from './arith';
import { LiteralBuilder } from './parse-literals';

const COMPARE_KEYWORDS = new Set(['in', 'not in', 'is', 'is not']);
/** Syntax nodes that are not a primary: `await` cannot take them (`await -x`, `await not x`). */
const NOT_PRIMARY = new Set([
  'UnaryExpression',
  'BinaryExpression',
  'ConditionalExpression',
  'LambdaExpression',
  'NamedExpression',
  'AwaitExpression',
  'YieldExpression',
]);

export abstract class OperatorBuilder extends LiteralBuilder {
  /** The operator of a BinaryExpression, with inner spaces normalised (`not  in`). */
  protected binaryOp(n: SyntaxNode): string {
    const kids = this.kids(n);
    return this.source
      .slice(kids[0]!.to, kids[kids.length - 1]!.from)
      .trim()
      .replace(/\s+/g, ' ');
  }

  /**
   * An arithmetic chain (`+ - * / // % @ ** << >> & ^ |`, unary `- + ~`, `await`),
   * parsed again with Python's precedence: see arith.ts.
   */
  protected chain(n: SyntaxNode): Expr {
    const tokens: ChainToken[] = [];
    this.flattenChain(n, tokens);
    return parseChain<Expr>(tokens, {
      operand: (node) => this.expr(node),
      awaitOf: (awaitNode, operand) => {
        if (NOT_PRIMARY.has(operand.name)) throw this.at(operand, 'SyntaxError', 'invalid syntax');
        return { ...this.posOf(awaitNode), kind: 'await', value: this.expr(operand) };
      },
      prefix: (op, node, v) => ({ ...this.posOf(node), kind: 'unary', op, value: v }),
      binary: (op, node, l, r) => {
        if (op === '@') throw this.unsupported(node, "the '@' operator is not supported");
        return { line: l.line, col: l.col, kind: 'bin', op, left: l, right: r };
      },
      invalid: (node) => this.at(node, 'SyntaxError', 'invalid syntax'),
    });
  }

  private flattenChain(n: SyntaxNode, out: ChainToken[]): void {
    if (n.name === 'BinaryExpression') {
      const op = this.binaryOp(n);
      if (isChainOperator(op)) {
        const kids = this.kids(n);
        this.flattenChain(kids[0]!, out);
        out.push({ t: 'binary', op, node: n });
        this.flattenChain(kids[kids.length - 1]!, out);
        return;
      }
    } else if (n.name === 'UnaryExpression') {
      const [opNode, arg] = this.kids(n);
      const op = this.text(opNode!);
      if (op === '-' || op === '+' || op === '~') {
        out.push({ t: 'prefix', op, node: n });
        this.flattenChain(arg!, out);
        return;
      }
    } else if (n.name === 'AwaitExpression') {
      if (!this.inAsyncDef(true)) {
        throw this.at(
          n,
          'SyntaxError',
          this.scope.kind === 'comp'
            ? 'asynchronous comprehension outside of an asynchronous function'
            : "'await' outside async function",
        );
      }
      out.push({ t: 'prefix', op: 'await', node: n });
      this.flattenChain(this.kids(n)[1]!, out);
      return;
    }
    out.push({ t: 'operand', node: n });
  }

  protected binary(n: SyntaxNode): Expr {
    const kids = this.kids(n);
    const left = kids[0]!;
    const right = kids[kids.length - 1]!;
    const op = this.binaryOp(n);
    const p = this.posOf(n);
    if (op === 'and' || op === 'or')
      return { ...p, kind: 'bool', op, left: this.expr(left), right: this.expr(right) };
    if (isCompare(op)) {
      // `a <= not b`: a comparison's operands bind tighter than `not`
      if (right.name === 'UnaryExpression' && this.text(this.kids(right)[0]!) === 'not')
        throw this.at(right, 'SyntaxError', 'invalid syntax');
      const l = this.expr(left);
      const r = this.expr(right);
      // Lezer nests `a < b < c` to the left; Python chains it (a parenthesized left is not a chain).
      if (l.kind === 'cmp' && left.name === 'BinaryExpression')
        return { ...l, ops: [...l.ops, op], rest: [...l.rest, r] };
      return { ...p, kind: 'cmp', first: l, ops: [op], rest: [r] };
    }
    throw this.at(n, 'SyntaxError', 'invalid syntax');
  }

  /** `not x` (the arithmetic prefixes are parsed by `chain`). */
  protected unary(n: SyntaxNode): Expr {
    const [, arg] = this.kids(n);
    return this.notOf(this.posOf(n), arg!);
  }

  /**
   * Lezer gives `not` a lower precedence than `and`/`or` (`not a and b` parses as
   * `not (a and b)`); Python binds it tighter, so rotate it onto the leftmost operand.
   */
  private notOf(p: Pos, arg: SyntaxNode): Expr {
    if (arg.name === 'BinaryExpression') {
      const kids = this.kids(arg);
      const left = kids[0]!;
      const right = kids[kids.length - 1]!;
      const op = this.source.slice(left.to, right.from).trim();
      if (op === 'and' || op === 'or') {
        return {
          ...this.posOf(arg),
          ...p,
          kind: 'bool',
          op,
          left: this.notOf(p, left),
          right: this.expr(right),
        };
      }
    }
    return { ...p, kind: 'not', value: this.expr(arg) };
  }
}

function isCompare(op: string): boolean {
  return (
    op === '<' ||
    op === '>' ||
    op === '==' ||
    op === '!=' ||
    op === '<=' ||
    op === '>=' ||
    COMPARE_KEYWORDS.has(op)
  );
}
