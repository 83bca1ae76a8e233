/**
 * asyncio.Future, as CPython's pure-Python version has it: a result, an exception or a
 * cancellation, and done callbacks that go through `call_soon`. A task waiting on a future
 * is one of its done callbacks (`Waiter`: asyncio/task.ts's Task, which extends Future).
 */
import type { Gen } from '../coro';
import type { WaitKind } from '../events';
import { Exc, NotSupportedError, PyError, isSubclass, pyErr, runtimeError } from '../errors';
import { activeLoop } from '../loop';
import type { Named } from '../loop';
import { repr } from '../repr';
import type { Value } from '../values';
import { PyExc, PyObject, Types } from '../values';

/**
 * A task as the futures it waits on see it (asyncio/task.ts's Task, which this file cannot
 * name: it extends Future). As a done callback it is the task's `__wakeup`, the commonest
 * by far; any other done callback is a function.
 */
export interface Waiter extends Named {
  readonly id: number;
  /** On the prototype: tells a task from the other futures. */
  readonly isTask: true;
  /** `Task.__wakeup`: the awaited future is done. */
  onWakeup(fut: Future): void;
  /** A wakeup was queued: the trace's `wake`. */
  noteWake(): void;
}

/** A done callback: a function, or a task (its `__wakeup`). */
export type Callback = ((fut: Future) => void) | Waiter;

function isTask(fut: Future): fut is Future & Waiter {
  return (fut as Partial<Waiter>).isTask === true;
}

const PENDING = 0;
const CANCELLED = 1;
const FINISHED = 2;

/**
 * How a task waiting on a future describes it: the trace's ON (`sleep(3)`, `gather(10)`,
 * `future`), the kind of wait, and a fuller description for the page (`Queue.get()`), when
 * there is one. Shared between futures alike (one per sleep delay).
 */
export interface FutureWait {
  readonly label: string;
  readonly kind: WaitKind;
  readonly detail: string | null;
  /** For sleeps: when the timer fires. */
  readonly until: number | null;
}

const PLAIN_WAIT: FutureWait = { label: 'future', kind: 'future', detail: null, until: null };

/** A plain future that the page describes as `detail` (`Event.wait()`). */
export function waitDetail(detail: string): FutureWait {
  return { label: 'future', kind: 'future', detail, until: null };
}

export class Future extends PyObject {
  state: number = PENDING;
  private resultValue: Value = null;
  /**
   * Rarely set (an exception, cancellation): null on the prototype, an own field only once
   * written, so that the 100,000 futures and tasks of a large gather carry no slot for it.
   */
  declare exception: PyExc | null;
  declare cancelMessage: Value;
  declare cancelledExc: PyExc | null;
  static {
    this.prototype.exception = null;
    this.prototype.cancelMessage = null;
    this.prototype.cancelledExc = null;
  }
  blocking = false;
  /**
   * Done callbacks: none, the one (most futures have exactly one, and it needs no array),
   * or a list of two or more.
   */
  private callbacks: Callback | Callback[] | null = null;
  /** How a task waiting on this future describes it. */
  wait: FutureWait = PLAIN_WAIT;

  /** On the prototype, not in each future: futures are many. */
  get isFuture(): true {
    return true;
  }

  get cls() {
    return Types.Future;
  }

  /** The Python values it holds (the never-awaited scan follows them: object-graph.ts). */
  pyRefs(): readonly unknown[] {
    return [this.resultValue, this.exception];
  }

  done(): boolean {
    return this.state !== PENDING;
  }

  cancelled(): boolean {
    return this.state === CANCELLED;
  }

  makeCancelledError(): PyExc {
    if (this.cancelledExc) {
      const e = this.cancelledExc;
      this.cancelledExc = null;
      return e;
    }
    return new PyExc(Exc.CancelledError, this.cancelMessage === null ? [] : [this.cancelMessage]);
  }

  cancel(msg: Value = null): boolean {
    if (this.state !== PENDING) return false;
    this.state = CANCELLED;
    this.cancelMessage = msg;
    this.scheduleCallbacks();
    return true;
  }

  private scheduleCallbacks(): void {
    const cbs = this.callbacks;
    if (!cbs) return;
    this.callbacks = null;
    if (!Array.isArray(cbs)) scheduleCallback(cbs, this);
    else for (const cb of cbs) scheduleCallback(cb, this);
  }

