/**
 * Coroutines, generators and async generators. Each wraps a JS generator that runs the
 * body; a coroutine's generator yields the futures it blocks on (or null for a bare
 * yield), exactly what CPython's coroutines yield to their Task.
 */
import { Exc, PyError, pyErr, runtimeError, typeError } from './errors';
import type { FuncDef } from '../python/ast';
import type { Frame } from './frame';
import { fakeAddress } from './address';
import { rt } from './runtime';
import type { Value } from './values';
import { PyExc, PyObject, PyType, Types, typeName } from './values';

/** The JS generator behind a coroutine or generator: yields suspensions, returns the result. */
export type Gen = Generator<unknown, Value, Value>;

/** A value `await` can suspend on, other than a coroutine: futures and tasks. */
export interface NativeAwaitable {
  pyAwait(): Gen;
}

/** A future, awaited without an extra generator (the hot path: every sleep). */
export interface FutureLike extends NativeAwaitable {
  readonly isFuture: true;
  blocking: boolean;
  done(): boolean;
  result(): Value;
}

function isFutureLike(v: NativeAwaitable): v is FutureLike {
  return (v as Partial<FutureLike>).isFuture === true;
}

export function isNativeAwaitable(v: unknown): v is NativeAwaitable {
  return typeof (v as Partial<NativeAwaitable> | null)?.pyAwait === 'function';
}

/** What `async for` iterates: an async generator, or a library one (`as_completed()`). */
export interface AsyncIter {
  anext(): PyCoroutine;
}

export function isAsyncIter(v: unknown): v is AsyncIter {
  return typeof (v as Partial<AsyncIter> | null)?.anext === 'function';
}

/** Whatever holds a `cr_await` pointer: a frame, or a library coroutine. */
export interface AwaitHolder {
  awaiting: unknown;
}

// eslint-disable-next-line require-yield -- a placeholder, replaced before first use
const EMPTY: Gen = (function* (): Gen {
  return null;
})();

// eslint-disable-next-line require-yield -- a generator that has run to its end
const FINISHED: Gen = (function* (): Gen {
  return null;
})();
FINISHED.next();

export class PyCoroutine extends PyObject implements AwaitHolder {
  state: 'created' | 'running' | 'closed' = 'created';
  /** For library coroutines (no frame): what they await now. */
  awaiting: unknown = null;
  /**
   * An async generator's asend / athrow awaitable: [method, generator's qualname]. Null on
   * the prototype, an own field only when set: most coroutines are not these.
   */
  declare methodOf: [string, string] | null;
  /**
   * A library coroutine that awaits only futures and is its own generator (`asyncio.sleep`):
   * a body awaiting it steps it itself (exec-body.ts), with no Delegate on the task's chain.
   */
  declare readonly leaf: boolean;
  static {
    this.prototype.methodOf = null;
    (this.prototype as { leaf: boolean }).leaf = false;
  }
  constructor(
    readonly qualname: string,
    /**
     * The program's frame, or null for a library coroutine (asyncio's own code) and, as
     * `cr_frame` is None then, once the coroutine has finished.
     */
    public frame: Frame | null,
    public gen: Gen,
  ) {
    super();
    rt().pending.push(this); // until started or given to a task (unawaited.ts)
  }
  /**
   * The body returned or raised: the coroutine lets go of its frame and generator, so
   * that a finished task (which a gather or the task list keeps) holds no locals.
   */
  finish(): void {
    this.state = 'closed';
    this.frame = null;
    this.gen = FINISHED;
  }
  get cls() {
    return Types.coroutine;
  }
  /** `cr_await`. */
  get crAwait(): unknown {
    return this.frame ? this.frame.awaiting : this.awaiting;
  }
  pyRepr(): string {
    return `<coroutine object ${this.qualname} at ${fakeAddress(this)}>`;
  }
}

