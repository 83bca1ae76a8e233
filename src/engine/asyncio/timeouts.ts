/** `asyncio.timeout()` and `asyncio.wait_for()`, as CPython 3.13's timeouts.py and tasks.py. */
import { awaitValue, nativeCoro } from '../coro';
import type { Gen, PyCoroutine } from '../coro';
import { Exc, PyError, isSubclass, runtimeError, typeError } from '../errors';
import { repr } from '../repr';
import type { Handle } from '../loop';
import { asFloat } from '../num-ops';
import type { Value } from '../values';
import { PyExc, PyFloat, PyList, PyObject, PyTuple, PyType, Types, typeName } from '../values';
import { Future } from './futures';
import type { Callback } from './futures';
import type { Task } from './task';
import { ensureFuture } from './gather';
import { currentTask, runningLoop } from './support';

export const TimeoutType = new PyType('Timeout', Types.object, null, 'asyncio.timeouts');

const CREATED = 'created';
const ENTERED = 'active';
const EXPIRING = 'expiring';
const EXPIRED = 'expired';
const EXITED = 'finished';

export class Timeout extends PyObject {
  state = CREATED;
  private handler: Handle | null = null;
  private task: Task | null = null;
  private cancelling = 0;
  /** The deadline as the program gave it (an int stays an int in `when()`). */
  constructor(public when: Value) {
    super();
  }
  get cls() {
    return TimeoutType;
  }

  reschedule(when: Value): void {
    if (this.state !== ENTERED) {
      if (this.state === CREATED) throw runtimeError('Timeout has not been entered');
      throw runtimeError(`Cannot change state of ${this.state} Timeout`);
    }
    this.when = when;
    if (this.handler) runningLoop().cancelHandle(this.handler);
    if (when === null) {
      this.handler = null;
      return;
    }
    const loop = runningLoop();
    const at = deadline(when);
    if (at <= loop.time)
      this.handler = loop.callSoon(
        () => this.onTimeout(),
        'callback',
        'Timeout._on_timeout',
        this.task?.id ?? null,
      );
    else this.handler = loop.callAt(at, () => this.onTimeout(), 'timeout', this.task?.id ?? null);
  }

  expired(): boolean {
    return this.state === EXPIRING || this.state === EXPIRED;
  }

  aenter(): PyCoroutine {
    return nativeCoro('Timeout.__aenter__', () => this.enter());
  }

  // eslint-disable-next-line require-yield
  private *enter(): Gen {
    if (this.state !== CREATED) throw runtimeError('Timeout has already been entered');
    const task = currentTask();
    if (!task) throw runtimeError('Timeout should be used inside a task');
    this.state = ENTERED;
    this.task = task;
    this.cancelling = task.numCancelsRequested;
    this.reschedule(this.when);
    return this;
  }

  aexit(exc: PyExc | null): PyCoroutine {
    return nativeCoro('Timeout.__aexit__', () => this.exit(exc));
  }

  // eslint-disable-next-line require-yield
  private *exit(exc: PyExc | null): Gen {
    if (this.handler) {
      runningLoop().cancelHandle(this.handler);
      this.handler = null;
    }
    if (this.state === EXPIRING) {
      this.state = EXPIRED;
      if (this.task!.uncancel() <= this.cancelling && exc) {
        if (isSubclass(exc.type, Exc.CancelledError)) {
          const te = new PyExc(Exc.TimeoutError, []);
          te.cause = exc;
          te.suppressContext = true;
          te.context = exc;
          throw new PyError(te);
        }
        insertTimeoutError(exc);
        const group = exc.args[1];
        if (
          isSubclass(exc.type, Exc.ExceptionGroup) &&
          (group instanceof PyTuple || group instanceof PyList)
        )
          for (const e of group.items) if (e instanceof PyExc) insertTimeoutError(e);
      }
    } else if (this.state === ENTERED) this.state = EXITED;
    return null;
  }

