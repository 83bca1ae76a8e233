/**
 * `match` statements: Lezer's pattern nodes to the typed AST's patterns, with CPython's
 * compile-time errors (unreachable cases, alternatives binding different names, a name
 * bound twice).
 */
import type { SyntaxNode } from '@lezer/common';
import type { Expr, MatchCase, Pattern, Stmt, ExprOf } from './ast';
import { patternParts } from './ast';
import { ExprBuilder } from './parse-expr';

const SEQ_OPEN = new Set(['(', '[']);

export abstract class MatchBuilder extends ExprBuilder {
  abstract block(node: SyntaxNode): Stmt[];

  protected matchStmt(n: SyntaxNode, kids: SyntaxNode[]): Stmt {
    const bodyAt = kids.findIndex((c) => c.name === 'MatchBody');
    const subject = this.exprList(kids.slice(1, bodyAt));
    const cases: MatchCase[] = [];
    const clauses = this.kids(kids[bodyAt]!).filter((c) => c.name === 'MatchClause');
    clauses.forEach((c, i) => {
      const parts = this.kids(c);
      const guardAt = parts.findIndex((x) => x.name === 'Guard');
      const bodyNode = parts.find((x) => x.name === 'Body')!;
      const end = guardAt >= 0 ? guardAt : parts.indexOf(bodyNode);
      const patNodes = parts.slice(1, end);
      const pattern = this.openSequence(patNodes);
      const guard = guardAt >= 0 ? this.expr(this.kids(parts[guardAt]!)[1]!) : null;
      this.checkBindings(pattern, patNodes[0]!);
      if (!guard && i < clauses.length - 1) this.checkReachable(pattern, patNodes[0]!);
      cases.push({ ...this.posOf(c), pattern, guard, body: this.block(bodyNode) });
    });
    return { ...this.posOf(n), kind: 'match', subject, cases };
  }

  /** `case a, b:` is a sequence pattern without brackets. */
  private openSequence(nodes: SyntaxNode[]): Pattern {
    if (nodes.length === 1) return this.pattern(nodes[0]!);
    const items = nodes.filter((x) => x.name !== ',').map((x) => this.pattern(x));
    return this.seq(nodes[0]!, items);
  }

  private seq(at: SyntaxNode, items: Pattern[]): Pattern {
    const stars = items.flatMap((p, i) => (p.kind === 'pcapture' && starred.has(p) ? [i] : []));
    if (stars.length > 1)
      throw this.at(at, 'SyntaxError', 'multiple starred names in sequence pattern');
    return { ...this.posOf(at), kind: 'pseq', items, star: stars[0] ?? -1 };
  }

  private pattern(n: SyntaxNode): Pattern {
    const p = this.posOf(n);
    const kids = this.kids(n);
    switch (n.name) {
      case 'CapturePattern': {
        const name = this.text(kids[0]!);
        return { ...p, kind: 'pcapture', target: name === '_' ? null : this.target(kids[0]!) };
      }
      case 'LiteralPattern':
        if (kids.length === 1 && kids[0]!.type.isError)
          throw this.at(n, 'SyntaxError', 'invalid syntax');
        return { ...p, kind: 'pvalue', value: this.literal(n, kids) };
      case 'AttributePattern':
        return { ...p, kind: 'pvalue', value: this.dotted(kids) };
      case 'StarPattern': {
        const inner = this.pattern(kids[1]!);
        starred.add(inner);
        return inner;
      }
      case 'OrPattern': {
        // Lezer reads `A | B as n` as `A | (B as n)`; Python's grammar, as `(A | B) as n`
        const last = kids[kids.length - 1]!;
        if (last.name === 'AsPattern') {
          const [inner, , name] = this.kids(last);
          const or = this.orPattern(n, [...kids.slice(0, -1), inner!]);
          return this.asPattern(n, or, name!);
        }
        return this.orPattern(n, kids);
      }
      case 'AsPattern': {
        const [inner, , name] = kids;
        return this.asPattern(n, this.pattern(inner!), name!);
      }
      case 'SequencePattern': {
        const inner = kids.slice(1, -1);
        const empty = inner.length === 1 && inner[0]!.name === 'LiteralPattern' && isGap(inner[0]!);
        const items = empty ? [] : inner.filter((x) => x.name !== ',').map((x) => this.pattern(x));
        // `(p)` is a group; `(p,)` and `[p]` are sequences
        if (this.text(kids[0]!) === '(' && items.length === 1 && !inner.some((x) => x.name === ','))
          return items[0]!;
        if (!SEQ_OPEN.has(this.text(kids[0]!))) break;
        return this.seq(n, items);
      }
      case 'MappingPattern':
        return this.mapping(n, kids);
      case 'ClassPattern':
        return this.classPattern(n, kids);
    }
    throw this.unsupported(n, `this pattern (${n.name}) is not supported yet`);
  }

  private orPattern(n: SyntaxNode, kids: SyntaxNode[]): Pattern {
    const alts = kids.filter((c) => c.name !== 'LogicOp').map((c) => this.pattern(c));
    alts.forEach((a, i) => {
      if (i < alts.length - 1) this.checkReachable(a, n);
    });
    const names = alts.map((a) => bound(a).sort().join(','));
    if (names.some((x) => x !== names[0]))
      throw this.at(n, 'SyntaxError', 'alternative patterns bind different names');
    return { ...this.posOf(n), kind: 'por', alts };
  }

  private asPattern(n: SyntaxNode, inner: Pattern, name: SyntaxNode): Pattern {
    if (this.text(name) === '_') throw this.at(name, 'SyntaxError', "cannot use '_' as a target");
    return { ...this.posOf(n), kind: 'pas', pattern: inner, target: this.target(name) };
  }

