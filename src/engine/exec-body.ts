/**
 * A function body on the suspending executor: the generator of every coroutine, generator
 * and async generator frame, which is that frame itself (`bodyFrame`). Every suspended
 * coroutine keeps it alive (100,000 suspended `randn()` keep 100,000 of them), so it is
 * written by hand as a small iterator rather than as a `function*`: a JS generator keeps a
 * register file as large as all its temporaries (272 bytes here), this adds four fields to
 * the frame.
 *
 * It behaves as this generator does, step for step:
 *
 *     function* execBody(f) {
 *       let threw = true;
 *       try {
 *         for (const s of f.def.body) {
 *           const c = startStmt(s, f)
 *             ? hotAwait(s) ? (awaits coro() itself, or yield* awaitOther) : yield* suspending(s, f)
 *             : execStmtSync(s, f);
 *           if (c !== Normal) { threw = false; return c === Return ? f.retval : null; }
 *         }
 *         threw = false;
 *         return null;
 *       } catch (e) {
 *         if (!(e instanceof PyError)) threw = null;
 *         throw locate(e, f);
 *       } finally {
 *         ended(f, threw);
 *       }
 *     }
 *
 * where awaiting `coro()` itself yields its Delegate (the task's driver runs it), unless it
 * is a `leaf` (`asyncio.sleep()`): then the body steps it as `yield*` would, and no
 * Delegate is made.
 */
import { PyCoroutine, beginAwait, endAwait, startAwait } from './coro';
import type { Gen } from './coro';
import { PyError } from './errors';
import { Frame } from './frame';
import type { FrameKind } from './frame';
import { ev } from './eval';
import { Completion, locate, releaseLocals, startStmt, suspending } from './exec';
import type { StmtGen } from './exec';
import { awaitOther, awaited, hotAwait } from './exec-async';
import { execStmtSync } from './exec-sync';
import { rt } from './runtime';
import { localsReleased } from './unawaited';
import type { FuncDef, Stmt } from '../python/ast';
import type { Env, Value } from './values';

const NOT_STARTED = 0;
const SUSPENDED = 1;
const RUNNING = 2;
const DONE = 3;

/** `throw()` passes this as the value sent: none is. */
const NO_ERROR: unique symbol = Symbol('no error');

class BodyRun extends Frame {
  private state = NOT_STARTED;
  /** The statement running or suspended. */
  private i = 0;
  /** The generator of the statement suspended in it (`yield*`), or null. */
  private inner: StmtGen | null = null;
  /**
   * The `await coro()` statement suspended in this body itself, or null: its Delegate was
   * yielded (the frame's `awaiting` is null again when the body resumes), or the coroutine is
   * a `leaf` the body steps itself (it is the frame's `awaiting` until it ends).
   */
  private awaitStmt: Stmt | null = null;

  next(v: Value): IteratorResult<unknown, Value> {
    return this.resume(v, NO_ERROR);
  }

  throw(err: unknown): IteratorResult<unknown, Value> {
    return this.resume(null, err);
  }

  /** As a generator's `return()`: the statement's generator returns, then the `finally`. */
  return(v: Value): IteratorResult<unknown, Value> {
    if (this.state === SUSPENDED) {
      this.state = DONE;
      const inner = this.inner;
      this.inner = this.awaitStmt = null;
      inner?.return(Completion.Normal);
      const leaf = this.awaiting;
      if (leaf instanceof PyCoroutine && leaf.leaf) {
        leaf.gen.return(null);
        endAwait(this, leaf);
      }
      ended(this, true);
    } else this.state = DONE;
    return { done: true, value: v };
  }

  [Symbol.iterator](): this {
    return this;
  }

  /**
   * Sends `v` (or throws `err`) into the `leaf` coroutine this body awaits: suspended with
   * what it yields, or the end of the await (its result returned, its error thrown).
   */
  private stepLeaf(leaf: PyCoroutine, v: Value, err: unknown): IteratorResult<unknown, Value> {
    let r: IteratorResult<unknown, Value>;
    try {
      r = err === NO_ERROR ? leaf.gen.next(v) : leaf.gen.throw(err);
    } catch (e) {
      this.awaitStmt = null;
      endAwait(this, leaf);
      throw e;
    }
    if (r.done) endAwait(this, leaf);
    else this.state = SUSPENDED;
    return r;
  }

