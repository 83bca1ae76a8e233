/**
 * `asyncio.wait`, `asyncio.as_completed` and `asyncio.shield`, following CPython 3.13's
 * tasks.py line for line (the callbacks go through `call_soon` as there, so the ready
 * queue comes out the same).
 *
 * Where CPython's behaviour hangs on the order of a set of tasks or coroutines (their
 * hashes are memory addresses, so the order differs from run to run), the simulator
 * refuses rather than guess: `as_completed` of several coroutines (CPython makes their
 * tasks in set order) or of several futures already done (their completions are queued in
 * set order), and iterating a set that holds two or more futures (setorder.ts).
 */
import { PyCoroutine, STOP, awaitValue, nativeCoro } from '../coro';
import type { Gen, Next } from '../coro';
import { Exc, NotSupportedError, attributeError, pyErr, typeError, valueError } from '../errors';
import { hashKey } from '../compare';
import { PyIterator, toArray } from '../iter';
import { activeLoop } from '../loop';
import type { EventLoop, Handle } from '../loop';
import { asFloat } from '../num-ops';
import { truthy } from '../ops';
import { str } from '../repr';
import type { Value } from '../values';
import { PySet, PyTuple, PyType, Types, typeName } from '../values';
import { Future, waitDetail } from './futures';
import type { Callback } from './futures';
import { ensureFuture } from './gather';
import { PyQueue } from './queues';
import { currentTask, runningLoop } from './support';

export const FIRST_COMPLETED = 'FIRST_COMPLETED';
export const FIRST_EXCEPTION = 'FIRST_EXCEPTION';
export const ALL_COMPLETED = 'ALL_COMPLETED';

/**
 * `set(iterable)`: the distinct values, in insertion order (unhashable ones raise). What
 * CPython then does with them does not depend on their order, except where we refuse.
 */
function distinct(iterable: Value): Value[] {
  if (iterable instanceof PySet) return [...iterable.map.values()];
  const seen = new Map<unknown, Value>();
  for (const v of toArray(iterable)) {
    const k = hashKey(v);
    if (!seen.has(k)) seen.set(k, v);
  }
  return [...seen.values()];
}

function delayOf(timeout: Value): number | null {
  if (timeout === null) return null;
  const d = asFloat(timeout);
  if (d === null)
    throw typeError(`unsupported operand type(s) for +: 'float' and '${typeName(timeout)}'`);
  return d;
}

/** `asyncio.wait(fs, *, timeout=None, return_when=ALL_COMPLETED)`. */
export function wait(fs: Value, timeout: Value, returnWhen: Value): PyCoroutine {
  return nativeCoro('wait', (self) => waitBody(self, fs, timeout, returnWhen));
}

function* waitBody(self: { awaiting: unknown }, fsArg: Value, t: Value, when: Value): Gen {
  if (fsArg instanceof Future || fsArg instanceof PyCoroutine)
    throw typeError(`expect a list of futures, not ${typeName(fsArg)}`);
  if (!truthy(fsArg)) throw valueError('Set of Tasks/Futures is empty.');
  if (when !== FIRST_COMPLETED && when !== FIRST_EXCEPTION && when !== ALL_COMPLETED)
    throw valueError(`Invalid return_when value: ${str(when)}`);
  const fs = distinct(fsArg);
  if (fs.some((f) => f instanceof PyCoroutine))
    throw typeError('Passing coroutines is forbidden, use tasks explicitly.');
  const loop = runningLoop();
  // _wait()
  const waiter = new Future();
  waiter.wait = waitDetail(`asyncio.wait(${fs.length})`);
  const delay = delayOf(t);
  const task = currentTask();
  let timeoutHandle: Handle | null = null;
  if (delay !== null)
    timeoutHandle = loop.callLater(
      delay,
      () => waiter.done() || waiter.setResult(null),
      'wait timeout',
      task?.id ?? null,
      task,
    );
  let counter = fs.length;
  const onCompletion: Callback = (f) => {
    counter--;
    if (
      counter <= 0 ||
      when === FIRST_COMPLETED ||
      (when === FIRST_EXCEPTION && !f.cancelled() && f.getException() !== null)
    ) {
      if (timeoutHandle) loop.cancelHandle(timeoutHandle);
      if (!waiter.done()) waiter.setResult(null);
    }
  };
  const futs = fs.map(asFuture);
  for (const f of futs) f.addDoneCallback(onCompletion);
  try {
    yield* awaitValue(self, waiter);
  } finally {
    if (timeoutHandle) loop.cancelHandle(timeoutHandle);
    for (const f of futs) f.removeDoneCallback(onCompletion);
  }
  const done = new PySet();
  const pending = new PySet();
  for (const f of futs) (f.done() ? done : pending).map.set(f, f);
  return new PyTuple([done, pending]);
}

function asFuture(f: Value): Future {
  if (f instanceof Future) return f;
  throw attributeError(`'${typeName(f)}' object has no attribute 'add_done_callback'`);
}

