/**
 * Coroutines, generators and async generators. Each wraps a JS generator that runs the
 * body; a coroutine's generator yields the futures it blocks on (or null for a bare
 * yield), exactly what CPython's coroutines yield to their Task.
 */
import { Exc, PyError, pyErr, runtimeError, typeError } from './errors';
import type { Frame } from './frame';
import { rt } from './runtime';
import type { Value } from './values';
import { PyObject, Types, typeName } from './values';

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
  /** An async generator's asend / athrow awaitable: [method, generator's qualname]. */
  methodOf: [string, string] | null = null;
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
    return `<coroutine object ${this.qualname}>`;
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
    rt().depth--;
    this.holder.awaiting = null;
    this.coro.finish();
  }
}

/**
 * Begins `await coro` in `holder`: checks it, counts its frame against the recursion
 * limit and returns the Delegate to yield; the driver calls `finish` when it is done.
 */
export function startAwait(holder: AwaitHolder, x: PyCoroutine): Delegate {
  if (x.state === 'closed') throw runtimeError('cannot reuse already awaited coroutine');
  if (x.state === 'running') throw runtimeError('coroutine is being awaited already');
  x.state = 'closed'; // spent, should the recursion limit refuse its frame
  started(x);
  rt().enterFrame();
  x.state = 'running';
  holder.awaiting = x;
  return new Delegate(x, holder);
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

export class PyGenerator extends PyObject {
  running = false;
  finished = false;
  /** What the body returned, once finished: `StopIteration.value`, the value of `yield from`. */
  returnValue: Value = null;
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
    return `<generator object ${this.qualname}>`;
  }
  /** `next(gen)`, with the end signalled by STOP. */
  next(sent: Value = null): Next {
    return this.resume(() => this.gen.next(sent));
  }
  throwIn(err: PyError): Next {
    return this.resume(() => this.gen.throw(err));
  }
  private resume(step: () => IteratorResult<unknown, Value>): Next {
    if (this.finished) return STOP;
    if (this.running) throw pyErr(Exc.ValueError, 'generator already executing');
    this.running = true;
    // Running, its frame is a root for the never-awaited scan (unawaited.ts).
    const frames = rt().frames;
    if (this.frame) frames.push(this.frame);
    try {
      const r = step();
      if (r.done) {
        this.finished = true;
        this.returnValue = r.value;
        return STOP;
      }
      return r.value as Value;
    } catch (e) {
      this.finished = true;
      if (e instanceof PyError && e.exc.type === Exc.StopIteration) {
        throw runtimeError('generator raised StopIteration');
      }
      throw e;
    } finally {
      this.running = false;
      if (this.frame && frames[frames.length - 1] === this.frame) frames.pop();
    }
  }
}

/** The point where a fresh `aclose()` awaitable waits for its first send or throw. */
const ATHROW_PRIME: unique symbol = Symbol('athrow prime');

/** Marks a Python-level `yield` inside an async generator (awaits yield futures). */
export class AgYield {
  constructor(readonly v: Value) {}
}

export class PyAsyncGenerator extends PyObject {
  finished = false;
  running = false;
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
    return `<async_generator object ${this.qualname}>`;
  }

  /**
   * `aclose()`: throws GeneratorExit in at the paused `yield` and runs what follows. The
   * awaitable is primed so that an exception thrown into it before its first step (a task
   * cancelled before it started) goes into the generator instead, as CPython's athrow does.
   */
  aclose(): PyCoroutine {
    const c = nativeCoro('async_generator_athrow', () => {
      const g = this.closeBody();
      g.next(null);
      return g;
    });
    c.methodOf = ['aclose', this.qualname];
    return c;
  }

  private *closeBody(): Gen {
    let thrown: PyError | null = pyErr(Exc.GeneratorExit);
    try {
      yield ATHROW_PRIME;
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      thrown = e;
    }
    if (this.finished || !this.started) {
      this.finished = true;
      if (thrown.exc.type === Exc.GeneratorExit) return null;
      throw thrown;
    }
    let send: Value = null;
    try {
      for (;;) {
        const r: IteratorResult<unknown, Value> = thrown
          ? this.gen.throw(thrown)
          : this.gen.next(send);
        thrown = null;
        if (r.done) return null;
        if (r.value instanceof AgYield) throw runtimeError('async generator ignored GeneratorExit');
        try {
          send = yield r.value;
        } catch (e) {
          if (!(e instanceof PyError)) throw e;
          thrown = e;
        }
      }
    } catch (e) {
      if (
        e instanceof PyError &&
        (e.exc.type === Exc.GeneratorExit || e.exc.type === Exc.StopAsyncIteration)
      )
        return null;
      throw e;
    } finally {
      this.finished = true;
    }
  }

  /** `__anext__()`: an awaitable that runs the body to its next `yield`. */
  anext(): PyCoroutine {
    const c = nativeCoro('async_generator_asend', () => this.step());
    c.methodOf = ['asend', this.qualname];
    return c;
  }

  started = false;

  private *step(): Gen {
    if (this.finished) throw pyErr(Exc.StopAsyncIteration);
    this.started = true;
    if (this.running) throw runtimeError('anext(): asynchronous generator is already running');
    this.running = true;
    let send: Value = null;
    let thrown: PyError | null = null;
    try {
      for (;;) {
        let r: IteratorResult<unknown, Value>;
        try {
          r = thrown ? this.gen.throw(thrown) : this.gen.next(send);
        } catch (e) {
          this.finished = true;
          if (e instanceof PyError && e.exc.type === Exc.StopAsyncIteration) {
            throw runtimeError('async generator raised StopAsyncIteration');
          }
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