  result(): Value {
    if (this.state === CANCELLED) throw new PyError(this.makeCancelledError());
    if (this.state !== FINISHED) throw pyErr(Exc.InvalidStateError, 'Result is not ready.');
    if (this.exception) throw new PyError(this.exception);
    return this.resultValue;
  }

  getException(): PyExc | null {
    if (this.state === CANCELLED) throw new PyError(this.makeCancelledError());
    if (this.state !== FINISHED) throw pyErr(Exc.InvalidStateError, 'Exception is not set.');
    return this.exception;
  }

  addDoneCallback(cb: Callback): void {
    if (this.state !== PENDING) scheduleCallback(cb, this);
    else if (!this.callbacks) this.callbacks = cb;
    else if (Array.isArray(this.callbacks)) this.callbacks.push(cb);
    else this.callbacks = [this.callbacks, cb];
  }

  removeDoneCallback(cb: Callback): number {
    return this.removeDoneCallbacksWhere((c) => c === cb);
  }

  /** `remove_done_callback`: drops the callbacks `match` picks; returns how many. */
  removeDoneCallbacksWhere(match: (cb: Callback) => boolean): number {
    const cbs = this.callbacks;
    if (!cbs) return 0;
    if (!Array.isArray(cbs)) {
      if (!match(cbs)) return 0;
      this.callbacks = null;
      return 1;
    }
    const kept = cbs.filter((c) => !match(c));
    this.callbacks = kept.length > 1 ? kept : (kept[0] ?? null);
    return cbs.length - kept.length;
  }

  setResult(v: Value): void {
    if (this.state !== PENDING) throw pyErr(Exc.InvalidStateError, 'invalid state'); // the C Future's message
    this.resultValue = v;
    this.state = FINISHED;
    this.scheduleCallbacks();
  }

  setException(e: PyExc): void {
    if (this.state !== PENDING) throw pyErr(Exc.InvalidStateError, 'invalid state'); // the C Future's message
    if (isSubclass(e.type, Exc.StopIteration)) {
      const wrapped = new PyExc(Exc.RuntimeError, [
        'StopIteration interacts badly with generators and cannot be raised into a Future',
      ]);
      wrapped.cause = wrapped.context = e;
      e = wrapped;
    }
    this.exception = e;
    this.state = FINISHED;
    this.scheduleCallbacks();
  }

  /** For the suspend event: a gather's child task ids (see GatheringFuture). */
  childTasks(): { children?: number[] } {
    return {};
  }

  stateName(): string {
    return this.state === PENDING ? 'PENDING' : this.state === CANCELLED ? 'CANCELLED' : 'FINISHED';
  }

  /** `Future.__await__`. */
  *pyAwait(): Gen {
    if (!this.done()) {
      this.blocking = true;
      yield this;
    }
    if (!this.done()) throw runtimeError("await wasn't used with future");
    return this.result();
  }

  pyRepr(): string {
    const name = this.cls.name;
    if (this.state === FINISHED) {
      return this.exception
        ? `<${name} finished exception=${repr(this.exception)}>`
        : `<${name} finished result=${repr(this.resultValue)}>`;
    }
    // CPython's lists the callbacks (`cb=[Task.task_wakeup()]`, a function's file and line).
    if (this.callbacks)
      throw new NotSupportedError(
        "repr() of a future with callbacks (CPython's shows them)",
        'print',
      );
    return `<${name} ${this.stateName().toLowerCase()}>`;
  }
}

/** `call_soon(callback, fut)`; a task's wakeup being queued is the trace's `wake`. */
function scheduleCallback(cb: Callback, fut: Future): void {
  const loop = activeLoop()!;
  if (typeof cb !== 'function') {
    loop.callSoonWith(taskWakeup, cb, fut, 'wakeup', '.__wakeup', cb.id, cb);
    cb.noteWake();
  } else {
    loop.callSoonWith(
      runCallback,
      cb,
      fut,
      'callback',
      ' done callback',
      null,
      isTask(fut) ? fut : { name: fut.wait.label },
    );
  }
}

/** The handles' functions: their arguments ride in the handle (see `HandleFn`). */
function taskWakeup(task: Waiter, fut: Future): void {
  task.onWakeup(fut);
}
function runCallback(cb: (fut: Future) => void, fut: Future): void {
  cb(fut);
}
