/**
 * A set display of constants (`{3.0, True, 10, 2.5}`): CPython's compiler makes it a
 * frozenset constant, which its constant cache rebuilds from its own iteration order
 * (`merge_consts_recursive`), and the display is an empty set updated with that
 * (`BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE`). When hashes collide, the order differs
 * from adding the items in source order.
 */
import type { Expr } from '../python/ast';
import { hashKey } from './compare';
import { SetTable } from './setorder';
import type { PySet, Value } from './values';

/** What the AST optimizer folds to a constant: literals, signed numbers, tuples of those. */
function isConstant(e: Expr): boolean {
  if (e.kind === 'const') return true;
  if (e.kind === 'unary')
    return e.value.kind === 'const' && ['int', 'float', 'bool'].includes(e.value.constant.type);
  return e.kind === 'tuple' && e.elts.every(isConstant);
}

/** Whether CPython compiles this set display to a frozenset constant (`starunpack_helper`). */
export function isConstantSet(elts: readonly Expr[]): boolean {
  return elts.length > 2 && elts.every(isConstant);
}

/** The set a constant display makes of its items (in source order). */
export function constantSet(items: readonly Value[]): PySet {
  const built = new SetTable();
  for (const x of items) built.add(x, hashKey(x));
  const merged = new SetTable();
  for (const [v, k, h] of built.entries()) merged.add(v, k, h);
  const out = new SetTable();
  out.merge(merged);
  return out.toSet();
}
