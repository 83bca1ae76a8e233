/**
 * CPython's `RuntimeWarning: coroutine 'f' was never awaited`, by reachability.
 *
 * CPython warns when the last reference to a coroutine object that never started goes
 * away (reference counting; `_PyGen_Finalize`), however it was held. We keep no reference
 * counts. The coroutine objects made and not started (nor given to a task) are
 * `Runtime.pending`; at each point where CPython may drop a reference (`dropped`: a name
 * rebound or deleted, an expression statement's value, a frame's locals, a call's
 * arguments, items removed from a container), and only while one is pending, a scan from
 * the roots finds the pending coroutines no longer reachable. The roots: the frames
 * running on the synchronous executor (`Runtime.frames`, the module's included), the
 * tasks not done (their coroutines' frames), and what the evaluator holds mid-expression
 * where CPython keeps it on a frame's value stack (`Runtime.temps`: argument lists being
 * built, displays, a `for` loop's iterable, a value being assigned). A simulated cascade of
 * deallocations from the dropped references, in CPython's order (a list frees its items
 * last first, a dict in order, a frame its locals in `co_varnames` order, a coroutine warns
 * and then frees its arguments), gives the order of the warnings.
 *
 * A pending coroutine found unreachable that the cascade does not free (it was dropped
 * where we do not look, or it is in a reference cycle, freed only by the collector), one
 * held by a frame an exception unwinds (the traceback keeps it), or one in a dying set
 * (no defined order) is refused: the run stops with a NotSupported diagnostic rather
 * than warn at a wrong moment. The object graph it walks is object-graph.ts.
 */
import { PyCoroutine } from './coro';
import { hashKey } from './compare';
import { NotSupportedError } from './errors';
import { PyIterator } from './iter';
import type { Frame } from './frame';
import { frameRefs, hasClosures, isNode, mark, pendingIn, reaches, refsOf } from './object-graph';
import type { CoroLike, Runtime } from './runtime';
import { rt } from './runtime';
import type { Value } from './values';
import { PyDict, PyList, PySet } from './values';

/** Is some coroutine object pending (made, never started)? Forgets the started ones. */
export function hasPending(r: Runtime): boolean {
  const p = r.pending;
  if (p.length === 0) return false;
  let j = 0;
  for (const c of p) if (c.state === 'created') p[j++] = c;
  p.length = j;
  return j > 0;
}

function refused(what: string): NotSupportedError {
  return new NotSupportedError(what, '');
}

/** A pending coroutine that a traceback held went: when CPython lets go of it is not modelled. */
function heldByTraceback(): NotSupportedError {
  return refused(
    "a coroutine never awaited, held by a frame an exception left (the exception's traceback keeps it)",
  );
}

/** The warning CPython prints when a coroutine object that never started is freed. */
export function warnNeverAwaited(coro: PyCoroutine): void {
  coro.state = 'closed';
  const r = rt();
  r.emit({
    type: 'warning',
    t: r.time,
    text: `RuntimeWarning: ${
      coro.methodOf
        ? `coroutine method '${coro.methodOf[0]}' of '${coro.methodOf[1]}'`
        : `coroutine '${coro.qualname}'`
    } was never awaited`,
  });
}

/** Keeps `v` (an argument list, a display being built...) as a root while pending ones exist. */
export function holdTemp(v: object): void {
  const r = rt();
  if (r.pending.length === 0) return;
  const t = r.temps;
  if (t.length !== 0 && t[t.length - 1] === v) return;
  if (!t.includes(v)) t.push(v);
}

/** `v` is no longer held by the evaluator; returns whether it was. */
export function releaseTemp(r: Runtime, v: unknown): boolean {
  const t = r.temps;
  const i = t.lastIndexOf(v);
  if (i < 0) return false;
  t.splice(i, 1);
  return true;
}

/** The references in `refs` (in the order CPython releases them) were just dropped. */
export function dropped(refs: readonly unknown[], keep: readonly unknown[] = []): void {
  const r = rt();
  if (!hasPending(r)) return;
  const live = mark(r, keep);
  if (live === null) return;
  cascade(r, refs, live);
}

/** One reference dropped: a name rebound or deleted, an expression statement's value. */
export function dropRef(v: unknown): void {
  if (typeof v === 'object' && v !== null && rt().pending.length !== 0) dropped([v]);
}

