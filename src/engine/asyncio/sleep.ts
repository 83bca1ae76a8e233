/**
 * `asyncio.sleep()`, CPython's coroutine written out as a small state machine: the
 * commonest coroutine of all costs one object instead of a suspended generator.
 */
import { PyCoroutine } from '../coro';
import type { Gen } from '../coro';
import { runtimeError, typeError, valueError } from '../errors';
import type { TimerHandle } from '../loop';
import { asFloat } from '../num-ops';
import type { Value } from '../values';
import { PyFloat, typeName } from '../values';
import { Future, formatDelay } from './futures';
import type { FutureWait } from './futures';
import { currentTask, runningLoop } from './support';

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

/** `futures._set_result_unless_cancelled`, a sleep's timer callback. */
function setResultUnlessCancelled(fut: Future, result: Value): void {
  if (!fut.cancelled()) fut.setResult(result);
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
 * by hand (one object per sleep instead of a coroutine and a body).
 */
class SleepCoroutine extends PyCoroutine {
  private step = START;
  private fut: Future | null = null;
  private handle: TimerHandle | null = null;
  static {
    (this.prototype as { leaf: boolean }).leaf = true;
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
    const result = this.result;
    this.handle = loop.callAtWith(
      loop.time + d,
      setResultUnlessCancelled,
      fut,
      result,
      'sleep timer',
      task?.id ?? null,
      task,
    );
    fut.wait = sleepWait(this.delay, this.handle.when);
    fut.blocking = true;
    this.fut = fut;
    this.awaiting = fut;
    this.step = SLEEPING;
    return { done: false, value: fut };
  }

  /** `finally: h.cancel()`, and the end of `await future`. */
  private cleanup(): Future {
    this.step = DONE;
    this.awaiting = null;
    runningLoop().cancelHandle(this.handle!);
    return this.fut!;
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