/** `c` leaves the pending coroutines (unawaited.ts): mostly the last one made, at once. */
export function started(c: PyCoroutine): void {
  const p = rt().pending;
  if (p[p.length - 1] === c) p.pop();
}

/** Creates a library coroutine from a generator function that receives its own holder. */
export function nativeCoro(qualname: string, body: (self: AwaitHolder) => Gen): PyCoroutine {
  const c = new PyCoroutine(qualname, null, EMPTY);
  c.gen = body(c);
  return c;
}

/**
 * Awaiting a coroutine does not nest JS generators (`yield*`): the awaiting generator
 * yields a `Delegate` and the task's driver runs the awaited coroutine on an explicit
 * stack (`drive`). A resume then costs O(1) whatever the await chain's depth, and deep
 * `await` recursion does not exhaust the JS stack.
 */
export class Delegate {
  /** The awaiting generator, and the Delegate that brought it in: the chain back out. */
  outerGen: Gen | null = null;
  outer: Delegate | null = null;
  constructor(
    readonly coro: PyCoroutine,
    readonly holder: AwaitHolder,
  ) {}

  /** The awaited coroutine is done (returned or raised): undo what `startAwait` did. */
  finish(): void {
    endAwait(this.holder, this.coro);
  }
}

/**
 * Begins `await coro` in `holder`: checks it, counts its frame against the recursion
 * limit and returns the Delegate to yield; the driver calls `finish` when it is done.
 */
export function startAwait(holder: AwaitHolder, x: PyCoroutine): Delegate {
  beginAwait(holder, x);
  return new Delegate(x, holder);
}

/** `await x` is done (returned or raised): undoes what `beginAwait` did. */
export function endAwait(holder: AwaitHolder, x: PyCoroutine): void {
  rt().depth--;
  holder.awaiting = null;
  x.finish();
}

/**
 * What `startAwait` does but the Delegate: for a `leaf` coroutine, which the body awaiting
 * it steps itself (exec-body.ts), then ends with `endAwait`.
 */
export function beginAwait(holder: AwaitHolder, x: PyCoroutine): void {
  if (x.state === 'closed') {
    const m = x.methodOf?.[0];
    if (m === 'asend') throw runtimeError('cannot reuse already awaited __anext__()/asend()');
    if (m) throw runtimeError('cannot reuse already awaited aclose()/athrow()');
    throw runtimeError('cannot reuse already awaited coroutine');
  }
  if (x.state === 'running') throw runtimeError('coroutine is being awaited already');
  x.state = 'closed'; // spent, should the recursion limit refuse its frame
  started(x);
  rt().enterFrame();
  x.state = 'running';
  holder.awaiting = x;
}

/** What `drive` runs: the innermost generator of an await chain and its Delegate link. */
export interface Driven {
  top: Gen;
  topDelegate: Delegate | null;
}

/**
 * Runs an await chain (innermost on top, linked outward through Delegates) until the
 * innermost yields a suspension for the task, or the outermost finishes. Sends `value`,
 * or throws `err`, in.
 */
export function drive(
  d: Driven,
  value: Value,
  err: PyError | null,
): IteratorResult<unknown, Value> {
  for (;;) {
    let r: IteratorResult<unknown, Value>;
    try {
      r = err ? d.top.throw(err) : d.top.next(value);
    } catch (e) {
      const del = d.topDelegate;
      if (!del || !(e instanceof PyError)) throw e;
      pop(d, del);
      err = e;
      continue;
    }
    err = null;
    if (r.done) {
      const del = d.topDelegate;
      if (!del) return r;
      pop(d, del);
      value = r.value;
    } else if (r.value instanceof Delegate) {
      const del = r.value;
      del.outerGen = d.top;
      del.outer = d.topDelegate;
      d.top = del.coro.gen;
      d.topDelegate = del;
      value = null;
    } else return r;
  }
}