/** A call's argument list was bound to a Python function's parameters: the frame owns them. */
export function argsBound(r: Runtime, pos: Value[], kw: Map<string, Value> | null): void {
  releaseTemp(r, pos);
  if (kw) releaseTemp(r, kw);
}

/** A library call returned `result`: its arguments, held until now, are dropped. */
export function argsReleased(pos: Value[], kw: Map<string, Value> | null, result: Value): void {
  const r = rt();
  const a = releaseTemp(r, pos);
  const b = kw !== null && releaseTemp(r, kw);
  if (!a && !b) return;
  const refs: unknown[] = [...pos];
  if (kw) refs.push(...kw.values());
  // An iterator or a coroutine of asyncio's that the call made may keep them.
  if (
    (result instanceof PyIterator || (result instanceof PyCoroutine && result.frame === null)) &&
    !r.heldBy.has(result)
  ) {
    r.heldBy.set(result, refs);
  }
  dropped(refs, [result]);
}

/** The synchronous frame `f` ended: its locals are released (in `co_varnames` order). */
export function frameEnded(f: Frame, threw: boolean | null): void {
  const r = rt();
  const fr = r.frames;
  if (fr[fr.length - 1] === f) fr.pop();
  else if (fr.includes(f)) fr.splice(fr.lastIndexOf(f), 1);
  localsReleased(r, f, threw);
}

/**
 * An exception was thrown into coroutine `c` before it started (a task cancelled before
 * its first step): its body never ran, and CPython's traceback keeps its frame, with the
 * arguments, as for any frame an exception leaves.
 */
export function thrownBeforeStart(c: PyCoroutine): void {
  const f = c.frame;
  if (f === null || f.cleared) return;
  try {
    localsReleased(rt(), f, true);
  } catch (e) {
    if (e instanceof NotSupportedError && e.line === 0) e.line = f.line;
    throw e;
  }
}

/** A frame that is not on `Runtime.frames` (a coroutine's, a generator's) ended. */
export function localsReleased(r: Runtime, f: Frame, threw: boolean | null): void {
  f.cleared = true;
  if (threw === null || !hasPending(r)) return; // null: the run stops (refused, a limit)
  const refs = frameRefs(f);
  const closures = hasClosures(f.def);
  if (threw || closures) {
    // The traceback keeps the frame until the exception is gone; a closure that outlives
    // the frame keeps its cells (we keep its whole Env, so cannot tell which).
    const live = mark(r, [f.retval]);
    // CPython's traceback keeps the frame's locals for as long as the exception lives,
    // which we do not follow: a pending coroutine they hold must not warn at a guess.
    if (threw) for (const c of pendingIn(refs, r)) r.tracebackHeld.add(c);
    if (live !== null && (threw || live.has(f.env)) && reaches(refs, live, r)) {
      throw refused(
        threw
          ? 'an exception leaving a frame that holds a coroutine never awaited'
          : 'a closure outliving a frame that holds a coroutine never awaited',
      );
    }
    // Its closures die with it: the cascade frees the locals once, from the frame.
    if (closures && live !== null && !live.has(f.env)) r.clearedEnvs.add(f.env);
  }
  dropped(refs, [f.retval]);
}

/**
 * An exception reaches a `try` that began with `depth` values held mid-statement: what the
 * statements it left held is dropped, as CPython pops the value stack to the handler's
 * depth. Which of those goes first is not modelled: only if one of them held a never-started
 * coroutine's last reference is the program refused.
 */
export function exceptionCaught(depth: number): void {
  const r = rt();
  if (r.temps.length <= depth) return;
  const gone = r.temps.splice(depth);
  if (!hasPending(r)) return;
  const live = mark(r, []);
  if (live !== null && reaches(gone, live, r)) {
    throw refused('catching an exception while a coroutine never awaited is held mid-statement');
  }
}

/** The program ends with an exception: its traceback's frames go in an order we do not model. */
export function uncaught(): void {
  if (hasPending(rt())) {
    throw refused('an uncaught exception while a coroutine is never awaited');
  }
}

