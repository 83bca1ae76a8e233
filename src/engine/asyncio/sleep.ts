/**
 * `asyncio.sleep()`, CPython's coroutine written out as a small state machine: the
 * commonest coroutine of all costs one object instead of a suspended generator.
 */
import { PyCoroutine } from '../coro';
import type { Gen } from '../coro';
import { runtimeError, typeError, valueError } from '../errors';
import type { Timer } from '../loop';
import { asFloat } from '../num-ops';
import { formatFloat, formatInt } from '../numfmt';
import type { Value } from '../values';
import { PyFloat, typeName } from '../values';
import { Future } from './futures';
import type { FutureWait } from './futures';
import { currentTask, runningLoop } from './support';

/** `f"{d:g}"` for a sleep delay. */
function formatDelay(d: Value): string {
  if (typeof d === 'number' && d < 1e6 && d > -1e6) return String(d);
  if (typeof d === 'number' || typeof d === 'bigint') return formatInt(d, 'g');
  if (typeof d === 'boolean') return d ? '1' : '0';
  const f = (d as { v?: number }).v;
  return formatFloat(f ?? 0, 'g');
}

const sleepWaits = new Map<unknown, FutureWait>();
/**
 * `sleep(3)` until `until`, the trace's ON for a sleep: a run has few distinct delays and
 * many sleeps begun at one time, so the last description of each delay is kept for reuse.
 */
function sleepWait(delay: Value, until: number): FutureWait {
  // `:g` spells 3 and 3.0 alike, so the number itself is the key.
  const key = delay instanceof PyFloat ? delay.v : delay;
  const last = sleepWaits.get(key);
  if (last?.until === until) return last;
  const w: FutureWait = {
    label: last?.label ?? `sleep(${formatDelay(delay)})`,
    kind: 'sleep',
    detail: null,
    until,
  };
  if (last || sleepWaits.size < 1000) sleepWaits.set(key, w);
  return w;
}

// eslint-disable-next-line require-yield -- a placeholder, replaced in the constructor
const NOT_STARTED: Gen = (function* (): Gen {
  return null;
})();

const START = 0;
const SLEEPING = 1;
const YIELDED = 2;
const DONE = 3;

/**
 * The coroutine `sleep(delay, result)` makes: its own body, speaking the generator protocol
 * by hand, and its own timer handle (one object per sleep instead of a coroutine, a body and
 * a TimerHandle).
 */
class SleepCoroutine extends PyCoroutine implements Timer {
  private step = START;
  private fut: Future | null = null;
  /** As a timer handle (see `EventLoop.schedule`). */
  id = 0;
  when = 0;
  seq = 0;
  scheduled = false;
  declare cancelled: boolean;
  static {
    (this.prototype as { leaf: boolean }).leaf = true;
    this.prototype.cancelled = false;
  }

  constructor(
    private readonly delay: Value,
    private readonly result: Value,
  ) {
    super('sleep', null, NOT_STARTED);
    this.gen = this;
  }

  next(): IteratorResult<unknown, Value> {
    switch (this.step) {
      case START:
        return this.start();
      case YIELDED:
        this.step = DONE;
        return { done: true, value: this.result };
      case SLEEPING: {
        const fut = this.cleanup();
        if (!fut.done()) throw runtimeError("await wasn't used with future");
        return { done: true, value: fut.result() };
      }
      default:
        return { done: true, value: null };
    }
  }

  private start(): IteratorResult<unknown, Value> {
    this.step = DONE;
    const d = asFloat(this.delay);
    if (d === null)
      throw typeError(
        `'<=' not supported between instances of '${typeName(this.delay)}' and 'int'`,
      );
    if (d <= 0) {
      this.step = YIELDED;
      return { done: false, value: null }; // __sleep0: a bare yield gives the loop one turn
    }
    if (Number.isNaN(d)) throw valueError('Invalid delay: NaN (not a number)');
    const loop = runningLoop();
    const fut = new Future();
    const task = currentTask();
    this.when = loop.time + d;
    loop.schedule(this, 'sleep timer', task?.id ?? null, task);
    fut.wait = sleepWait(this.delay, this.when);
    fut.blocking = true;
    this.fut = fut;
    this.awaiting = fut;
    this.step = SLEEPING;
    return { done: false, value: fut };
  }

  /** The timer fired: `futures._set_result_unless_cancelled`. */
  run(): void {
    const fut = this.fut!;
    if (!fut.cancelled()) fut.setResult(this.result);
  }

  /**
   * `finally: h.cancel()`, and the end of `await future`. Cancelling the handle once it has
   * run (it set the future's result) changes nothing that shows, and is skipped: the sleep
   * keeps no own `cancelled` field then.
   */
  private cleanup(): Future {
    this.step = DONE;
    this.awaiting = null;
    const fut = this.fut!;
    if (!fut.done() || fut.cancelled()) runningLoop().cancelHandle(this);
    return fut;
  }

  throw(e: unknown): IteratorResult<unknown, Value> {
    if (this.step === SLEEPING) this.cleanup();
    this.step = DONE;
    throw e;
  }

  return(value: Value): IteratorResult<unknown, Value> {
    if (this.step === SLEEPING) this.cleanup();
    this.step = DONE;
    return { done: true, value };
  }

  [Symbol.iterator](): this {
    return this;
  }
}

export function sleep(delay: Value, result: Value): PyCoroutine {
  return new SleepCoroutine(delay, result);
}
