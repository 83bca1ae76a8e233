/**
 * asyncio.Future and asyncio.Task, as CPython's pure-Python versions have them: done
 * callbacks go through `call_soon`; a task's step sends into its coroutine and, on a
 * yielded future, adds its wakeup as a done callback.
 */
import { PyCoroutine, drive } from '../coro';
import type { Delegate, Driven } from '../coro';
import type { Gen } from '../coro';
import type { WaitKind } from '../events';
import { Exc, NotSupportedError, PyError, isSubclass, pyErr, runtimeError } from '../errors';
import type { EventLoop, Handle } from '../loop';
import { excLine, repr } from '../repr';
import { rt } from '../runtime';
import type { Value } from '../values';
import { PyExc, PyObject, Types } from '../values';
import { formatFloat, formatInt } from '../numfmt';

/** A done callback: a function, or a Task (its `__wakeup`, the commonest by far). */
export type Callback = ((fut: Future) => void) | Task;

const PENDING = 0;
const CANCELLED = 1;
const FINISHED = 2;

export class Future extends PyObject {
  readonly isFuture = true as const;
  state: number = PENDING;
  private resultValue: Value = null;
  exception: PyExc | null = null;
  cancelMessage: Value = null;
  cancelledExc: PyExc | null = null;
  blocking = false;
  /** Done callbacks, allocated on the first one (most futures have exactly one). */
  private callbacks: Callback[] | null = null;
  /** How a task waiting on this future describes it (`sleep(3)`, `gather(10)`, `future`). */
  waitLabel = 'future';
  waitKind: WaitKind = 'future';
  /** A fuller description for the page (`Queue.get()`), when there is one. */
  detail: string | null = null;
  /** For sleep futures: when the timer fires. */
  until: number | null = null;

  get cls() {
    return Types.Future;
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
    for (const cb of cbs) scheduleCallback(cb, this);
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
    else if (this.callbacks) this.callbacks.push(cb);
    else this.callbacks = [cb]; // an exact-size array: most futures get one callback
  }

  removeDoneCallback(cb: Callback): number {
    const cbs = this.callbacks;
    if (!cbs) return 0;
    const kept = cbs.filter((c) => c !== cb);
    this.callbacks = kept.length ? kept : null;
    return cbs.length - kept.length;
  }

  setResult(v: Value): void {
    if (this.state !== PENDING)
      throw pyErr(Exc.InvalidStateError, `${this.stateName()}: ${this.pyRepr()}`);
    this.resultValue = v;
    this.state = FINISHED;
    this.scheduleCallbacks();
  }

  setException(e: PyExc): void {
    if (this.state !== PENDING)
      throw pyErr(Exc.InvalidStateError, `${this.stateName()}: ${this.pyRepr()}`);
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
    if (this.state === FINISHED) {
      return this.exception
        ? `<Future finished exception=${repr(this.exception)}>`
        : `<Future finished result=${repr(this.resultValue)}>`;
    }
    return `<Future ${this.stateName().toLowerCase()}>`;
  }
}

/** `call_soon(callback, fut)`; a task's wakeup being queued is the trace's `wake`. */
function scheduleCallback(cb: Callback, fut: Future): void {
  const loop = rt().loop!;
  if (cb instanceof Task) {
    const task = cb;
    loop.callSoon(() => task.onWakeup(fut), 'wakeup', '.__wakeup', task.id, task);
    task.noteWake();
  } else {
    loop.callSoon(
      () => cb(fut),
      'callback',
      ' done callback',
      null,
      fut instanceof Task ? fut : { name: fut.waitLabel },
    );
  }
}

/** `f"{d:g}"` for a sleep delay. */
export function formatDelay(d: Value): string {
  if (typeof d === 'number' && d < 1e6 && d > -1e6) return String(d);
  if (typeof d === 'number' || typeof d === 'bigint') return formatInt(d, 'g');
  if (typeof d === 'boolean') return d ? '1' : '0';
  const f = (d as { v?: number }).v;
  return formatFloat(f ?? 0, 'g');
}

