/**
 * The text CPython's compiler makes of an annotation under `from __future__ import
 * annotations` (PEP 563: `ast.unparse`'s spelling, whatever the source's spacing), for the
 * forms annotations are written in: names, dotted names, subscripts (`dict[str, int]`,
 * `Callable[[int], str]`), `X | Y`, `None` and other simple constants. Null for anything
 * else: the caller refuses it rather than guess CPython's spelling.
 */
import type { Const, Expr } from './ast';

export function unparseAnnotation(e: Expr): string | null {
  switch (e.kind) {
    case 'name':
      return e.id;
    case 'attr': {
      const v = unparseAnnotation(e.value);
      return v === null ? null : `${v}.${e.name}`;
    }
    case 'sub': {
      const v = unparseAnnotation(e.value);
      // A tuple index has no parentheses: `dict[str, int]`.
      const i = e.index.kind === 'tuple' ? items(e.index.elts) : unparseAnnotation(e.index);
      return v === null || i === null ? null : `${v}[${i}]`;
    }
    case 'tuple': {
      const i = items(e.elts);
      return i === null ? null : e.elts.length === 1 ? `(${i},)` : `(${i})`;
    }
    case 'list': {
      const i = items(e.elts);
      return i === null ? null : `[${i}]`;
    }
    case 'bin': {
      // `|` binds loosest of what annotations use; an operand that is itself a `|` is the
      // left one (left-associative), which unparse writes without parentheses.
      if (e.op !== '|' || e.right.kind === 'bin') return null;
      const l = unparseAnnotation(e.left);
      const r = unparseAnnotation(e.right);
      return l === null || r === null ? null : `${l} | ${r}`;
    }
    case 'const':
      return constant(e.constant);
    default:
      return null;
  }
}

function items(elts: Expr[]): string | null {
  const parts = elts.map(unparseAnnotation);
  return parts.some((p) => p === null) ? null : parts.join(', ');
}

/** `repr()` of the constants whose repr is plain to spell. */
function constant(c: Const): string | null {
  switch (c.type) {
    case 'none':
      return 'None';
    case 'ellipsis':
      return '...';
    case 'bool':
      return c.value ? 'True' : 'False';
    case 'int':
      return String(c.value);
    case 'str':
      // Printable ASCII without backslashes: repr() picks the quote the text lacks.
      if (!/^[\x20-\x7e]*$/.test(c.value) || c.value.includes('\\')) return null;
      if (!c.value.includes("'")) return `'${c.value}'`;
      return c.value.includes('"') ? null : `"${c.value}"`;
    case 'float':
      return null;
  }
}
