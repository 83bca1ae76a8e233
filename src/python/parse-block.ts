/**
 * A module and its blocks: the statements of a Script or Body node, with CPython's
 * indentation errors, and the errors found once for the whole tree before any statement is
 * built (`module`). Each statement is built by `stmt` (parse-stmt.ts).
 */
import type { SyntaxNode } from '@lezer/common';
import type { Module, Stmt } from './ast';
import { located } from './diagnostics';
import { ExprBuilder } from './parse-expr';
import { MatchBuilder } from './parse-match';

function inPattern(n: SyntaxNode): boolean {
  // only where the recovery is known to fail on valid code: after an empty `C()`
  for (let p = n.parent; p; p = p.parent) if (p.name === 'PatternArgList') return true;
  return false;
}

/** Is `n` in a `case` line, before its body (the pattern and the guard)? */
function inCaseHead(n: SyntaxNode): boolean {
  for (let p = n.parent; p; p = p.parent) {
    if (p.name !== 'MatchClause') continue;
    const body = p.getChild('Body');
    return body === null || n.from < body.from;
  }
  return false;
}

/**
 * Does the error start at an operator that no pattern contains? `/ % @ & ^ ~ < > !` never;
 * `*` only starts a star pattern, never right after a literal (`case 1 * 2:`).
 */
function isNoPatternOperator(source: string, bad: SyntaxNode): boolean {
  const at = source.slice(bad.from).trimStart()[0] ?? '';
  if ('/%@&^~<>!'.includes(at)) return true;
  return at === '*' && bad.prevSibling?.name === 'LiteralPattern';
}

/** The width of leading whitespace; a form feed starts the count again, as in CPython's tokenizer. */
function indentWidth(lead: string): number {
  return lead.length - lead.lastIndexOf('\f') - 1;
}

function insideMatch(n: SyntaxNode): boolean {
  for (let p: SyntaxNode | null = n.parent; p; p = p.parent) {
    if (p.name === 'MatchStatement') return true;
  }
  return false;
}

export abstract class BlockBuilder extends MatchBuilder {
  /** One statement (parse-stmt.ts). */
  abstract stmt(n: SyntaxNode): Stmt;

  module(top: SyntaxNode): Module {
    // The first statement starts at column 0 (Lezer takes any indent): CPython's first error
    let first = top.firstChild;
    while (first?.name === 'Comment') first = first.nextSibling;
    if (first && this.indentOf(first) > 0)
      throw located(this.filename, this.posOf(first), 'IndentationError', 'unexpected indent');
    const bad = ExprBuilder.firstError(top, this.source);
    // Lezer's grammar takes only one expression as the subject: `match a, b:` fails there
    if (bad?.parent?.name === 'MatchStatement' && bad.prevSibling?.name !== 'match')
      throw this.unsupported(
        bad,
        "a tuple without parentheses as the 'match' subject is not supported yet",
      );
    // Lezer's error recovery in some valid patterns (`case int() | str():`): CPython decides
    if (bad && inPattern(bad))
      throw this.unsupported(bad, "this 'case' pattern is not supported yet");
    // An operator no pattern has (`case x ^ y:`, `case 1 * 2:`) in a `case` line: CPython's
    // "invalid syntax" there, not the refusal below (patterns never hold one)
    if (bad && inCaseHead(bad) && isNoPatternOperator(this.source, bad))
      throw located(this.filename, this.posOf(bad), 'SyntaxError', 'invalid syntax');
    // Elsewhere inside a `match` (`case []:` has no parse in Lezer): CPython decides too
    if (bad && insideMatch(bad))
      throw this.unsupported(bad, "this 'match' statement's patterns are not supported yet");
    // `x[*a]` is valid 3.11+ syntax that Lezer's grammar lacks
    if (
      bad?.parent?.name === 'MemberExpression' &&
      this.source[bad.from] === '*' &&
      this.source[bad.from + 1] !== '*'
    )
      throw this.unsupported(bad, 'a starred expression in a subscript is not supported yet');
    if (bad) throw this.syntaxError(bad);
    const fn = this.newScope('<module>', '<module>', 'module', top, false);
    this.scopes.push(fn);
    fn.body = this.block(top, true);
    this.scopes.pop();
    return { filename: this.filename, source: this.source, body: fn.body, fn };
  }

  /** The statements directly inside a Script or Body node. */
  block(node: SyntaxNode, top = false): Stmt[] {
    const out: Stmt[] = [];
    let col = -1;
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.type.isError) throw this.syntaxError(c);
      if (c.name === ':' || c.name === 'Comment') continue;
      if (!top && c.name === 'Body') continue;
      const here = this.posOf(c);
      const indent = this.indentOf(c);
      if (col < 0) col = indent;
      else if (indent !== col && this.startsLine(c)) {
        throw located(
          this.filename,
          here,
          'IndentationError',
          indent < this.previousIndent(c)
            ? 'unindent does not match any outer indentation level'
            : 'unexpected indent',
        );
      }
      if (c.name === 'StatementGroup') {
        for (let s = c.firstChild; s; s = s.nextSibling) {
          if (s.type.isError) throw this.syntaxError(s);
          if (s.name !== ';') out.push(this.stmt(s));
        }
      } else out.push(this.stmt(c));
    }
    return out;
  }

  /** Indentation of the last non-blank, non-comment line before `n`. */
  private previousIndent(n: SyntaxNode): number {
    const lines = this.source.slice(0, n.from).split('\n');
    lines.pop();
    for (let i = lines.length - 1; i >= 0; i--) {
      const l = lines[i]!;
      if (l.trim() === '' || l.trim().startsWith('#')) continue;
      return indentWidth(l.slice(0, l.length - l.trimStart().length));
    }
    return 0;
  }

  /** The indentation of the line `n` starts on, up to `n`. */
  private indentOf(n: SyntaxNode): number {
    const nl = this.source.lastIndexOf('\n', n.from - 1);
    return indentWidth(this.source.slice(nl + 1, n.from));
  }

  private startsLine(n: SyntaxNode): boolean {
    const nl = this.source.lastIndexOf('\n', n.from - 1);
    return /^[ \t\f]*$/.test(this.source.slice(nl + 1, n.from));
  }

  protected body(n: SyntaxNode | null): Stmt[] {
    if (!n) throw this.at(null, 'SyntaxError', 'expected an indented block');
    return this.block(n);
  }
}