  private literal(n: SyntaxNode, kids: SyntaxNode[]): Expr {
    if (kids.length === 2 && this.text(kids[0]!) === '-' && kids[1]!.name === 'Number') {
      const v = this.expr(kids[1]!);
      return { ...this.posOf(n), kind: 'unary', op: '-', value: v };
    }
    // `real + imag j` is the only other form CPython accepts
    const imaginary = kids.length === 3 && /j$/i.test(this.text(kids[2]!));
    if (imaginary) throw this.unsupported(n, 'complex numbers are not supported');
    if (kids.length !== 1) throw this.at(n, 'SyntaxError', 'invalid syntax');
    const e = this.expr(kids[0]!);
    if (e.kind === 'fstr')
      throw this.at(n, 'SyntaxError', 'patterns may only match literals and attribute lookups');
    return e;
  }

  private dotted(kids: SyntaxNode[]): Expr {
    let e = this.expr(kids[0]!);
    for (let i = 2; i < kids.length; i += 2)
      e = { ...this.posOf(kids[0]!), kind: 'attr', value: e, name: this.text(kids[i]!) };
    return e;
  }

  private mapping(n: SyntaxNode, kids: SyntaxNode[]): Pattern {
    const keys: Expr[] = [];
    const values: Pattern[] = [];
    let rest: Expr | null = null;
    const seen = new Set<string>();
    const inner = kids
      .slice(1, -1)
      .filter((c) => c.name !== ',' && c.name !== ':' && !c.type.isError);
    for (let i = 0; i < inner.length; i++) {
      const c = inner[i]!;
      if (c.name === '**') {
        const name = inner[++i]!;
        rest = this.target(this.kids(name)[0] ?? name);
        continue;
      }
      const key =
        c.name === 'AttributePattern' ? this.dotted(this.kids(c)) : this.literal(c, this.kids(c));
      if (key.kind === 'const') {
        const id = JSON.stringify(key.constant, (_, v: unknown) =>
          typeof v === 'bigint' ? String(v) : v,
        );
        if (seen.has(id))
          throw this.at(c, 'SyntaxError', `mapping pattern checks duplicate key (${this.text(c)})`);
        seen.add(id);
      }
      keys.push(key);
      values.push(this.pattern(inner[++i]!));
    }
    return { ...this.posOf(n), kind: 'pmap', keys, values, rest };
  }

  private classPattern(n: SyntaxNode, kids: SyntaxNode[]): Pattern {
    const argList = kids[kids.length - 1]!;
    const cls = this.dotted(kids.slice(0, -1));
    const args: Pattern[] = [];
    const kwNames: string[] = [];
    const kwArgs: Pattern[] = [];
    for (const c of this.kids(argList).slice(1, -1)) {
      if (c.name === ',' || (c.name === 'LiteralPattern' && isGap(c))) continue;
      if (c.name === 'KeywordPattern') {
        const [name, , value] = this.kids(c);
        const kw = this.text(name!);
        if (kwNames.includes(kw))
          throw this.at(c, 'SyntaxError', `attribute name repeated in class pattern: ${kw}`);
        kwNames.push(kw);
        kwArgs.push(this.pattern(value ?? this.kids(c)[1]!));
      } else {
        if (kwNames.length)
          throw this.at(c, 'SyntaxError', 'positional patterns follow keyword patterns');
        args.push(this.pattern(c));
      }
    }
    return { ...this.posOf(n), kind: 'pclass', cls, args, kwNames, kwArgs };
  }

  /** A name bound twice in one pattern is CPython's SyntaxError. */
  private checkBindings(p: Pattern, at: SyntaxNode): void {
    const seen = new Set<string>();
    const walk = (q: Pattern): void => {
      if (q.kind === 'por') {
        walk(q.alts[0]!);
        return;
      }
      const [, binds] = patternParts(q.kind === 'pas' ? q.pattern : q);
      if (q.kind === 'pas') binds.push(q.target);
      for (const b of binds) {
        const id = (b as ExprOf<'name'>).id;
        if (seen.has(id))
          throw this.at(at, 'SyntaxError', `multiple assignments to name '${id}' in pattern`);
        seen.add(id);
      }
    };
    walk(p);
  }

  /** An irrefutable pattern before others makes them unreachable: CPython's SyntaxError. */
  private checkReachable(p: Pattern, at: SyntaxNode): void {
    const q = p.kind === 'pas' ? p.pattern : p;
    if (q.kind === 'pcapture' && !starred.has(q)) {
      const message = q.target
        ? `name capture '${(q.target as ExprOf<'name'>).id}' makes remaining patterns unreachable`
        : 'wildcard makes remaining patterns unreachable';
      throw this.at(at, 'SyntaxError', message);
    }
    if (q.kind === 'por' && q.alts.some((a) => irrefutable(a))) {
      throw this.at(at, 'SyntaxError', 'wildcard makes remaining patterns unreachable');
    }
  }
}

/** Patterns that came from `*name` in a sequence. */
const starred = new WeakSet<Pattern>();

function bound(p: Pattern): string[] {
  return patternParts(p)[1].map((e) => (e as ExprOf<'name'>).id);
}

function irrefutable(p: Pattern): boolean {
  if (p.kind === 'pas') return irrefutable(p.pattern);
  if (p.kind === 'por') return p.alts.some(irrefutable);
  return p.kind === 'pcapture';
}

/** Lezer's error node for the empty inside of `[]`, `()` or `C()`. */
function isGap(n: SyntaxNode): boolean {
  const c = n.firstChild;
  return c !== null && c.type.isError && c.from === c.to && c.nextSibling === null;
}