  private resume(v: Value, err: unknown): IteratorResult<unknown, Value> {
    const state = this.state;
    if (state === DONE) {
      if (err !== NO_ERROR) throw err;
      return { done: true, value: undefined as unknown as Value };
    }
    if (state === RUNNING) throw new TypeError('Generator is already running');
    this.state = RUNNING;
    // thrown into a generator that has not started: it ends there, running nothing
    if (state === NOT_STARTED && err !== NO_ERROR) {
      this.state = DONE;
      throw err;
    }
    try {
      let c: Completion = Completion.Normal;
      if (this.inner !== null) {
        const r = err === NO_ERROR ? this.inner.next(v) : this.inner.throw(err);
        if (!r.done) {
          this.state = SUSPENDED;
          return r;
        }
        this.inner = null;
        c = r.value;
        this.i++;
      } else if (this.awaitStmt !== null) {
        const s = this.awaitStmt;
        const leaf = this.awaiting as PyCoroutine | null;
        if (leaf !== null) {
          const r = this.stepLeaf(leaf, v, err);
          if (!r.done) return r;
          v = r.value;
          err = NO_ERROR;
        }
        this.awaitStmt = null;
        if (err !== NO_ERROR) throw err;
        c = awaited(s, v, this);
        this.i++;
      }
      const body = this.def.body;
      const r = rt();
      for (;;) {
        if (c !== Completion.Normal || this.i >= body.length) {
          const value = c === Completion.Return ? this.retval : null;
          this.state = DONE;
          ended(this, false);
          return { done: true, value };
        }
        const s = body[this.i]!;
        if (!startStmt(r, s, this)) c = execStmtSync(s, this);
        else {
          // `await coro()` (awaitStmt's hot path) awaits here: no generator of its own stays alive
          const e = hotAwait(s);
          let g: StmtGen;
          if (e === null) g = suspending(s, this);
          else {
            const x = ev(e.value, this);
            this.line = e.line;
            if (x instanceof PyCoroutine) {
              this.awaitStmt = s;
              if (!x.leaf) {
                this.state = SUSPENDED;
                return { done: false, value: startAwait(this, x) };
              }
              beginAwait(this, x);
              const r = this.stepLeaf(x, null, NO_ERROR);
              if (!r.done) return r;
              this.awaitStmt = null;
              c = awaited(s, r.value, this);
              this.i++;
              continue;
            }
            g = awaitOther(s, x, this);
          }
          const res = g.next();
          if (!res.done) {
            this.inner = g;
            this.state = SUSPENDED;
            return res;
          }
          c = res.value;
        }
        this.i++;
      }
    } catch (e) {
      if (this.state !== DONE) {
        this.state = DONE;
        this.inner = this.awaitStmt = null;
        const located = locate(e, this);
        ended(this, e instanceof PyError ? true : null); // not a PyError: the run stops, nothing to warn
        throw located;
      }
      throw e; // thrown by `ended` itself
    }
  }
}

/** The `finally` of a body: the frame lets its locals go. */
function ended(f: Frame, threw: boolean | null): void {
  if (f.def.kind === 'module') return;
  localsReleased(rt(), f, threw);
  if (f.def.children.length === 0) releaseLocals(f.env, f.retval, threw !== false);
}

/**
 * The frame of a coroutine, generator or async generator (or, in tests, the module's), which
 * is its own body's generator: the iterator's return value is the function's result. One
 * object instead of a frame and a body run: 100,000 suspended `randn()` keep 100,000.
 */
export function bodyFrame(
  def: FuncDef,
  env: Env,
  globals: Map<string, Value>,
  kind: FrameKind,
): Frame & Gen {
  return new BodyRun(def, env, globals, kind);
}
