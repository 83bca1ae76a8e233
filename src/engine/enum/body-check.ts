/**
 * What an enum class body may do here. CPython's `_EnumDict` raises `TypeError: 'A'
 * already defined as 1` when a body binds a member's name twice (or a member over a
 * method); the body's namespace here is a plain dict, so a body that binds a name twice
 * at its top level, or binds names inside a compound statement, is refused before it runs.
 */
import type { Expr, Stmt } from '../../python/ast';
import { NotSupportedError } from '../errors';

function targetNames(t: Expr, out: string[]): void {
  if (t.kind === 'name') out.push(t.id);
  else if (t.kind === 'tuple' || t.kind === 'list') for (const e of t.elts) targetNames(e, out);
  else if (t.kind === 'star') targetNames(t.value, out);
}

/** The names a statement of the body binds, or null for one that may bind in ways not followed. */
function bound(s: Stmt): string[] | null {
  const out: string[] = [];
  switch (s.kind) {
    case 'assign':
      for (const t of s.targets) targetNames(t, out);
      return out;
    case 'augassign':
    case 'annassign':
      targetNames(s.target, out);
      return out;
    case 'def':
    case 'class':
      return [s.fn.name];
    case 'expr':
    case 'pass':
      return out;
    default:
      return null;
  }
}

function located(e: NotSupportedError, s: Stmt): NotSupportedError {
  e.line = s.line;
  return e;
}

/** Refuses (before the body runs) an enum body that could rebind a name. */
export function checkEnumBody(body: readonly Stmt[]): void {
  const seen = new Set<string>();
  for (const s of body) {
    const names = bound(s);
    if (names === null)
      throw located(new NotSupportedError(`'${s.kind}' in an enum class body`, s.kind), s);
    for (const n of names) {
      if (seen.has(n))
        throw located(new NotSupportedError(`binding '${n}' twice in an enum class body`, n), s);
      seen.add(n);
    }
  }
}
