/**
 * Source text → typed AST, through @lezer/python (the grammar CodeMirror uses).
 * Syntax errors and constructs outside the subset become located diagnostics; no JS
 * exception escapes `parse`.
 */
import { parser } from '@lezer/python';
import type { SyntaxNode } from '@lezer/common';
import type { Expr, FuncDef, Module, Param, Stmt } from './ast';
import { Diagnostic, located } from './diagnostics';
import { ExprBuilder } from './parse-expr';
import { isPrintAssignGap } from './lexical';
import { NameScope } from './ast';
import { MatchBuilder } from './parse-match';
import { resolveScopes } from './scope';
import { maskFormatSpecs } from './fstring-mask';
import { FUTURE_FEATURES } from './future';
import { unparseAnnotation } from './unparse';

export interface ParseResult {
  module: Module | null;
  diagnostic: Diagnostic | null;
}

/** Parse `source`; on failure `module` is null and `diagnostic` says where and why. */
export function parse(source: string, filename = 'main.py'): ParseResult {
  // A UTF-8 byte order mark opens some saved files; CPython's tokenizer drops it.
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  const nul = source.indexOf('\0');
  if (nul >= 0) {
    const line = source.slice(0, nul).split('\n').length;
    return {
      module: null,
      diagnostic: new Diagnostic(
        filename,
        line,
        1,
        'SyntaxError',
        'source code cannot contain null bytes',
      ),
    };
  }
  try {
    const tree = parser.parse(blankFormFeedLines(maskFormatSpecs(source)));
    const b = new StmtBuilder(source, filename);
    const module = b.module(tree.topNode);
    resolveScopes(module);
    return { module, diagnostic: null };
  } catch (e) {
    if (e instanceof Diagnostic) return { module: null, diagnostic: e };
    if (e instanceof RangeError) {
      return {
        module: null,
        diagnostic: new Diagnostic(filename, 1, 1, 'SyntaxError', 'too many nested parentheses'),
      };
    }
    throw e;
  }
}

function inPattern(n: SyntaxNode): boolean {
  // only where the recovery is known to fail on valid code: after an empty `C()`
  for (let p = n.parent; p; p = p.parent) if (p.name === 'PatternArgList') return true;
  return false;
}

/**
 * A line holding only whitespace and form feeds (a page break) is blank to CPython;
 * Lezer's grammar sees an error there. Spaces in their place keep every offset.
 */
function blankFormFeedLines(source: string): string {
  if (!source.includes('\f')) return source;
  return source.replace(/^[ \t\f]*\f[ \t\f]*$/gm, (m) => ' '.repeat(m.length));
}

/** The width of leading whitespace; a form feed starts the count again, as in CPython's tokenizer. */
function indentWidth(lead: string): number {
  return lead.length - lead.lastIndexOf('\f') - 1;
}

const UNSUPPORTED: Record<string, string> = {
  TypeDefinition: "'type' statements",
};

function insideMatch(n: SyntaxNode): boolean {
  for (let p: SyntaxNode | null = n.parent; p; p = p.parent) {
    if (p.name === 'MatchStatement') return true;
  }
  return false;
}

class StmtBuilder extends MatchBuilder {
  /**
   * `from __future__ import annotations` (PEP 563) was seen: no annotation is evaluated; a
   * module's or class's `__annotations__` holds each as a string.
   */
  private stringAnnotations = false;

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
    // An operator after a literal pattern (`case 1 * 2:`): no pattern continues so
    if (
      bad?.parent?.name === 'MatchClause' &&
      bad.prevSibling?.name === 'LiteralPattern' &&
      '*/%@&^~<>'.includes(this.source[bad.from] ?? ' ')
    )
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

  private body(n: SyntaxNode | null): Stmt[] {
    if (!n) throw this.at(null, 'SyntaxError', 'expected an indented block');
    return this.block(n);
  }

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

  private assign(n: SyntaxNode, kids: SyntaxNode[]): Stmt {
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

  /** The expression of a `TypeDef` (`: T` or `-> T`), evaluated where the definition runs. */
  private annotation(typeDef: SyntaxNode): Expr {
    const typeKids = this.kids(typeDef);
    return this.expr(typeKids[typeKids.length - 1]!);
  }

  /**
   * Under `from __future__ import annotations`: the annotation as the string CPython's
   * compiler makes of it (`ast.unparse`'s text), for the common forms; refused otherwise.
   */
  private annotationString(typeDef: SyntaxNode): Expr {
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

  private scopeStmt(n: SyntaxNode, kids: SyntaxNode[]): Stmt {
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

  private importStmt(n: SyntaxNode, kids: SyntaxNode[]): Stmt {
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

  /** `@d1 @d2(args) def/class`: the decorators are dotted names, each maybe called. */
  private decorated(n: SyntaxNode, kids: SyntaxNode[]): Stmt {
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

  private classDef(n: SyntaxNode, kids: SyntaxNode[], decorators: Expr[]): Stmt {
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

  private funcDef(n: SyntaxNode, kids: SyntaxNode[]): FuncDef {
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
