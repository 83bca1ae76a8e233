/**
 * The exception being handled (`sys.exc_info()`) where a frame raises, and implicit
 * chaining: `raise X` inside an `except` or `finally` block, or in a function called from
 * one, sets `X.__context__` to it (CPython's `_PyErr_SetObject`).
 */
import { PyCoroutine } from './coro';
import type { Frame } from './frame';
import { rt } from './runtime';
import type { PyExc } from './values';

/**
 * The innermost exception being handled on the running call chain: `f`'s own, else its
 * callers' (the synchronous frames of this step, then the task's await chain from the
 * innermost coroutine out, then the frames below the event loop).
 */
export function topHandled(f: Frame): PyExc | undefined {
  const own = f.handled;
  if (own) return own;
  const r = rt();
  const fr = r.frames;
  const base = Math.min(r.current ? r.stepBase : 0, fr.length);
  for (let i = fr.length - 1; i >= base; i--) {
    const h = fr[i]!.handled;
    if (h) return h;
  }
  const chain: Frame[] = [];
  for (let c: unknown = r.current?.coro; c instanceof PyCoroutine && c.frame;) {
    chain.push(c.frame);
    c = c.frame.awaiting;
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const h = chain[i]!.handled;
    if (h) return h;
  }
  for (let i = base - 1; i >= 0; i--) {
    const h = fr[i]!.handled;
    if (h) return h;
  }
  return undefined;
}

/**
 * `exc` is raised while `top` is handled: `exc.__context__ = top`, after cutting `exc` out
 * of `top`'s own context chain so that no cycle forms (as CPython does).
 */
export function chainContext(exc: PyExc, top: PyExc | undefined): void {
  if (!top || top === exc) return;
  const seen = new Set<PyExc>();
  for (let o = top; o.context && !seen.has(o); o = o.context) {
    seen.add(o);
    if (o.context === exc) {
      o.context = null;
      break;
    }
  }
  exc.context = top;
}