function pop(d: Driven, del: Delegate): void {
  d.top = del.outerGen!;
  d.topDelegate = del.outer;
  del.finish();
}

/** `await x` inside a frame or library coroutine: delegates until `x` is done. */
export function* awaitValue(holder: AwaitHolder, x: Value): Gen {
  if (x instanceof PyCoroutine) return yield startAwait(holder, x);
  if (isNativeAwaitable(x)) {
    holder.awaiting = x;
    try {
      if (!isFutureLike(x)) return yield* x.pyAwait();
      // Future.__await__, inlined.
      if (!x.done()) {
        x.blocking = true;
        yield x;
      }
      if (!x.done()) throw runtimeError("await wasn't used with future");
      return x.result();
    } finally {
      holder.awaiting = null;
    }
  }
  const special = awaitSpecial(holder, x);
  if (special) return yield* special;
  throw typeError(`object ${typeName(x)} can't be used in 'await' expression`);
}

let awaitSpecial: (holder: AwaitHolder, x: Value) => Gen | null = () => null;
/** Set by await-special.ts: `await` of an object whose class defines `__await__`. */
export function setAwaitSpecial(f: (holder: AwaitHolder, x: Value) => Gen | null): void {
  awaitSpecial = f;
}

/** The end of iteration, as a value rather than an exception. */
export const STOP: unique symbol = Symbol('StopIteration');
export type Next = Value | typeof STOP;

const guardedDefs = new WeakMap<FuncDef, boolean>();

/** Whether a generator function's own body has a `try`, a `with` or a `yield from`. */
export function isGuarded(def: FuncDef): boolean {
  let g = guardedDefs.get(def);
  if (g === undefined) {
    g = hasGuard(def.body);
    guardedDefs.set(def, g);
  }
  return g;
}

function hasGuard(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(hasGuard);
  if (node === null || typeof node !== 'object') return false;
  const k = (node as { kind?: unknown }).kind;
  if (k === 'try' || k === 'with' || k === 'yieldfrom') return true;
  if (k === 'def' || k === 'lambda' || k === 'comp') return false;
  return Object.values(node).some(hasGuard);
}

export class PyGenerator extends PyObject {
  running = false;
  finished = false;
  started = false;
  /** What the body returned, once finished: `StopIteration.value`, the value of `yield from`. */
  returnValue: Value = null;
  /** Holders the engine tracks (variables, a `for` loop, a generator expression); see gen-life.ts. */
  refs = 0;
  /** Held by something the engine does not track (a container, a call's callee). */
  escaped = false;
  /** In `rt().guardedGens` while it is started and not finished. */
  private tracked = false;
  /** Run once when it finishes: a generator expression lets its outermost iterable go. */
  onEnd: (() => void) | null = null;
  constructor(
    readonly qualname: string,
    readonly frame: Frame | null,
    readonly gen: Gen,
  ) {
    super();
  }
  get cls() {
    return Types.generator;
  }
  pyRepr(): string {
    return `<generator object ${this.qualname} at ${fakeAddress(this)}>`;
  }
  /** `next(gen)`, with the end signalled by STOP. */
  next(sent: Value = null): Next {
    return this.resume(() => this.gen.next(sent));
  }
  /** `gen.send(value)`. */
  send(value: Value): Next {
    if (!this.started && !this.finished && value !== null)
      throw typeError("can't send non-None value to a just-started generator");
    return this.next(value);
  }
  /** `gen.throw(exc)`: an exception instance, or a class. */
  throwValue(exc: Value): Next {
    const err = thrownExc(exc);
    if (this.finished) throw err;
    return this.throwIn(err);
  }
  throwIn(err: PyError): Next {
    return this.resume(() => this.gen.throw(err));
  }
  /** `gen.close()`: GeneratorExit in at the paused `yield`; 3.13 returns what the body returned. */
  close(): Value {
    if (this.finished) return null;
    if (!this.started) {
      this.end();
      return null;
    }
    let r: Next;
    try {
      r = this.throwIn(pyErr(Exc.GeneratorExit));
    } catch (e) {
      if (isType(e, Exc.GeneratorExit)) return null;
      throw e;
    }
    if (r === STOP) return this.returnValue;
    throw runtimeError('generator ignored GeneratorExit');
  }
  /** It is finished (returned, raised, closed or freed). */
  end(): void {
    this.finished = true;
    if (this.tracked) rt().guardedGens.delete(this);
    const f = this.onEnd;
    if (f) {
      this.onEnd = null;
      f();
    }
  }
  private resume(step: () => IteratorResult<unknown, Value>): Next {
    if (this.finished) {
      this.returnValue = null; // only the step that finished it carries the value
      return STOP;
    }
    if (this.running) throw pyErr(Exc.ValueError, 'generator already executing');
    this.running = true;
    if (!this.started) {
      this.started = true;
      // one whose finalization can show (a try, with or yield from): checked at exit
      if (this.frame && isGuarded(this.frame.def)) {
        this.tracked = true;
        rt().guardedGens.add(this);
      }
    }
    // Running, its frame is a root for the never-awaited scan (unawaited.ts).
    const frames = rt().frames;
    if (this.frame) frames.push(this.frame);
    try {
      const r = step();
      if (r.done) {
        this.returnValue = r.value;
        this.end();
        return STOP;
      }
      return r.value as Value;
    } catch (e) {
      this.end();
      if (e instanceof PyError && e.exc.type === Exc.StopIteration) {
        throw causedBy('generator raised StopIteration', e);
      }
      throw e;
    } finally {
      this.running = false;
      if (this.frame && frames[frames.length - 1] === this.frame) frames.pop();
    }
  }
}