  private onTimeout(): void {
    this.task!.cancel();
    this.state = EXPIRING;
    this.handler = null;
  }

  pyRepr(): string {
    if (this.state !== ENTERED) return `<Timeout [${this.state}]>`;
    const w = this.when;
    // round(when, 3): an int stays itself
    const when =
      w === null || typeof w === 'number' || typeof w === 'bigint' || typeof w === 'boolean'
        ? repr(w)
        : repr(new PyFloat(round3(deadline(w))));
    return `<Timeout [${this.state}] when=${when}>`;
  }
}

TimeoutType.methods.set('when', (s) => (s as Timeout).when);
TimeoutType.methods.set('reschedule', (s, a) => {
  (s as Timeout).reschedule(a[0] ?? null);
  return null;
});
TimeoutType.methods.set('expired', (s) => (s as Timeout).expired());

/** A deadline as a number: `when <= loop.time()` and `call_at(when)` need one. */
function deadline(when: Value): number {
  const at = asFloat(when);
  if (at === null)
    throw typeError(`'<=' not supported between instances of '${typeName(when)}' and 'float'`);
  return at;
}

/** `round(x, 3)` of a float (CPython rounds the decimal string; this is exact enough for reprs). */
function round3(x: number): number {
  return Number(x.toFixed(3));
}

/** `Timeout._insert_timeout_error`: a TimeoutError between an exception and its CancelledError context. */
function insertTimeoutError(exc: PyExc): void {
  for (let e: PyExc = exc; e.context; e = e.context) {
    if (isSubclass(e.context.type, Exc.CancelledError)) {
      const te = new PyExc(Exc.TimeoutError, []);
      te.context = te.cause = e.context;
      e.context = te;
      return;
    }
  }
}

/** `asyncio.timeout(delay)`. */
export function timeout(delay: Value): Timeout {
  const loop = runningLoop();
  if (delay === null) return new Timeout(null);
  const d = asFloat(delay);
  if (d === null)
    throw typeError(`unsupported operand type(s) for +: 'float' and '${typeName(delay)}'`);
  return new Timeout(new PyFloat(loop.time + d));
}

/** `asyncio.timeout_at(when)`. */
export function timeoutAt(when: Value): Timeout {
  return new Timeout(when);
}

/** `asyncio.wait_for(aw, timeout)` (3.12+: no extra task, a timeout around the await). */
export function waitFor(aw: Value, t: Value): PyCoroutine {
  return nativeCoro('wait_for', (self) => waitForBody(self, aw, t));
}

function* waitForBody(self: { awaiting: unknown }, aw: Value, t: Value): Gen {
  const d = t === null ? null : asFloat(t);
  if (d !== null && d <= 0) {
    const fut = ensureFuture(aw);
    if (fut.done()) return fut.result();
    yield* cancelAndWait(self, fut);
    try {
      return fut.result();
    } catch (e) {
      if (e instanceof PyError && isSubclass(e.exc.type, Exc.CancelledError)) {
        const te = new PyExc(Exc.TimeoutError, []);
        te.cause = e.exc;
        throw new PyError(te);
      }
      throw e;
    }
  }
  const cm = timeout(t);
  yield* awaitValue(self, cm.aenter());
  let result: Value;
  try {
    result = yield* awaitValue(self, aw);
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    yield* awaitValue(self, cm.aexit(e.exc));
    throw e;
  }
  yield* awaitValue(self, cm.aexit(null));
  return result;
}

function* cancelAndWait(self: { awaiting: unknown }, fut: Future): Gen {
  const waiter = new Future();
  const cb: Callback = () => {
    if (!waiter.done()) waiter.setResult(null);
  };
  fut.addDoneCallback(cb);
  try {
    fut.cancel();
    yield* awaitValue(self, waiter);
  } finally {
    fut.removeDoneCallback(cb);
  }
  return null;
}
