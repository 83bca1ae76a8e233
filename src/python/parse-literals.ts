/** Number, string and f-string literals, as CPython's tokenizer and parser read them. */
import type { SyntaxNode } from '@lezer/common';
import type { Expr, FStringPart } from './ast';
import { ParseBase } from './parse-base';
import { decodeEscapes } from './strings';

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

export abstract class LiteralBuilder extends ParseBase {
  /** `a, b` as a tuple; a single expression as itself (parse-expr.ts): an f-string's field. */
  protected abstract exprList(nodes: SyntaxNode[]): Expr;

  protected number(n: SyntaxNode): Expr {
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

  protected string(n: SyntaxNode): Expr {
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