/** The point where a fresh `athrow()`/`aclose()` awaitable waits for its first send or throw. */
const ATHROW_PRIME: unique symbol = Symbol('athrow prime');

/** Marks a Python-level `yield` inside an async generator (awaits yield futures). */
export class AgYield {
  constructor(readonly v: Value) {}
}

/** The exception `athrow(x)` throws in: an exception instance, or a class called with no arguments. */
function thrownExc(x: Value): PyError {
  if (x instanceof PyExc) return new PyError(x);
  if (x instanceof PyType && x.isSubclassOf(Exc.BaseException))
    return new PyError(new PyExc(x, []));
  throw typeError(
    `exceptions must be classes or instances deriving from BaseException, not ${typeName(x)}`,
  );
}

const isType = (e: unknown, t: PyType): e is PyError => e instanceof PyError && e.exc.type === t;

/** PEP 479: the RuntimeError a generator raises for a StopIteration leaving its body, caused by it. */
function causedBy(message: string, e: PyError): PyError {
  const err = runtimeError(message);
  err.exc.cause = err.exc.context = e.exc;
  err.exc.suppressContext = true;
  return err;
}

/**
 * An async generator, as CPython's genobject.c: `__anext__`/`asend` run the body to its
 * next `yield`; `athrow`/`aclose` throw in at the paused `yield`. Each returns an awaitable
 * that passes the body's awaits through to the task, and may be awaited once.
 */
export class PyAsyncGenerator extends PyObject {
  finished = false;
  running = false;
  started = false;
  /**
   * asyncio's firstiter hook has seen it (one of its methods was called): freeing it
   * unfinished makes asyncio close it in a task. `aclosed`: an aclose() began (CPython's
   * `ag_closed`: no task then); `closing`: the engine scheduled that task itself.
   */
  hooked = false;
  aclosed = false;
  closing = false;
  constructor(
    readonly qualname: string,
    readonly frame: Frame,
    readonly gen: Gen,
  ) {
    super();
  }
  get cls() {
    return Types.async_generator;
  }
  pyRepr(): string {
    return `<async_generator object ${this.qualname} at ${fakeAddress(this)}>`;
  }

