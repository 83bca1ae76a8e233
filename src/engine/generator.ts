/**
 * Generators: `PyGenerator` runs a generator function's body on a JS generator, one step
 * per `next`, `send` or `throw`, with CPython's messages for misuse (PEP 479 included).
 */
import { Exc, PyError, pyErr, runtimeError, typeError } from './errors';
import type { FuncDef } from '../python/ast';
import type { Frame } from './frame';
import { fakeAddress } from './address';
import { STOP } from './coro';
import type { Gen, Next } from './coro';
import { rt } from './runtime';
import type { Value } from './values';
import { PyExc, PyObject, PyType, Types, typeName } from './values';

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

/** The exception `gen.throw(x)` and `athrow(x)` throw in: an exception instance, or a class called with no arguments. */
export function thrownExc(x: Value): PyError {
  if (x instanceof PyExc) return new PyError(x);
  if (x instanceof PyType && x.isSubclassOf(Exc.BaseException))
    return new PyError(new PyExc(x, []));
  throw typeError(
    `exceptions must be classes or instances deriving from BaseException, not ${typeName(x)}`,
  );
}

/** `e` is a Python exception of exactly type `t`. */
export const isType = (e: unknown, t: PyType): e is PyError =>
  e instanceof PyError && e.exc.type === t;

/** PEP 479: the RuntimeError a generator raises for a StopIteration leaving its body, caused by it. */
export function causedBy(message: string, e: PyError): PyError {
  const err = runtimeError(message);
  err.exc.cause = err.exc.context = e.exc;
  err.exc.suppressContext = true;
  return err;
}
