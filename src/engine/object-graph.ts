/**
 * The object graph that the never-awaited scan (unawaited.ts) walks: what a value
 * references, in the order its deallocation releases them (a frame its locals in
 * `co_varnames` order, a list its items last first), and what the roots reach.
 */
import type { FuncDef } from '../python/ast';
import { PyAsyncGenerator } from './async-gen';
import { PyCoroutine } from './coro';
import type { Frame } from './frame';
import { PyGenerator } from './generator';
import { namespaceOf } from './namespaces';
import type { Runtime } from './runtime';
import {
  Env,
  PyBoundMethod,
  PyDict,
  PyExc,
  PyFunction,
  PyList,
  PyObject,
  PySet,
  PyTuple,
} from './values';

/** Library objects that hold Python values (a task its coroutine, a queue its items). */
export interface HoldsValues {
  pyRefs(): readonly unknown[];
}

function holdsValues(v: object): v is HoldsValues {
  return typeof (v as Partial<HoldsValues>).pyRefs === 'function';
}

const closures = new WeakMap<FuncDef, boolean>();

/** Does `def` contain a function or lambda (a comprehension is inlined: not a closure)? */
export function hasClosures(def: FuncDef): boolean {
  let v = closures.get(def);
  if (v === undefined) {
    v = def.children.some((c) => c.kind !== 'comp' || hasClosures(c));
    closures.set(def, v);
  }
  return v;
}

const varOrder = new WeakMap<FuncDef, string[]>();

/** `co_varnames`: parameters (positional, keyword-only, `*args`, `**kwargs`), then locals. */
function varnames(def: FuncDef): string[] {
  let names = varOrder.get(def);
  if (names) return names;
  const ps = def.params;
  names = [
    ...ps.filter((p) => p.kind === 'pos').map((p) => p.name),
    ...ps.filter((p) => p.kind === 'kwonly').map((p) => p.name),
    ...ps.filter((p) => p.kind === 'star').map((p) => p.name),
    ...ps.filter((p) => p.kind === 'dstar').map((p) => p.name),
  ];
  for (const n of def.locals) if (!names.includes(n)) names.push(n);
  varOrder.set(def, names);
  return names;
}

/** A frame's references in the order clearing it releases them. */
export function frameRefs(f: Frame): unknown[] {
  const vars = f.env;
  if (f.def.kind === 'module') return [...vars.values()];
  const out: unknown[] = [];
  const names = varnames(f.def);
  for (const n of names) {
    const v = vars.get(n);
    if (v !== undefined) out.push(v);
  }
  if (out.length !== vars.size)
    for (const [n, v] of vars.entries()) if (!names.includes(n)) out.push(v);
  return out;
}

/** What `v` references, in the order its deallocation releases them. */
export function refsOf(v: object, r: Runtime): readonly unknown[] {
  if (v instanceof PyList || v instanceof PyTuple) return [...v.items].reverse();
  if (v instanceof PyDict) {
    const ns = namespaceOf(v);
    if (ns) return [...ns.values()];
    const out: unknown[] = [];
    for (const [k, x] of v.map.values()) out.push(k, x);
    return out;
  }
  if (v instanceof PySet) return [...v.map.values()];
  if (v instanceof PyCoroutine || v instanceof PyGenerator || v instanceof PyAsyncGenerator) {
    const f = v.frame;
    const held = r.heldBy.get(v) ?? [];
    if (!f || f.cleared) return held;
    return [...frameRefs(f), f.retval, f.awaiting, f.env.parent, ...held];
  }
  if (v instanceof PyFunction) return [...v.defaults, ...v.kwDefaults.values(), v.closure];
  if (v instanceof Env) return r.clearedEnvs.has(v) ? [v.parent] : [...v.values(), v.parent];
  if (v instanceof PyBoundMethod) return [v.self, v.fn];
  if (v instanceof PyExc) return [...[...v.args].reverse(), v.value, v.cause, v.context];
  if (Array.isArray(v)) return v as unknown[];
  if (v instanceof Map) return [...(v as Map<unknown, unknown>).values()];
  if (holdsValues(v)) return v.pyRefs();
  const held = r.heldBy.get(v);
  if (held) return held;
  // Any other object (an instance, a lock...): whatever its fields hold, to be safe.
  return v instanceof PyObject ? Object.values(v) : [];
}

export function isNode(v: unknown): v is object {
  return (
    typeof v === 'object' &&
    v !== null &&
    (v instanceof PyObject || v instanceof Env || Array.isArray(v) || v instanceof Map)
  );
}

/**
 * Marks what the roots reach. Returns null when every pending coroutine is reached (none
 * can have died), else the reached objects.
 */
export function mark(r: Runtime, extra: readonly unknown[]): Set<object> | null {
  const live = new Set<object>();
  let left = r.pending.length;
  const pending = new Set<object>(r.pending);
  const todo: unknown[] = [];
  const rootFrame = (f: Frame): void => {
    if (!f.cleared) todo.push(f.env, f.retval, f.handled);
  };
  for (const t of r.tasks) if (!t.done()) todo.push(t);
  for (const f of r.frames) rootFrame(f);
  if (r.loop) todo.push(r.loop.handleArg);
  for (const h of r.loopHeld) todo.push(h);
  todo.push(...r.temps, ...extra);
  while (todo.length) {
    const v = todo.pop();
    if (!isNode(v) || live.has(v)) continue;
    live.add(v);
    if (pending.has(v) && --left === 0) return null;
    for (const c of refsOf(v, r)) if (isNode(c) && !live.has(c)) todo.push(c);
  }
  return live;
}

/** The pending coroutines that `refs` reach. */
export function pendingIn(refs: readonly unknown[], r: Runtime): PyCoroutine[] {
  const pending = new Set<object>(r.pending);
  const out: PyCoroutine[] = [];
  const seen = new Set<object>();
  const todo = [...refs];
  while (todo.length) {
    const v = todo.pop();
    if (!isNode(v) || seen.has(v)) continue;
    seen.add(v);
    if (pending.has(v)) out.push(v as PyCoroutine);
    for (const c of refsOf(v, r)) todo.push(c);
  }
  return out;
}

/** Do `refs` reach a pending coroutine outside `live`? */
export function reaches(refs: readonly unknown[], live: Set<object>, r: Runtime): boolean {
  const pending = new Set<object>(r.pending);
  const seen = new Set<object>();
  const todo = [...refs];
  while (todo.length) {
    const v = todo.pop();
    if (!isNode(v) || live.has(v) || seen.has(v)) continue;
    if (pending.has(v)) return true;
    seen.add(v);
    for (const c of refsOf(v, r)) todo.push(c);
  }
  return false;
}