  /** `__anext__()` (= `asend(None)`) and `asend(value)`. */
  anext(value: Value = null): PyCoroutine {
    this.hook();
    const c = nativeCoro('async_generator_asend', () => this.sendBody(value));
    c.methodOf = ['asend', this.qualname];
    return c;
  }

  /** `aclose()`: throws GeneratorExit in at the paused `yield` and runs what follows. */
  aclose(): PyCoroutine {
    return this.athrowLike('aclose', null);
  }

  /** `athrow(exc)`: throws `exc` (an instance or a class) in at the paused `yield`. */
  athrow(exc: Value): PyCoroutine {
    return this.athrowLike('athrow', exc);
  }

  /**
   * The awaitable is primed so that an exception thrown into it before its first step (a
   * task cancelled before it started) goes into the generator instead, as CPython's does.
   */
  private hook(): void {
    if (this.hooked) return;
    this.hooked = true;
    rt().hookedAgens.push(this);
  }

  private athrowLike(kind: 'athrow' | 'aclose', exc: Value): PyCoroutine {
    this.hook();
    const c = nativeCoro('async_generator_athrow', () => {
      const g = this.throwBody(kind, exc);
      g.next(null);
      return g;
    });
    c.methodOf = [kind, this.qualname];
    return c;
  }

  private *sendBody(value: Value): Gen {
    if (this.running) throw runtimeError('anext(): asynchronous generator is already running');
    if (this.finished) throw pyErr(Exc.StopAsyncIteration);
    if (!this.started && value !== null)
      throw typeError("can't send non-None value to a just-started async generator");
    this.started = true;
    return yield* this.run(value, null, 'asend');
  }

  private *throwBody(kind: 'athrow' | 'aclose', exc: Value): Gen {
    let thrown: PyError | null = null;
    try {
      yield ATHROW_PRIME;
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      thrown = e;
    }
    if (this.running) throw runtimeError(`${kind}(): asynchronous generator is already running`);
    if (kind === 'aclose') this.aclosed = true;
    thrown ??= kind === 'aclose' ? pyErr(Exc.GeneratorExit) : thrownExc(exc);
    if (this.finished) return null;
    if (!this.started && kind === 'aclose') {
      this.finished = true;
      if (thrown.exc.type === Exc.GeneratorExit) return null;
      throw thrown;
    }
    this.started = true;
    if (kind === 'athrow') return yield* this.run(null, thrown, 'athrow');
    try {
      yield* this.run(null, thrown, 'aclose');
    } catch (e) {
      if (isType(e, Exc.GeneratorExit) || isType(e, Exc.StopAsyncIteration)) return null;
      throw e;
    }
    throw runtimeError('async generator ignored GeneratorExit');
  }

  /**
   * Runs the body from its paused point until a `yield` (its value is the result) or its
   * end, passing awaited futures through. The end raises StopAsyncIteration; so does an
   * aclose that finished it (the caller turns that into None).
   */
  private *run(send: Value, thrown: PyError | null, kind: string): Gen {
    this.running = true;
    try {
      for (;;) {
        let r: IteratorResult<unknown, Value>;
        try {
          r = thrown ? this.gen.throw(thrown) : this.gen.next(send);
        } catch (e) {
          this.finished = true;
          if (kind === 'aclose' && isType(e, Exc.GeneratorExit)) throw e;
          if (isType(e, Exc.StopAsyncIteration))
            throw causedBy('async generator raised StopAsyncIteration', e);
          throw e;
        }
        thrown = null;
        if (r.done) {
          this.finished = true;
          throw pyErr(Exc.StopAsyncIteration);
        }
        if (r.value instanceof AgYield) return r.value.v;
        try {
          send = yield r.value;
        } catch (e) {
          if (!(e instanceof PyError)) throw e;
          thrown = e;
        }
      }
    } finally {
      this.running = false;
    }
  }
}
