/**
 * The statements of a coroutine that await: `await x` as a statement or right-hand side
 * (the hot path), `async for` and `async with`.
 */
import type { ExprOf, Stmt, StmtOf } from '../python/ast';
import { PyCoroutine, awaitValue, startAwait } from './coro';
import { PyAsyncGenerator } from './async-gen';
import type { Gen } from './coro';
import { Exc, PyError, runtimeError } from './errors';
import type { Frame } from './frame';
import { ev } from './eval';
import { Completion, execBlock, val } from './exec';
import type { StmtGen } from './exec';
import { activeLoop } from './loop';
import { asyncContext } from './asyncio/support';
import { dropRef } from './unawaited';
import { Future } from './asyncio/futures';
import { Task } from './asyncio/task';
import { bindTarget } from './targets';
import type { PyExc, Value } from './values';
import { asyncIterator, asyncNext } from './async-iter';
import { isUserObject } from './objects';
import { contextMethods, exitWithError } from './exec-class';
import { callValue } from './protocol';

/**
 * The `await` of `await x`, `v = await x` or `return await x` whose `x` has no await inside:
 * such a statement awaits in the generator that runs it, or null.
 */
export function hotAwait(s: Stmt): ExprOf<'await'> | null {
  if (s.kind !== 'expr' && s.kind !== 'assign' && s.kind !== 'return') return null;
  const e = s.value;
  return e?.kind === 'await' && !e.value.suspends ? e : null;
}

/** `await x` as a whole statement or right-hand side, without an evGen level (the hot path). */
export function awaitExpr(e: ExprOf<'await'>, f: Frame): Gen {
  const v = ev(e.value, f);
  f.line = e.line;
  return awaitValue(f, v);
}
/**
 * `await x`, `v = await x` and `return await x`: the hot path of every coroutine, awaited
 * in this one generator (no awaitValue level alive while suspended).
 */
export function* awaitStmt(
  s: StmtOf<'expr' | 'assign' | 'return'>,
  e: ExprOf<'await'>,
  f: Frame,
): StmtGen {
  const x = ev(e.value, f);
  f.line = e.line;
  if (x instanceof PyCoroutine) return awaited(s, yield startAwait(f, x), f);
  return yield* awaitOther(s, x, f);
}

/** `await x` of the hot forms (see `hotAwait`), what is awaited not a coroutine. */
export function* awaitOther(s: Stmt, x: Value, f: Frame): StmtGen {
  let v: Value;
  if (x instanceof Future) {
    f.awaiting = x;
    try {
      if (!x.done()) {
        x.blocking = true;
        yield x;
      }
      if (!x.done()) throw runtimeError("await wasn't used with future");
      v = x.result();
    } finally {
      f.awaiting = null;
    }
  } else v = yield* awaitValue(f, x);
  return awaited(s, v, f);
}

/** The end of `awaitStmt`, a plain function: fewer registers in each suspended generator. */
export function awaited(s: Stmt, v: Value, f: Frame): Completion {
  if (s.kind === 'return') {
    f.retval = v;
    return Completion.Return;
  }
  if (s.kind === 'assign') for (const t of s.targets) bindTarget(t, v, f);
  else dropRef(v);
  return Completion.Normal;
}
export function* asyncFor(s: StmtOf<'for'>, f: Frame): Generator<unknown, Completion, Value> {
  const src = yield* val(s.iter, f);
  const it = asyncIterator(src);
  try {
    for (;;) {
      f.line = s.line;
      let x: Value;
      try {
        x = yield* awaitValue(f, asyncNext(it));
      } catch (e) {
        if (e instanceof PyError && e.exc.type === Exc.StopAsyncIteration) break;
        throw e;
      }
      bindTarget(s.target, x, f);
      const c = yield* execBlock(s.body, f);
      if (c === Completion.Break) return Completion.Normal;
      if (c === Completion.Return) return c;
    }
  } finally {
    // Left early, the loop drops the only reference to a generator it made itself: asyncio's
    // finalizer hook then schedules `aclose()` as a task, as CPython does on refcount zero.
    if (src instanceof PyAsyncGenerator && s.iter.kind !== 'name' && !src.finished && src.started)
      scheduleAclose(src);
  }
  return yield* execBlock(s.orelse, f);
}

function scheduleAclose(agen: PyAsyncGenerator): void {
  const loop = activeLoop();
  if (!loop) return;
  agen.closing = true;
  loop.callSoon(
    () => void new Task(agen.aclose(), null),
    'callback',
    'async generator finalizer',
    null,
  );
}

/** `async with` on an object of a class statement's class: its `__aenter__`/`__aexit__`. */
function userAsyncContext(mgr: Value): { aenter(): Value; aexit(e: PyExc | null): Value } {
  const [enter, exit] = contextMethods(mgr, true);
  return {
    aenter: () => callValue(enter, [], null),
    aexit: (e) => callValue(exit, e ? [e.type, e, null] : [null, null, null], null),
  };
}

export function* asyncWith(
  s: StmtOf<'with'>,
  i: number,
  f: Frame,
): Generator<unknown, Completion, Value> {
  if (i >= s.items.length) return yield* execBlock(s.body, f);
  const item = s.items[i]!;
  const mgr = yield* val(item.ctx, f);
  const cm = isUserObject(mgr) ? userAsyncContext(mgr) : asyncContext(mgr);
  f.line = s.line;
  const entered = yield* awaitValue(f, cm.aenter());
  if (item.target) bindTarget(item.target, entered, f);
  let c: Completion;
  try {
    c = yield* asyncWith(s, i + 1, f);
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    f.line = s.line;
    return yield* exitWithError(f, e, { awaited: () => awaitValue(f, cm.aexit(e.exc)) });
  }
  f.line = s.line;
  yield* awaitValue(f, cm.aexit(null));
  return c;
}
