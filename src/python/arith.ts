/**
 * Operator precedence for arithmetic chains that hold `await`.
 *
 * Lezer's Python grammar gives `await` a lower precedence than the arithmetic operators:
 * `await f() + 1` comes out as `await (f() + 1)` and `a * await b + c` as
 * `a * await (b + c)`. CPython's grammar has `await` bind to one primary only
 * (`power: await_primary '**' factor`), so those are `(await f()) + 1` and
 * `(a * (await b)) + c`. The expression builder flattens such a chain into its operands,
 * prefix operators and binary operators, and this module parses it again with Python's
 * precedence table.
 */
import type { SyntaxNode } from '@lezer/common';

/** One piece of a flattened chain. */
export type ChainToken =
  | { t: 'operand'; node: SyntaxNode }
  | { t: 'prefix'; op: '-' | '+' | '~' | 'await'; node: SyntaxNode }
  | { t: 'binary'; op: string; node: SyntaxNode };

/** How the parsed chain becomes AST: the expression builder supplies these. */
export interface ChainBuilder<E> {
  operand(node: SyntaxNode): E;
  /** `await` applied to one operand (which the builder checks is a primary). */
  awaitOf(awaitNode: SyntaxNode, operand: SyntaxNode): E;
  prefix(op: '-' | '+' | '~', node: SyntaxNode, value: E): E;
  binary(op: string, node: SyntaxNode, left: E, right: E): E;
  /** A token that cannot stand where it is (`await -x`): the error to throw. */
  invalid(node: SyntaxNode): Error | object;
}

/** Binary operators below `**`, loosest first (Python's language reference, 6.17). */
const PRECEDENCE: Record<string, number> = {
  '|': 1,
  '^': 2,
  '&': 3,
  '<<': 4,
  '>>': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
  '//': 6,
  '%': 6,
  '@': 6,
};

/** Whether `op` is a binary operator of an arithmetic chain. */
export function isChainOperator(op: string): boolean {
  return op === '**' || op in PRECEDENCE;
}

/** Parses a flattened chain with Python's precedence and associativity. */
export function parseChain<E>(tokens: readonly ChainToken[], build: ChainBuilder<E>): E {
  let i = 0;
  const peek = (): ChainToken | undefined => tokens[i];

  // await_primary: 'await' primary | primary
  const awaitPrimary = (): E => {
    const tok = tokens[i++];
    if (tok?.t === 'operand') return build.operand(tok.node);
    if (tok?.t === 'prefix' && tok.op === 'await') {
      const next = tokens[i++];
      if (next?.t !== 'operand') throw build.invalid((next ?? tok).node);
      return build.awaitOf(tok.node, next.node);
    }
    throw build.invalid((tok ?? tokens[tokens.length - 1]!).node);
  };
  // power: await_primary '**' factor | await_primary
  const power = (): E => {
    const base = awaitPrimary();
    const tok = peek();
    if (tok?.t === 'binary' && tok.op === '**') {
      i++;
      return build.binary('**', tok.node, base, factor());
    }
    return base;
  };
  // factor: ('+' | '-' | '~') factor | power
  const factor = (): E => {
    const tok = peek();
    if (tok?.t === 'prefix' && tok.op !== 'await') {
      i++;
      return build.prefix(tok.op, tok.node, factor());
    }
    return power();
  };
  // The left-associative levels, by precedence climbing.
  const level = (min: number): E => {
    let left = factor();
    for (;;) {
      const tok = peek();
      if (tok?.t !== 'binary') return left;
      const prec = PRECEDENCE[tok.op];
      if (prec === undefined || prec < min) return left;
      i++;
      left = build.binary(tok.op, tok.node, left, level(prec + 1));
    }
  };

  const result = level(1);
  if (i < tokens.length) throw build.invalid(tokens[i]!.node);
  return result;
}