/** The running loop; these calls are refused outside one (CPython would use get_event_loop()'s). */
function loopInside(name: string): EventLoop {
  const loop = activeLoop();
  if (!loop) throw new NotSupportedError(`asyncio.${name}() outside a running event loop`, name);
  return loop;
}

// ---- as_completed ----

export const AsCompletedType = new PyType(
  '_AsCompletedIterator',
  Types.object,
  null,
  'asyncio.tasks',
);

/** `_AsCompletedIterator`: both a plain iterator (of coroutines) and an async iterator. */
export class AsCompletedIterator extends PyIterator {
  private readonly done = new PyQueue(0);
  private timeoutHandle: Handle | null = null;
  private todo: Set<Future>;
  private todoLeft: number;
  private readonly onCompletion: Callback = (f) => this.handleCompletion(f);
  /** `__next__`: a coroutine giving the next result (or raising its exception). */
  override readonly next = (): Next => {
    if (!this.todoLeft) return STOP;
    this.todoLeft--;
    return this.waitForOne(true);
  };

  constructor(aws: Value[], timeout: Value) {
    super(() => STOP, '_AsCompletedIterator');
    const loop = loopInside('as_completed');
    if (aws.filter((a) => !(a instanceof Future)).length > 1)
      throw new NotSupportedError(
        'asyncio.as_completed() of several coroutines (CPython starts them in memory-address order)',
        'as_completed',
      );
    const todo = new Set(aws.map(ensureFuture));
    if ([...todo].filter((f) => f.done()).length > 1)
      throw new NotSupportedError(
        'asyncio.as_completed() of several futures already done (CPython yields them in memory-address order)',
        'as_completed',
      );
    for (const f of todo) f.addDoneCallback(this.onCompletion);
    const delay = delayOf(timeout);
    if (todo.size && delay !== null) {
      const task = currentTask();
      this.timeoutHandle = loop.callLater(
        delay,
        () => this.handleTimeout(),
        'as_completed timeout',
        task?.id ?? null,
        task,
      );
    }
    this.todo = todo;
    this.todoLeft = todo.size;
  }

  override get cls() {
    return AsCompletedType;
  }

  private handleTimeout(): void {
    for (const f of this.todo) {
      f.removeDoneCallback(this.onCompletion);
      this.done.putNowait(null);
    }
    this.todo = new Set();
  }

  private handleCompletion(f: Future): void {
    if (!this.todo.size) return;
    this.todo.delete(f);
    this.done.putNowait(f);
    if (!this.todo.size && this.timeoutHandle) runningLoop().cancelHandle(this.timeoutHandle);
  }

  /** `__anext__`. */
  anext(): PyCoroutine {
    return nativeCoro('_AsCompletedIterator.__anext__', (self) => this.anextBody(self));
  }

  private *anextBody(self: { awaiting: unknown }): Gen {
    if (!this.todoLeft) throw pyErr(Exc.StopAsyncIteration);
    this.todoLeft--;
    return yield* awaitValue(self, this.waitForOne(false));
  }

  private waitForOne(resolve: boolean): PyCoroutine {
    return nativeCoro('_AsCompletedIterator._wait_for_one', (self) =>
      this.waitForOneBody(self, resolve),
    );
  }

  private *waitForOneBody(self: { awaiting: unknown }, resolve: boolean): Gen {
    const f = yield* awaitValue(self, this.done.get());
    if (f === null) throw pyErr(Exc.TimeoutError);
    return resolve ? (f as Future).result() : f;
  }

  pyRepr(): string {
    return '<asyncio.tasks._AsCompletedIterator object>';
  }
}

/** `asyncio.as_completed(fs, *, timeout=None)`. */
export function asCompleted(fs: Value, timeout: Value): AsCompletedIterator {
  if (fs instanceof Future || fs instanceof PyCoroutine)
    throw typeError(`expects an iterable of awaitables, not ${typeName(fs)}`);
  return new AsCompletedIterator(distinct(fs), timeout);
}

AsCompletedType.methods.set('__next__', (s) => {
  const v = (s as AsCompletedIterator).next();
  if (v === STOP) throw pyErr(Exc.StopIteration);
  return v;
});
AsCompletedType.methods.set('__iter__', (s) => s);
AsCompletedType.methods.set('__aiter__', (s) => s);
AsCompletedType.methods.set('__anext__', (s) => (s as AsCompletedIterator).anext());

// ---- shield ----

/** `asyncio.shield(arg)`. */
export function shield(arg: Value): Future {
  loopInside('shield');
  const inner = ensureFuture(arg);
  if (inner.done()) return inner;
  const outer = new Future();
  outer.wait = waitDetail('asyncio.shield()');
  const innerDone: Callback = () => {
    if (outer.cancelled()) {
      if (!inner.cancelled()) inner.getException();
      return;
    }
    if (inner.cancelled()) outer.cancel();
    else {
      const exc = inner.getException();
      if (exc) outer.setException(exc);
      else outer.setResult(inner.result());
    }
  };
  const outerDone: Callback = () => {
    if (!inner.done()) inner.removeDoneCallback(innerDone);
  };
  inner.addDoneCallback(innerDone);
  outer.addDoneCallback(outerDone);
  return outer;
}
