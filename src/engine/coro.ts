/**
 * Coroutines and awaiting. A coroutine wraps a JS generator that runs the body and yields
 * the futures it blocks on (or null for a bare yield), exactly what CPython's coroutines
 * yield to their Task; `await coro` runs on an explicit stack (`Delegate`, `drive`).
 * Generators are generator.ts, async generators async-gen.ts.
 */
import { PyError, runtimeError, typeError } from './errors';
import type { Frame } from './frame';
import { fakeAddress } from './address';
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