/** Before `del obj[idx]` or `obj[idx] = v`: the item about to go, if it can matter. */
export function itemAt(obj: Value, idx: Value): unknown {
  if (rt().pending.length === 0) return undefined;
  if (obj instanceof PyList && typeof idx === 'number') {
    return obj.items[idx < 0 ? obj.items.length + idx : idx];
  }
  if (obj instanceof PyDict) {
    try {
      return obj.map.get(hashKey(idx))?.[1];
    } catch {
      return undefined; // unhashable: the store raises
    }
  }
  if (obj instanceof PyList)
    throw refused('a slice of a list replaced or deleted while a coroutine is never awaited');
  return undefined;
}

/** A library method on a list or dict may drop items (`pop`, `clear`, `remove`): their values before. */
export function itemsBefore(obj: Value): unknown[] | null {
  if (rt().pending.length === 0) return null;
  if (obj instanceof PyList) return [...obj.items];
  if (obj instanceof PyDict) {
    const out: unknown[] = [];
    for (const [k, v] of obj.map.values()) out.push(k, v);
    return out;
  }
  return null;
}

/** After such a method: the items that went are dropped (a list's last first). */
export function itemsAfter(obj: Value, before: unknown[], result: Value): void {
  const now =
    obj instanceof PyList
      ? obj.items
      : [...(obj as PyDict).map.values()].flatMap(([k, v]) => [k, v] as unknown[]);
  const left = new Map<unknown, number>();
  for (const v of now) left.set(v, (left.get(v) ?? 0) + 1);
  const gone: unknown[] = [];
  for (const v of before) {
    const n = left.get(v) ?? 0;
    if (n > 0) left.set(v, n - 1);
    else gone.push(v);
  }
  if (gone.length === 0) return;
  dropped(obj instanceof PyList ? gone.reverse() : gone, [result]);
}

/** The program ended: the module's names are set to None, `_private` ones first. */
export function moduleEnded(globals: Map<string, Value>, module: Frame): void {
  const r = rt();
  const fr = r.frames;
  if (fr.includes(module)) fr.splice(fr.indexOf(module), 1);
  r.temps.length = 0;
  r.temps.push(globals); // the module's dict, while its names are cleared
  const names = [...globals.keys()];
  const order = [
    ...names.filter((n) => n.startsWith('_') && !n.startsWith('__')),
    ...names.filter((n) => !(n.startsWith('_') && !n.startsWith('__'))),
  ];
  for (const n of order) {
    if (!hasPending(r)) return;
    const old = globals.get(n);
    if (old === undefined) continue;
    globals.set(n, null);
    dropped([old]);
  }
  globals.clear();
  r.temps.length = 0;
  if (hasPending(r)) {
    // Left in a reference cycle (or dropped where we do not look): the collector's order.
    const live = mark(r, []);
    if (live !== null) throw refused('a coroutine never awaited left at exit in a cycle');
  }
}

/** Frees what `refs` alone held, as CPython's deallocations would, warning as it goes. */
function cascade(r: Runtime, refs: readonly unknown[], live: Set<object>): void {
  // Count the references into the dead objects: from the dropped ones and from each other.
  const count = new Map<object, number>();
  const todo = [...refs];
  while (todo.length) {
    const v = todo.pop();
    if (!isNode(v) || live.has(v)) continue;
    const n = count.get(v);
    count.set(v, (n ?? 0) + 1);
    if (n === undefined) for (const c of refsOf(v, r)) todo.push(c);
  }
  const dead: CoroLike[] = [];
  for (const c of r.pending) if (!live.has(c)) dead.push(c);
  // Decrements in release order; an object at zero is freed: a coroutine warns, then its refs go.
  const stack: unknown[] = [...refs].reverse();
  while (stack.length) {
    const v = stack.pop();
    if (!isNode(v) || live.has(v)) continue;
    const n = count.get(v)! - 1;
    count.set(v, n);
    if (n !== 0) continue;
    if (
      v instanceof PySet &&
      v.map.size > 1 &&
      refsOf(v, r).some((x) => dead.includes(x as PyCoroutine))
    ) {
      throw refused('a set holding coroutines never awaited, freed');
    }
    if (v instanceof PyCoroutine && v.state === 'created') {
      if (r.tracebackHeld.has(v)) throw heldByTraceback();
      warnNeverAwaited(v);
    }
    const inner = refsOf(v, r);
    for (let i = inner.length - 1; i >= 0; i--) stack.push(inner[i]);
  }
  for (const c of dead) {
    if (c.state !== 'created') continue;
    if (r.tracebackHeld.has(c)) throw heldByTraceback();
    throw refused('a coroutine never awaited, dropped here');
  }
}
