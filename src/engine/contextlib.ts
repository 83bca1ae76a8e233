/**
 * `contextlib`: `contextmanager`, `asynccontextmanager` (a generator's code before and after
 * its one `yield` around a `with` block, as CPython's `_GeneratorContextManager` runs it)
 * and `suppress`.
 */
import { STOP, awaitValue, nativeCoro } from './coro';
import { PyGenerator } from './generator';
import { PyAsyncGenerator } from './async-gen';
import type { AwaitHolder, Gen, PyCoroutine } from './coro';
import { Exc, PyError, runtimeError, typeError } from './errors';
import { callValue, getAttr } from './protocol';
import type { Value } from './values';
import { PyBuiltin, PyExc, PyModule, PyObject, PyTuple, PyType, typeName } from './values';

const CM = new PyType('_GeneratorContextManager', null, null, 'contextlib');
const ACM = new PyType('_AsyncGeneratorContextManager', null, null, 'contextlib');
const SUPPRESS = new PyType('suppress', null, null, 'contextlib');

/** What calling a function decorated by `@contextmanager` or `@asynccontextmanager` returns. */
abstract class GeneratorCM extends PyObject {
  constructor(
    /** What the decorated function returned: a generator, unless the program erred. */
    readonly gen: Value,
    private readonly type: PyType,
  ) {
    super();
  }
  get cls(): PyType {
    return this.type;
  }
}

/** CPython's error when the generator ended before its `yield`. */
function didNotYield(): PyError {
  const err = runtimeError("generator didn't yield");
  err.exc.suppressContext = true;
  return err;
}

/** `@asynccontextmanager`. */
class AsyncGenCM extends GeneratorCM {
  constructor(gen: Value) {
    super(gen, ACM);
  }
  private agen(): PyAsyncGenerator {
    if (this.gen instanceof PyAsyncGenerator) return this.gen;
    throw typeError(`'${typeName(this.gen)}' object is not an async iterator`);
  }
  aenter(): PyCoroutine {
    return nativeCoro('_AsyncGeneratorContextManager.__aenter__', (self) => this.enter(self));
  }
  private *enter(self: AwaitHolder): Gen {
    try {
      return yield* awaitValue(self, this.agen().anext());
    } catch (e) {
      if (isStopAsync(e)) throw didNotYield();
      throw e;
    }
  }
  aexit(exc: PyExc | null): PyCoroutine {
    return nativeCoro('_AsyncGeneratorContextManager.__aexit__', (self) => this.exit(self, exc));
  }
  private *exit(self: AwaitHolder, exc: PyExc | null): Gen {
    const agen = this.agen();
    if (exc === null) {
      try {
        yield* awaitValue(self, agen.anext());
      } catch (e) {
        if (isStopAsync(e)) return false;
        throw e;
      }
      return yield* notStopped(self, agen, "generator didn't stop");
    }
    try {
      yield* awaitValue(self, agen.athrow(exc));
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      if (e.exc.type.isSubclassOf(Exc.StopAsyncIteration)) return e.exc !== exc;
      if (rethrown(e.exc, exc, Exc.StopIteration, Exc.StopAsyncIteration)) return false;
      throw e;
    }
    return yield* notStopped(self, agen, "generator didn't stop after athrow()");
  }
}

/**
 * `raise RuntimeError(message)` with `finally: await gen.aclose()`: the generator that yielded
 * again is closed first; what closing it raises goes out instead, in that RuntimeError's context.
 */
function* notStopped(self: AwaitHolder, agen: PyAsyncGenerator, message: string): Gen {
  const err = runtimeError(message);
  try {
    yield* awaitValue(self, agen.aclose());
  } catch (e) {
    if (e instanceof PyError) e.exc.context ??= err.exc;
    throw e;
  }
  throw err;
}

