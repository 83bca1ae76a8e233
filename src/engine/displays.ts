/**
 * List, tuple, set and dict displays, once their items are evaluated: the one way both
 * evaluators (`ev`, `evGen`) build them. Items spread (`*it`), and a coroutine the
 * container holds escapes the never-awaited tracking (unawaited.ts, gen-life.ts).
 */
import type { Expr, ExprOf } from '../python/ast';
import { STOP } from './coro';
import { hashKey } from './compare';
import { dictSet } from './dicts';
import { escapeGen } from './gen-life';
import { getIter } from './iter';
import { rt } from './runtime';
import { constantSet, isConstantSet, starredSet } from './setdisplay';
import type { SetPart } from './setdisplay';
import { holdTemp, releaseTemp } from './unawaited';
import type { PyDict, Value } from './values';
import { PyList, PyObject, PySet, PyTuple } from './values';

/**
 * Adds one item of a list, tuple or set display, evaluated (`*it` spreads it, evaluated).
 * Held by the container, a coroutine escapes the never-awaited tracking.
 */
function addElement(x: Expr, v: Value, out: Value[]): void {
  if (x.kind !== 'star') {
    if (v instanceof PyObject) escapeGen(v);
    out.push(v);
    if (typeof v === 'object' && v !== null) holdTemp(out);
    return;
  }
  const it = getIter(v);
  for (let y = it.next(); y !== STOP; y = it.next()) {
    out.push(y);
    if (typeof y === 'object' && y !== null) holdTemp(out);
  }
}

/** A list, tuple or set display being built: its items, and a set display's parts. */
export interface DisplayBuild {
  readonly e: ExprOf<'list' | 'tuple' | 'set'>;
  readonly items: Value[];
  /** For a set display with starred elements: which items each element gave. */
  readonly parts: SetPart[] | null;
}

export function newDisplay(e: ExprOf<'list' | 'tuple' | 'set'>): DisplayBuild {
  const starred = e.kind === 'set' && e.elts.some((x) => x.kind === 'star');
  return { e, items: [], parts: starred ? [] : null };
}

/** One element of the display, evaluated: added (`*it` spread) and, in a set, noted. */
export function addDisplayItem(d: DisplayBuild, x: Expr, v: Value): void {
  const from = d.items.length;
  addElement(x, v, d.items);
  d.parts?.push({ star: x.kind === 'star', value: v, from, to: d.items.length });
}

/** The list, tuple or set the display makes of its items. */
export function endDisplay(d: DisplayBuild): Value {
  return d.e.kind === 'set' ? setDisplay(d.e, d.parts, d.items) : display(d.e.kind, d.items);
}

/**
 * A set display: CPython's frozenset constant for constants; with starred parts, an empty
 * set that each starred part updates (`SET_UPDATE`: a set merged, a dict's keys sized up
 * front) and each other part adds to; else its items added in order.
 */
function setDisplay(
  e: { elts: readonly Expr[]; iterated?: true },
  parts: SetPart[] | null,
  items: Value[],
): Value {
  const constant = isConstantSet(e.elts, e.iterated === true);
  if (!constant && parts === null) return display('set', items);
  if (rt().temps.length !== 0) releaseTemp(rt(), items);
  return constant ? constantSet(items, e.iterated === true) : starredSet(parts!, items);
}

/** The list, tuple or set a display makes of its items. */
export function display(kind: 'list' | 'tuple' | 'set', items: Value[]): Value {
  if (rt().temps.length !== 0) releaseTemp(rt(), items);
  if (kind === 'list') return new PyList(items);
  if (kind === 'tuple') return new PyTuple(items);
  const s = new PySet();
  for (const x of items) {
    const k = hashKey(x);
    if (!s.map.has(k)) s.map.set(k, x);
  }
  return s;
}

/** `k: v` of a dict display: the dict holds both (a coroutine escapes the tracking). */
export function displayItem(d: PyDict, k: Value, v: Value): void {
  escapeGen(k);
  escapeGen(v);
  dictSet(d, k, v);
  if ((typeof v === 'object' && v !== null) || (typeof k === 'object' && k !== null)) holdTemp(d);
}

/** The dict display is made: the evaluator no longer holds it as a part-built value. */
export function displayDone(d: PyDict): PyDict {
  if (rt().temps.length !== 0) releaseTemp(rt(), d);
  return d;
}
