/**
 * asyncio.Task, as CPython's pure-Python version has it: a future whose step sends into
 * its coroutine (driving the await chain, see `drive`) and, on a yielded future, adds its
 * wakeup as a done callback.
 */
import { PyCoroutine, drive, started } from '../coro';
import type { Delegate, Driven } from '../coro';
import type { Gen } from '../coro';
import { Exc, NotSupportedError, PyError, isSubclass, pyErr } from '../errors';
import { activeLoop } from '../loop';
import type { EventLoop } from '../loop';
import { excLine, repr } from '../repr';
import { rt } from '../runtime';
import { thrownBeforeStart } from '../unawaited';
import type { Value } from '../values';
import { PyExc, Types } from '../values';
import { Future } from './futures';
import type { Waiter } from './futures';

/**
 * The context of a task created in an empty one, until a context variable is set in it:
 * it stands for a fresh empty Map and is never written (`contextvars.ts` swaps in the
 * task's own Map first), so 100,000 tasks that use no context variables share it.
 */
export const EMPTY_CONTEXT: ReadonlyMap<object, Value> = new Map();

/** The step handle's function: its arguments ride in the handle (see `HandleFn`). */
function taskStep(task: Task, exc: PyExc | null): void {
  task.step(exc);
}

export class Task extends Future implements Driven, Waiter {
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

  /** On the prototype, not in each task (see `Waiter`). */
  get isTask(): true {
    return true;
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
