/**
 * Async generators: `PyAsyncGenerator` and the awaitables its `__anext__`, `asend`,
 * `athrow` and `aclose` return, which pass the body's awaits through to the task.
 */
import { Exc, PyError, pyErr, runtimeError, typeError } from './errors';
import type { Frame } from './frame';
import { fakeAddress } from './address';
import { nativeCoro } from './coro';
import type { Gen, PyCoroutine } from './coro';
import { causedBy, isType, thrownExc } from './generator';
import { rt } from './runtime';
import type { Value } from './values';
import { PyObject, Types } from './values';

/** The point where a fresh `athrow()`/`aclose()` awaitable waits for its first send or throw. */
const ATHROW_PRIME: unique symbol = Symbol('athrow prime');

/** Marks a Python-level `yield` inside an async generator (awaits yield futures). */
export class AgYield {
  constructor(readonly v: Value) {}
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
