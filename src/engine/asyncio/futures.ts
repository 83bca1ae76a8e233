/**
 * asyncio.Future and asyncio.Task, as CPython's pure-Python versions have them: done
 * callbacks go through `call_soon`; a task's step sends into its coroutine and, on a
 * yielded future, adds its wakeup as a done callback.
 */
import { PyCoroutine, drive, started } from '../coro';
import type { Delegate, Driven } from '../coro';
import type { Gen } from '../coro';
import type { WaitKind } from '../events';
import { Exc, NotSupportedError, PyError, isSubclass, pyErr, runtimeError } from '../errors';
import { activeLoop } from '../loop';
import type { EventLoop } from '../loop';
import { excLine, repr } from '../repr';
import { rt } from '../runtime';
import { thrownBeforeStart } from '../unawaited';
import type { Value } from '../values';
import { PyExc, PyObject, Types } from '../values';
import { formatFloat, formatInt } from '../numfmt';

/** A done callback: a function, or a Task (its `__wakeup`, the commonest by far). */
export type Callback = ((fut: Future) => void) | Task;

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

/**
 * The context of a task created in an empty one, until a context variable is set in it:
 * it stands for a fresh empty Map and is never written (`contextvars.ts` swaps in the
 * task's own Map first), so 100,000 tasks that use no context variables share it.
 */
export const EMPTY_CONTEXT: ReadonlyMap<object, Value> = new Map();

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

  /** The Python values it holds (unawaited.ts follows them). */
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
  if (cb instanceof Task) {
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
      fut instanceof Task ? fut : { name: fut.wait.label },
    );
  }
}

/** The handles' functions: their arguments ride in the handle (see `HandleFn`). */
function taskWakeup(task: Task, fut: Future): void {
  task.onWakeup(fut);
}
function runCallback(cb: (fut: Future) => void, fut: Future): void {
  cb(fut);
}
function taskStep(task: Task, exc: PyExc | null): void {
  task.step(exc);
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
  /** The loop the task belongs to (`all_tasks()` lists the running loop's). */
  readonly loop: EventLoop;
  /**
   * Its name: the number N of the default `Task-N` (spelled out only when read: 100,000
   * tasks keep no 100,000 strings), or the name given.
   */
  private named: number | string;
  /** Rarely set, on the prototype until written (as Future's `cancelMessage`). */
  declare numCancelsRequested: number;
  declare mustCancel: boolean;
  futWaiter: Future | null = null;
  /** The coroutines of the await chain being driven, innermost last (see `drive`). */
  /** The innermost coroutine being driven, and the Delegate that chains it to the outer ones. */
  top: Gen;
  topDelegate: Delegate | null = null;
  declare private deferredWake: boolean;
  static {
    this.prototype.numCancelsRequested = 0;
    this.prototype.mustCancel = false;
    this.prototype.deferredWake = false;
  }
  /** Python call depth inside this task's suspended chain. */
  depth = 0;
  /**
   * The task's `contextvars` context: a copy of the one current at its creation, or
   * `EMPTY_CONTEXT` while that copy would be empty and nothing set a variable in it.
   */
  context: Map<object, Value> =
    rt().context.size === 0 ? (EMPTY_CONTEXT as Map<object, Value>) : new Map(rt().context);

  constructor(
    readonly coro: PyCoroutine,
    name: string | null,
    /** The running loop, unless `loop.create_task` names one that is not running yet. */
    loop: EventLoop = activeLoop()!,
  ) {
    super();
    const r = rt();
    this.id = r.nextTaskId++;
    // A task made during asyncio.run's shutdown steps (an async generator's finalizer) is not
    // traced by the oracle, so it takes no Task-N number there either.
    this.named = name ?? (loop.shutdown ? 0 : ++r.taskCounter);
    coro.state = 'running';
    started(coro);
    this.top = coro.gen;
    this.loop = loop;
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

  get name(): string {
    const n = this.named;
    return typeof n === 'number' ? `Task-${n}` : n;
  }

  /** The coroutine ended: the task keeps neither it running nor its frame. */
  private finishCoro(): void {
    this.coro.finish();
    this.top = this.coro.gen;
    this.topDelegate = null;
  }

  override pyRefs(): readonly unknown[] {
    return [this.coro, ...super.pyRefs()];
  }

  private scheduleStep(exc: PyExc | null): void {
    this.loop.callSoonWith(taskStep, this, exc, 'step', '.__step', this.id, this);
    if (rt().current === this) this.deferredWake = true;
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
    activeLoop()!.handleArg = fut; // the handle keeps it until the loop takes the next one
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
    const loop = activeLoop()!;
    const prev = r.current;
    const prevDepth = r.depth;
    const prevContext = r.context;
    const prevBase = r.stepBase;
    r.stepBase = r.frames.length;
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
        if (exc) thrownBeforeStart(this.coro);
        this.finishCoro();
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
        this.finishCoro();
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
      r.stepBase = prevBase;
      if (!refused) this.afterStep(requeued);
    }
  }

  private afterStep(requeued: boolean): void {
    const loop = activeLoop()!;
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
          on: w.wait.label,
          detail: w.wait.detail ?? w.wait.label,
          wait: w.wait.kind,
          until: w.wait.until,
          target: null,
          ...w.childTasks(),
        });
      }
    }
  }

  setName(name: string): void {
    this.named = name;
    const r = rt();
    r.emit({ type: 'rename', t: r.time, task: this.id, name });
  }

  override pyRepr(): string {
    // CPython's shows the program's file path and line (`coro=<job() running at
    // /path/prog.py:2>`) and its callbacks with asyncio's own paths: not reproducible here.
    throw new NotSupportedError(
      "repr() of a task (CPython's shows file paths, lines and callbacks)",
      'print',
    );
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
