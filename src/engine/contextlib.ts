/**
 * `contextlib`: `contextmanager`, `asynccontextmanager` (a generator's code before and after
 * its one `yield` around a `with` block, as CPython's `_GeneratorContextManager` runs it)
 * and `suppress`.
 */
import { AgYield, PyAsyncGenerator, PyGenerator, STOP, awaitValue, nativeCoro } from './coro';
import type { AwaitHolder, Gen, PyCoroutine } from './coro';
import { Exc, PyError, runtimeError, typeError } from './errors';
import { callValue, getAttr } from './protocol';
import type { Value } from './values';
import { PyBuiltin, PyExc, PyModule, PyObject, PyTuple, PyType, typeName } from './values';

const CM = new PyType('_GeneratorContextManager', null, null, 'contextlib');
const ACM = new PyType('_AsyncGeneratorContextManager', null, null, 'contextlib');
const SUPPRESS = new PyType('suppress', null, null, 'contextlib');

/** `@asynccontextmanager`: what calling the decorated function returns. */
class AsyncGenCM extends PyObject {
  constructor(readonly gen: Value) {
    super();
  }
  get cls(): PyType {
    return ACM;
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
      if (isStopAsync(e)) {
        const err = runtimeError("generator didn't yield");
        err.exc.suppressContext = true;
        throw err;
      }
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
      yield* awaitValue(self, agen.aclose());
      throw runtimeError("generator didn't stop");
    }
    try {
      const yielded = yield* throwInto(agen, new PyError(exc));
      if (!yielded) return exc.type !== Exc.StopAsyncIteration;
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      if (e.exc === exc) return false;
      if (e.exc.type === Exc.StopAsyncIteration) return e.exc !== exc;
      if (
        e.exc.type.isSubclassOf(Exc.RuntimeError) &&
        (exc.type === Exc.StopIteration || exc.type === Exc.StopAsyncIteration) &&
        e.exc.cause === exc
      )
        return false;
      throw e;
    }
    yield* awaitValue(self, agen.aclose());
    throw runtimeError("generator didn't stop after athrow()");
  }
}

function isStopAsync(e: unknown): boolean {
  return e instanceof PyError && e.exc.type === Exc.StopAsyncIteration;
}

/**
 * `agen.athrow(err)` awaited: runs the generator from its paused `yield` with `err` raised
 * there; true if it yielded again, false if it finished; what it raises propagates.
 */
function* throwInto(agen: PyAsyncGenerator, err: PyError): Generator<unknown, boolean, Value> {
  if (agen.finished) throw err;
  agen.running = true;
  let thrown: PyError | null = err;
  let send: Value = null;
  try {
    for (;;) {
      let r: IteratorResult<unknown, Value>;
      try {
        r = thrown ? agen.gen.throw(thrown) : agen.gen.next(send);
      } catch (e) {
        agen.finished = true;
        throw e;
      }
      thrown = null;
      if (r.done) {
        agen.finished = true;
        return false;
      }
      if (r.value instanceof AgYield) return true;
      try {
        send = yield r.value;
      } catch (e) {
        if (!(e instanceof PyError)) throw e;
        thrown = e;
      }
    }
  } finally {
    agen.running = false;
  }
}

/** `@contextmanager`: what calling the decorated function returns. */
class GenCM extends PyObject {
  constructor(readonly gen: Value) {
    super();
  }
  get cls(): PyType {
    return CM;
  }
  private g(): PyGenerator {
    if (this.gen instanceof PyGenerator) return this.gen;
    throw typeError(`'${typeName(this.gen)}' object is not an iterator`);
  }
  enter(): Value {
    const v = this.g().next();
    if (v === STOP) {
      const err = runtimeError("generator didn't yield");
      err.exc.suppressContext = true;
      throw err;
    }
    return v;
  }
  exit(exc: PyExc | null): boolean {
    const gen = this.g();
    if (exc === null) {
      if (gen.next() === STOP) return false;
      throw runtimeError("generator didn't stop");
    }
    try {
      if (gen.throwIn(new PyError(exc)) === STOP) return exc.type !== Exc.StopIteration;
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      if (e.exc === exc) return false;
      if (e.exc.type.isSubclassOf(Exc.RuntimeError) && e.exc.cause === exc) return false;
      throw e;
    }
    throw runtimeError("generator didn't stop after throw()");
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