export class Task extends Future implements Driven {
  readonly id: number;
  name: string;
  numCancelsRequested = 0;
  mustCancel = false;
  futWaiter: Future | null = null;
  /** The coroutines of the await chain being driven, innermost last (see `drive`). */
  /** The innermost coroutine being driven, and the Delegate that chains it to the outer ones. */
  top: Gen;
  topDelegate: Delegate | null = null;
  private deferredWake = false;
  /** Python call depth inside this task's suspended chain. */
  depth = 0;
  /** The task's `contextvars` context: a copy of the one current at its creation. */
  readonly context = new Map(rt().context);

  constructor(
    readonly coro: PyCoroutine,
    name: string | null,
  ) {
    super();
    const r = rt();
    this.id = r.nextTaskId++;
    // A task made during asyncio.run's shutdown steps (an async generator's finalizer) is not
    // traced by the oracle, so it takes no Task-N number there either.
    this.name = name ?? (r.loop!.shutdown ? 'Task-0' : `Task-${++r.taskCounter}`);
    coro.state = 'running';
    this.top = coro.gen;
    const loop = r.loop!;
    r.tasks.push(this);
    loop.emit({
      type: 'create',
      t: loop.time,
      task: this.id,
      name: this.name,
      coro: coro.qualname,
      line: stackOf(coro)[0] ?? 0,
      ...(r.current ? { parent: r.current.id } : {}),
    });
    this.scheduleStep(null);
  }

  override get cls() {
    return Types.Task;
  }

  private scheduleStep(exc: PyExc | null): Handle {
    const h = rt().loop!.callSoon(() => this.step(exc), 'step', '.__step', this.id, this);
    if (rt().current === this) this.deferredWake = true;
    return h;
  }

  /**
   * A wakeup was queued: the trace's `wake`. One queued by the task's own step (a bare
   * yield, cancelling itself) is written after that step's `suspend` line, as the oracle does.
   */
  noteWake(): void {
    const r = rt();
    if (r.current === this) this.deferredWake = true;
    else r.emit({ type: 'wake', t: r.time, task: this.id });
  }

  override cancel(msg: Value = null): boolean {
    if (this.done()) return false;
    this.numCancelsRequested++;
    if (this.futWaiter && this.futWaiter.cancel(msg)) return true;
    this.mustCancel = true;
    this.cancelMessage = msg;
    return true;
  }

  uncancel(): number {
    if (this.numCancelsRequested > 0) {
      this.numCancelsRequested--;
      if (this.numCancelsRequested === 0) this.mustCancel = false;
    }
    return this.numCancelsRequested;
  }

  /** `Task.__wakeup`: the awaited future is done; step with its outcome. */
  onWakeup(fut: Future): void {
    let exc: PyExc | null = null;
    try {
      fut.result();
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      exc = e.exc;
    }
    this.step(exc);
  }

