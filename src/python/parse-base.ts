/**
 * What every part of the lezer → AST conversion shares: positions, diagnostics (syntax
 * errors located as CPython locates them) and the stack of scopes being built.
 * `LiteralBuilder` (parse-literals.ts), `OperatorBuilder` (parse-ops.ts), `ExprBuilder`
 * (parse-expr.ts), `MatchBuilder` (parse-match.ts), `BlockBuilder` (parse-block.ts),
 * `DefBuilder` (parse-def.ts), `SimpleStmtBuilder` (parse-simple.ts) and `StmtBuilder`
 * (parse-stmt.ts, which `parse` in parse.ts runs) extend it, in that order.
 */
import type { SyntaxNode } from '@lezer/common';
import type { Expr, FuncDef, Pos } from './ast';
import type { Diagnostic } from './diagnostics';
import { located } from './diagnostics';
import {
  IDENTIFIER_NODES,
  NON_PRINTABLE,
  STRING_NODES,
  badIdentifierChar,
  isBareYieldGap,
  isEmptyPatternGap,
  isPrintAssignGap,
  unterminatedString,
} from './lexical';

export abstract class ParseBase {
  protected readonly lineStarts: number[] = [0];
  protected scopes: FuncDef[] = [];
  protected loopDepth = 0;

