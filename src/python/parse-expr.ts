/**
 * Expression half of the lezer → AST conversion, and the bookkeeping both halves share
 * (positions, scopes, diagnostics).
 */
import type { SyntaxNode } from '@lezer/common';
import type { Arg, Comprehension, Expr, FStringPart, FuncDef, Pos, Stmt } from './ast';
import { NameScope } from './ast';
import type { Diagnostic } from './diagnostics';
import { located } from './diagnostics';
import type { ChainToken } from './arith';
import { isChainOperator, parseChain } from './arith';
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
import { decodeEscapes } from './strings';

const COMPARE_KEYWORDS = new Set(['in', 'not in', 'is', 'is not']);
const COMP_KIND: Record<string, 'list' | 'set' | 'dict' | 'gen'> = {
  ArrayComprehensionExpression: 'list',
  SetComprehensionExpression: 'set',
  DictionaryComprehensionExpression: 'dict',
  ComprehensionExpression: 'gen',
};
const COMP_NAME = { list: '<listcomp>', set: '<setcomp>', dict: '<dictcomp>', gen: '<genexpr>' };
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
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

export abstract class ExprBuilder {
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

  // ---- expressions ----

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
  protected exprList(nodes: SyntaxNode[]): Expr {
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
          e.kind === 'call' ? 'function call' : e.kind === 'const' ? 'literal' : 'expression';
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

  expr(n: SyntaxNode): Expr {
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
        throw this.unsupported(n, "'...' (Ellipsis) is not supported yet");
      default:
        if (n.type.isError) throw this.syntaxError(n);
        throw this.unsupported(
          n,
          `'${this.text(n).slice(0, 30)}' (${n.name}) is not supported yet`,
        );
    }
  }

  private number(n: SyntaxNode): Expr {
    const p = this.posOf(n);
    const raw = this.text(n).replace(/_/g, '').toLowerCase();
    if (raw.endsWith('j')) throw this.unsupported(n, 'complex numbers are not supported');
    if (/^0[xob]/.test(raw))
      return { ...p, kind: 'const', constant: { type: 'int', value: demote(BigInt(raw)) } };
    if (/[.e]/.test(raw) || raw === 'inf' || raw === 'nan')
      return { ...p, kind: 'const', constant: { type: 'float', value: Number(raw) } };
    if (/^0+\d/.test(raw) && /[1-9]/.test(raw)) {
      throw this.at(
        n,
        'SyntaxError',
        'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
      );
    }
    return {
      ...p,
      kind: 'const',
      constant: { type: 'int', value: raw.length < 16 ? Number(raw) : demote(BigInt(raw)) },
    };
  }

  private string(n: SyntaxNode): Expr {
    const p = this.posOf(n);
    const pieces = n.name === 'ContinuedString' ? this.kids(n) : [n];
    const parts: FStringPart[] = [];
    let isF = false;
    for (const piece of pieces) {
      const raw = this.text(piece);
      const prefix = /^[a-zA-Z]*/.exec(raw)![0].toLowerCase();
      if (prefix.includes('b')) throw this.unsupported(piece, 'bytes literals are not supported');
      const q = raw.slice(prefix.length, prefix.length + 3);
      const qlen = q === '"""' || q === "'''" ? 3 : 1;
      const bodyFrom = piece.from + prefix.length + qlen;
      const bodyTo = piece.to - qlen;
      const rawStr = prefix.includes('r');
      if (piece.name === 'FormatString' || prefix.includes('f')) {
        isF = true;
        this.fstringParts(piece, bodyFrom, bodyTo, rawStr, parts);
      } else {
        parts.push(this.decode(piece, this.source.slice(bodyFrom, bodyTo), rawStr));
      }
    }
    if (!isF)
      return {
        ...p,
        kind: 'const',
        constant: { type: 'str', value: (parts as string[]).join('') },
      };
    return { ...p, kind: 'fstr', parts: mergeText(parts) };
  }

  private decode(n: SyntaxNode, s: string, raw: boolean): string {
    if (raw) return s;
    const out = decodeEscapes(s);
    if (typeof out !== 'string') throw this.at(n, 'SyntaxError', out.error);
    return out;
  }

  private fstringParts(
    n: SyntaxNode,
    from: number,
    to: number,
    raw: boolean,
    parts: FStringPart[],
  ): void {
    let at = from;
    const literal = (end: number): void => {
      if (end > at)
        parts.push(
          this.decode(n, this.source.slice(at, end), raw)
            .replace(/\{\{/g, '{')
            .replace(/\}\}/g, '}'),
        );
    };
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.name !== 'FormatReplacement') continue;
      literal(c.from);
      parts.push(this.field(c));
      at = c.to;
    }
    literal(to);
  }

  private field(n: SyntaxNode): FStringPart {
    const kids = this.kids(n).filter((c) => c.name !== '{' && c.name !== '}');
    const exprNodes = kids.filter(
      (c) => !['FormatConversion', 'FormatSpec', 'FormatSelfDoc'].includes(c.name),
    );
    if (exprNodes.length === 0)
      throw this.at(n, 'SyntaxError', "f-string: valid expression required before '}'");
    const value = this.exprList(exprNodes);
    const conv = kids.find((c) => c.name === 'FormatConversion');
    const spec = kids.find((c) => c.name === 'FormatSpec');
    const self = kids.find((c) => c.name === 'FormatSelfDoc');
    let conversion: 'r' | 's' | 'a' | null = null;
    if (conv) {
      const ch = this.text(conv).slice(1);
      if (ch !== 'r' && ch !== 's' && ch !== 'a')
        throw this.at(
          conv,
          'SyntaxError',
          `f-string: invalid conversion character '${ch}': expected 's', 'r', or 'a'`,
        );
      conversion = ch;
    }
    let specParts: FStringPart[] | null = null;
    if (spec) {
      specParts = [];
      this.fstringParts(spec, spec.from + 1, spec.to, true, specParts);
      specParts = mergeText(specParts);
    }
    // `{x = }` keeps its spaces: the text runs to whatever follows the `=`.
    const selfDoc = self
      ? this.source.slice(n.from + 1, self.nextSibling ? self.nextSibling.from : self.to)
      : null;
    return { value, conversion, spec: specParts, selfDoc };
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
        gens.push({ target, iter, ifs: [], isAsync: cl.isAsync });
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

  /** The operator of a BinaryExpression, with inner spaces normalised (`not  in`). */
  private binaryOp(n: SyntaxNode): string {
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
  private chain(n: SyntaxNode): Expr {
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

  private binary(n: SyntaxNode): Expr {
    const kids = this.kids(n);
    const left = kids[0]!;
    const right = kids[kids.length - 1]!;
    const op = this.binaryOp(n);
    const p = this.posOf(n);
    if (op === 'and' || op === 'or')
      return { ...p, kind: 'bool', op, left: this.expr(left), right: this.expr(right) };
    if (isCompare(op)) {
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
  private unary(n: SyntaxNode): Expr {
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

function demote(v: bigint): number | bigint {
  return v <= MAX_SAFE && v >= -MAX_SAFE ? Number(v) : v;
}

function mergeText(parts: FStringPart[]): FStringPart[] {
  const out: FStringPart[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (typeof p === 'string' && typeof last === 'string') out[out.length - 1] = last + p;
    else if (p !== '') out.push(p);
  }
  return out;
}