  /** `Task.__step`. */
  step(exc: PyExc | null): void {
    if (this.done()) throw pyErr(Exc.InvalidStateError, `_step(): already done: ${this.pyRepr()}`);
    if (this.mustCancel) {
      if (!exc || !isSubclass(exc.type, Exc.CancelledError)) exc = this.makeCancelledError();
      this.mustCancel = false;
    }
    this.futWaiter = null;
    const r = rt();
    const loop = r.loop!;
    const prev = r.current;
    const prevDepth = r.depth;
    const prevContext = r.context;
    r.current = this;
    r.depth = this.depth;
    r.context = this.context;
    loop.emit({ type: 'run', t: loop.time, task: this.id, stack: stackOf(this.coro) });
    let requeued = false;
    let refused = false;
    try {
      let res: IteratorResult<unknown, Value>;
      try {
        res = drive(this, null, exc ? new PyError(exc) : null);
      } catch (e) {
        if (!(e instanceof PyError)) throw e;
        this.coro.state = 'closed';
        if (isSubclass(e.exc.type, Exc.CancelledError)) {
          this.cancelledExc = e.exc;
          super.cancel();
        } else {
          super.setException(e.exc);
          // Task.__step re-raises these out of the loop (the canonical trace drops the outcome)
          if (
            isSubclass(e.exc.type, Exc.SystemExit) ||
            isSubclass(e.exc.type, Exc.KeyboardInterrupt)
          ) {
            throw e;
          }
        }
        return;
      }
      if (res.done) {
        this.coro.state = 'closed';
        if (this.mustCancel) {
          this.mustCancel = false;
          super.cancel(this.cancelMessage);
        } else super.setResult(res.value);
        return;
      }
      const y = res.value;
      if (y instanceof Future) {
        if (y === this) {
          this.scheduleStep(
            new PyExc(Exc.RuntimeError, [`Task cannot await on itself: ${this.pyRepr()}`]),
          );
          requeued = true;
        } else if (y.blocking) {
          y.blocking = false;
          y.addDoneCallback(this);
          this.futWaiter = y;
          if (this.mustCancel && this.futWaiter.cancel(this.cancelMessage)) this.mustCancel = false;
        } else {
          this.scheduleStep(
            new PyExc(Exc.RuntimeError, [
              `yield was used instead of yield from in task ${this.pyRepr()}`,
            ]),
          );
          requeued = true;
        }
      } else if (y === null) {
        this.scheduleStep(null);
        requeued = true;
      } else {
        this.scheduleStep(new PyExc(Exc.RuntimeError, [`Task got bad yield: ${repr(y as Value)}`]));
        requeued = true;
      }
    } catch (e) {
      // A refusal ends the run here: the task did not suspend.
      refused = e instanceof NotSupportedError;
      throw e;
    } finally {
      this.depth = r.depth;
      r.depth = prevDepth;
      r.current = prev;
      r.context = prevContext;
      if (!refused) this.afterStep(requeued);
    }
  }

  private afterStep(requeued: boolean): void {
    const loop = rt().loop!;
    const t = loop.time;
    this.emitOutcome(requeued, loop, t);
    if (this.deferredWake) {
      this.deferredWake = false;
      loop.emit({ type: 'wake', t, task: this.id });
    }
  }

  private emitOutcome(requeued: boolean, loop: EventLoop, t: number): void {
    if (this.cancelled()) loop.emit({ type: 'cancelled', t, task: this.id });
    else if (this.done()) {
      if (this.exception)
        loop.emit({ type: 'error', t, task: this.id, exc: excLine(this.exception) });
      else loop.emit({ type: 'done', t, task: this.id, repr: repr(this.result()) });
    } else {
      const w = this.futWaiter;
      const stack = stackOf(this.coro);
      if (requeued || !w) {
        loop.emit({
          type: 'suspend',
          t,
          task: this.id,
          stack,
          on: 'yield',
          detail: 'sleep(0)',
          wait: 'yield',
          until: null,
          target: null,
        });
      } else if (w instanceof Task) {
        // CPython's own traces (shared/programs/create_task.trace) give `future` here, not the
        // task's name as trace-format.md says; the goldens win. The page still shows the name.
        loop.emit({
          type: 'suspend',
          t,
          task: this.id,
          stack,
          on: 'future',
          detail: w.name,
          wait: 'task',
          until: null,
          target: w.id,
        });
      } else {
        loop.emit({
          type: 'suspend',
          t,
          task: this.id,
          stack,
          on: w.waitLabel,
          detail: w.detail ?? w.waitLabel,
          wait: w.waitKind,
          until: w.until,
          target: null,
          ...w.childTasks(),
        });
      }
    }
  }

  setName(name: string): void {
    this.name = name;
    const r = rt();
    r.emit({ type: 'rename', t: r.time, task: this.id, name });
  }

  override pyRepr(): string {
    const state = this.cancelled() ? 'cancelled' : this.done() ? 'finished' : 'pending';
    return `<Task ${state} name='${this.name}' coro=<${this.coro.qualname}()>>`;
  }
}

/** Line numbers of the program's coroutine frames along the await chain, outermost first. */
export function stackOf(coro: PyCoroutine): number[] {
  const out: number[] = [];
  let c: unknown = coro;
  while (c instanceof PyCoroutine) {
    if (c.frame) out.push(c.frame.line);
    c = c.crAwait;
  }
  return out;
}
