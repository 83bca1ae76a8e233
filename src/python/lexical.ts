/**
 * What CPython's tokenizer refuses and Lezer's grammar lets through (or the other way
 * round), checked on Lezer's nodes: characters that cannot be in an identifier, a
 * single-quoted string that runs into a line end, the empty error node after a bare
 * `yield`. The expression builder consults these when it looks for the first error.
 */
import type { SyntaxNode } from '@lezer/common';

/**
 * Lezer's grammar wants an operand after `yield` and marks a bare `yield` (a statement,
 * or `(yield)`) with an empty error node right after the keyword; CPython accepts it.
 */
export function isBareYieldGap(n: SyntaxNode): boolean {
  if (!n.type.isError || n.from !== n.to) return false;
  if (n.parent?.name !== 'YieldStatement' && n.parent?.name !== 'YieldExpression') return false;
  let before = n.prevSibling;
  while (before?.name === 'Comment') before = before.prevSibling;
  return before?.name === 'yield';
}

/**
 * The error node in `print = <expression>`, which Lezer takes for a Python 2 print
 * statement (`print`, an error where the `=` is, the expression): an assignment to the
 * name `print` for CPython. Only that shape: `print = a, b` or `print += 1` stay errors.
 */
export function isPrintAssignGap(n: SyntaxNode, source: string): boolean {
  return (
    n.type.isError &&
    n.parent?.name === 'PrintStatement' &&
    n.prevSibling?.name === 'print' &&
    source.slice(n.from, n.to) === '=' &&
    n.firstChild === null &&
    n.nextSibling !== null &&
    n.nextSibling.nextSibling === null
  );
}

/**
 * Lezer's error node for an empty pattern list, which CPython accepts: the inside of `[]`,
 * `()` or `C()` in a `case` (an empty error in a LiteralPattern, or an error holding the
 * closing bracket), or of `{}`.
 */
export function isEmptyPatternGap(n: SyntaxNode): boolean {
  if (!n.type.isError) return false;
  const parent = n.parent;
  const close = { '{': '}', '(': ')', '[': ']' }[n.prevSibling?.name ?? ''];
  if (
    close &&
    (parent?.name === 'MappingPattern' ||
      parent?.name === 'SequencePattern' ||
      parent?.name === 'PatternArgList')
  )
    return n.firstChild?.name === close && !n.firstChild.nextSibling && !n.nextSibling;
  if (n.from !== n.to || parent?.name !== 'LiteralPattern') return false;
  const outer = parent.parent?.name;
  return (
    (outer === 'SequencePattern' || outer === 'PatternArgList') &&
    (parent.prevSibling?.name === '(' || parent.prevSibling?.name === '[') &&
    (parent.nextSibling?.name === ')' || parent.nextSibling?.name === ']')
  );
}

/** Nodes Lezer makes of a name; CPython's tokenizer checks each character of one. */
export const IDENTIFIER_NODES = new Set(['VariableName', 'PropertyName']);
/** Characters CPython's `str.isprintable()` refuses (the space aside). */
export const NON_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

/**
 * The offset of the first character of `source[from, to)` that cannot be in an identifier
 * (CPython's `_PyUnicode_ScanIdentifier`: XID_Start or `_`, then XID_Continue), or -1.
 */
export function badIdentifierChar(source: string, from: number, to: number): number {
  for (let i = from; i < to;) {
    const cp = source.codePointAt(i)!;
    if (cp >= 128) {
      const ch = String.fromCodePoint(cp);
      if (!(i === from ? /^\p{XID_Start}$/u : /^\p{XID_Continue}$/u).test(ch)) return i;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  return -1;
}

export const STRING_NODES = new Set(['String', 'FormatString']);

/**
 * Whether a single-quoted string literal stops at a line end before its closing quote:
 * Lezer's token ends there quietly; CPython says "unterminated string literal".
 */
export function unterminatedString(source: string, n: SyntaxNode): boolean {
  const text = source.slice(n.from, n.to);
  const open = /^[a-zA-Z]*(['"])/.exec(text);
  if (!open) return false;
  const q = open[1]!;
  if (text.startsWith(q.repeat(3), open[0].length - 1)) return false;
  if (text.length < open[0].length + 1 || !text.endsWith(q)) return true;
  let slashes = 0;
  for (let i = text.length - 2; i >= open[0].length && text[i] === '\\'; i--) slashes++;
  return slashes % 2 === 1;
}
