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
import { exactDict } from './setops';
import type { Value } from './values';
import { PySet } from './values';

/** What the AST optimizer folds to a constant: literals, signed numbers, tuples of those. */
function isConstant(e: Expr): boolean {
  if (e.kind === 'const') return true;
  if (e.kind === 'unary')
    return e.value.kind === 'const' && ['int', 'float', 'bool'].includes(e.value.constant.type);
  return e.kind === 'tuple' && e.elts.every(isConstant);
}

/**
 * Whether CPython compiles this set display to a frozenset constant: three or more
 * constants (`starunpack_helper`), or any constants a `for` iterates (`fold_iter`).
 */
export function isConstantSet(elts: readonly Expr[], iterated: boolean): boolean {
  return elts.length > (iterated ? 0 : 2) && elts.every(isConstant);
}

/**
 * The set a constant display makes of its items (in source order): the frozenset constant
 * itself when a `for` iterates it, else an empty set updated with it.
 */
export function constantSet(items: readonly Value[], iterated: boolean): PySet {
  const built = new SetTable();
  for (const x of items) built.add(x, hashKey(x));
  const constant = new SetTable();
  for (const [v, k, h] of built.entries()) constant.add(v, k, h);
  if (iterated) return constant.toSet(true);
  const out = new SetTable();
  out.merge(constant);
  return out.toSet();
}

/** One element of a set display: a value, or a starred iterable, and the items it gave. */
export interface SetPart {
  star: boolean;
  value: Value;
  /** Where its items are in the display's list of items. */
  from: number;
  to: number;
}

/** A display with starred parts (`BUILD_SET`, then `SET_UPDATE` or `SET_ADD` for each). */
export function starredSet(parts: readonly SetPart[], items: readonly Value[]): PySet {
  const t = new SetTable();
  for (const p of parts) {
    if (p.star && p.value instanceof PySet) t.merge(SetTable.of(p.value));
    else if (p.star && exactDict(p.value)) {
      t.presize(p.value.map.size);
      for (const [k, [key]] of p.value.map) t.add(key, k);
    } else for (let i = p.from; i < p.to; i++) t.add(items[i]!, hashKey(items[i]!));
  }
  return t.toSet();
}