  constructor(
    protected readonly source: string,
    protected readonly filename: string,
  ) {
    for (let i = 0; i < source.length; i++)
      if (source.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  abstract lambda(n: SyntaxNode): Expr;
  abstract params(n: SyntaxNode): FuncDef['params'];
  /** The expression of node `n` (parse-expr.ts). */
  abstract expr(n: SyntaxNode): Expr;

  // ---- positions and diagnostics ----

  protected posAt(offset: number): Pos {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - this.lineStarts[lo]! + 1 };
  }

  protected posOf(n: SyntaxNode): Pos {
    return this.posAt(n.from);
  }

  /** The node's source text; identifiers NFKC-normalised, as CPython's tokenizer does. */
  protected text(n: SyntaxNode): string {
    const raw = this.source.slice(n.from, n.to);
    if ((n.name === 'VariableName' || n.name === 'PropertyName') && /[^\p{ASCII}]/u.test(raw))
      return raw.normalize('NFKC');
    return raw;
  }

  protected kids(n: SyntaxNode): SyntaxNode[] {
    const out: SyntaxNode[] = [];
    for (let c = n.firstChild; c; c = c.nextSibling)
      if (c.name !== 'Comment' && !isBareYieldGap(c)) out.push(c);
    return out;
  }

  protected at(n: SyntaxNode | null, kind: string, message: string): Diagnostic {
    return located(
      this.filename,
      n ? this.posOf(n) : this.posAt(this.source.length),
      kind,
      message,
    );
  }

  protected unsupported(n: SyntaxNode, message: string): Diagnostic {
    return this.at(n, 'NotSupported', message);
  }

  protected syntaxError(n: SyntaxNode): Diagnostic {
    if (STRING_NODES.has(n.name) && unterminatedString(this.source, n)) {
      const kind = /^[a-zA-Z]*[fF]/.test(this.text(n)) ? 'f-string' : 'string';
      const { line } = this.posOf(n);
      return located(
        this.filename,
        this.posOf(n),
        'SyntaxError',
        `unterminated ${kind} literal (detected at line ${line})`,
      );
    }
    const bad = n.type.isError ? -1 : badIdentifierChar(this.source, n.from, n.to);
    if (bad >= 0) {
      const ch = String.fromCodePoint(this.source.codePointAt(bad)!);
      const code = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      const message = NON_PRINTABLE.test(ch)
        ? `invalid non-printable character U+${code}`
        : `invalid character '${ch}' (U+${code})`;
      return located(this.filename, this.posAt(bad), 'SyntaxError', message);
    }
    // Lezer reports an error node where it recovered; point at the first real character.
    let off = n.from;
    while (off < this.source.length && /[ \t]/.test(this.source[off]!)) off++;
    if (off >= this.source.length) off = n.from;
    const at = this.source.codePointAt(off);
    if (
      at !== undefined &&
      at !== 0 &&
      NON_PRINTABLE.test(String.fromCodePoint(at)) &&
      !/\s/.test(String.fromCodePoint(at))
    ) {
      const code = at.toString(16).toUpperCase().padStart(4, '0');
      return located(
        this.filename,
        this.posAt(off),
        'SyntaxError',
        `invalid non-printable character U+${code}`,
      );
    }
    const unclosed = this.unclosedBracket(off);
    const message = unclosed ? `'${unclosed.ch}' was never closed` : 'invalid syntax';
    return located(this.filename, this.posAt(unclosed ? unclosed.at : off), 'SyntaxError', message);
  }

  /**
   * CPython's rule: if a bracket is still open where the error is, and the error is at the
   * end of input or on a later line than that bracket, the bracket "was never closed".
   */
  private unclosedBracket(errorAt: number): { ch: string; at: number } | null {
    const atEnd = this.source.slice(errorAt).trim() === '';
    const limit = atEnd ? this.source.length : errorAt;
    const stack: { ch: string; at: number }[] = [];
    for (let i = 0; i < limit; i++) {
      const ch = this.source[i]!;
      if (ch === '#') while (i < limit && this.source[i] !== '\n') i++;
      else if (ch === '"' || ch === "'") {
        const q = ch;
        const triple = this.source.startsWith(q.repeat(3), i);
        i += triple ? 3 : 1;
        while (
          i < limit &&
          !(triple
            ? this.source.startsWith(q.repeat(3), i)
            : this.source[i] === q || this.source[i] === '\n')
        ) {
          if (this.source[i] === '\\') i++;
          i++;
        }
        if (triple) i += 2;
      } else if ('([{'.includes(ch)) stack.push({ ch, at: i });
      else if (')]}'.includes(ch)) stack.pop();
    }
    const open = stack.pop();
    if (!open) return null;
    return atEnd || this.posAt(errorAt).line > this.posAt(open.at).line ? open : null;
  }

  protected checkErrors(_n: SyntaxNode): void {
    // Errors are found once for the whole tree (see `firstError`), not per statement.
  }

  /**
   * The first error in the tree, found with one cursor walk: an error node, or a name
   * holding a character CPython's tokenizer refuses in an identifier.
   */
  static firstError(top: SyntaxNode, source: string): SyntaxNode | null {
    const cur = top.cursor();
    for (;;) {
      if (
        cur.type.isError &&
        !isBareYieldGap(cur.node) &&
        !isEmptyPatternGap(cur.node) &&
        !isPrintAssignGap(cur.node, source)
      )
        return cur.node;
      if (IDENTIFIER_NODES.has(cur.name) && badIdentifierChar(source, cur.from, cur.to) >= 0)
        return cur.node;
      if (STRING_NODES.has(cur.name) && unterminatedString(source, cur.node)) return cur.node;
      if (cur.firstChild()) continue;
      while (!cur.nextSibling()) if (!cur.parent()) return null;
    }
  }

  // ---- scopes ----

  protected get scope(): FuncDef {
    return this.scopes[this.scopes.length - 1]!;
  }

  protected newScope(
    name: string,
    qualname: string,
    kind: FuncDef['kind'],
    n: SyntaxNode,
    isAsync: boolean,
  ): FuncDef {
    const fn: FuncDef = {
      ...this.posOf(n),
      name,
      qualname,
      params: [],
      returns: null,
      body: [],
      isAsync,
      isGenerator: false,
      kind,
      locals: new Set(),
      globals: new Set(),
      nonlocals: new Set(),
      children: [],
      parent: this.scopes.length ? this.scope : null,
    };
    if (fn.parent) fn.parent.children.push(fn);
    return fn;
  }

  protected qualname(name: string): string {
    const outer = this.scope;
    if (outer.kind === 'module') return name;
    if (outer.kind === 'class') return `${outer.qualname}.${name}`;
    return `${outer.qualname}.<locals>.${name}`;
  }

  protected declare(name: string): void {
    this.scope.locals.add(name);
  }

  /** Are we (through list/set/dict comprehensions) directly inside an `async def`? */
  protected inAsyncDef(allowComp: boolean): boolean {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const s = this.scopes[i]!;
      if (s.kind === 'comp' && allowComp && s.name !== '<genexpr>') continue;
      if (s.kind === 'comp' && !allowComp) {
        if (s.name === '<genexpr>') return false;
        continue;
      }
      return s.kind === 'def' && s.isAsync;
    }
    return false;
  }

  protected requireAsync(n: SyntaxNode, message: string): void {
    const fn = this.scope;
    if (!(fn.kind === 'def' && fn.isAsync)) throw this.at(n, 'SyntaxError', message);
  }
}