/** `raise RuntimeError(message)` with `finally: gen.close()`, as `notStopped`. */
function notStoppedSync(gen: PyGenerator, message: string): never {
  const err = runtimeError(message);
  try {
    gen.close();
  } catch (e) {
    if (e instanceof PyError) e.exc.context ??= err.exc;
    throw e;
  }
  throw err;
}

function isStopAsync(e: unknown): boolean {
  return e instanceof PyError && e.exc.type === Exc.StopAsyncIteration;
}

/**
 * Whether `raised`, out of the generator `exc` was thrown into, is `exc` itself (the with
 * block's exception goes on, unsuppressed), or PEP 479's RuntimeError for it when it is one
 * of `stops` (CPython's `_GeneratorContextManager.__exit__` re-raises `exc` then too).
 */
function rethrown(raised: PyExc, exc: PyExc, ...stops: PyType[]): boolean {
  if (raised === exc) return true;
  return (
    raised.type.isSubclassOf(Exc.RuntimeError) &&
    raised.cause === exc &&
    stops.some((t) => exc.type.isSubclassOf(t))
  );
}

/** `@contextmanager`. */
class GenCM extends GeneratorCM {
  constructor(gen: Value) {
    super(gen, CM);
  }
  private g(): PyGenerator {
    if (this.gen instanceof PyGenerator) return this.gen;
    throw typeError(`'${typeName(this.gen)}' object is not an iterator`);
  }
  enter(): Value {
    const v = this.g().next();
    if (v === STOP) throw didNotYield();
    return v;
  }
  exit(exc: PyExc | null): boolean {
    const gen = this.g();
    if (exc === null) {
      if (gen.next() === STOP) return false;
      notStoppedSync(gen, "generator didn't stop");
    }
    try {
      if (gen.throwIn(new PyError(exc)) === STOP) return true; // a new StopIteration: suppressed
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      if (rethrown(e.exc, exc, Exc.StopIteration)) return false;
      throw e;
    }
    notStoppedSync(gen, "generator didn't stop after throw()");
  }
}

CM.methods.set('__enter__', (self) => (self as GenCM).enter());
CM.methods.set('__exit__', (self, a) => (self as GenCM).exit(excOf(a[1])));

function excOf(v: Value | undefined): PyExc | null {
  return v instanceof PyExc ? v : null;
}

/** `suppress(*exceptions)`. */
class Suppress extends PyObject {
  constructor(readonly types: Value[]) {
    super();
  }
  get cls(): PyType {
    return SUPPRESS;
  }
}
SUPPRESS.methods.set('__enter__', () => null);
SUPPRESS.methods.set('__exit__', (self, a) => {
  const exc = excOf(a[1]);
  if (!exc) return false;
  return (self as Suppress).types.some((t) => matchesType(exc, t));
});

function matchesType(exc: PyExc, t: Value): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => matchesType(exc, x));
  return t instanceof PyType && exc.type.isSubclassOf(t);
}

function decorator(name: string, make: (gen: Value) => PyObject): PyBuiltin {
  // Both are Python functions in CPython: the decorator and the helper it returns.
  return new PyBuiltin(
    name,
    (a) => {
      if (a.length !== 1) throw typeError(`${name}() takes 1 positional argument`);
      const func = a[0]!;
      const fname = getAttr(func, '__name__');
      return new PyBuiltin(
        typeof fname === 'string' ? fname : name,
        (args, kw) => make(callValue(func, args, kw)),
        undefined,
        'function',
      );
    },
    undefined,
    'function',
  );
}

export function makeContextlib(): PyModule {
  const attrs = new Map<string, Value>([
    ['contextmanager', decorator('contextmanager', (g) => new GenCM(g))],
    ['asynccontextmanager', decorator('asynccontextmanager', (g) => new AsyncGenCM(g))],
    ['suppress', new PyBuiltin('suppress', (a) => new Suppress([...a]))],
  ]);
  return new PyModule('contextlib', attrs);
}
