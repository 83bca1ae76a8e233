/** `asyncio.timeout()` and `asyncio.wait_for()`, as CPython 3.13's timeouts.py and tasks.py. */
import { awaitValue, nativeCoro } from '../coro';
import type { Gen, PyCoroutine } from '../coro';
import { Exc, PyError, isSubclass, runtimeError } from '../errors';
import type { Handle } from '../loop';
import { asFloat } from '../num-ops';
import { rt } from '../runtime';
import type { Value } from '../values';
import { PyExc, PyFloat, PyObject, PyType, Types } from '../values';
import { Future } from './futures';
import type { Callback, Task } from './futures';
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
  constructor(public when: number | null) {
    super();
  }
  get cls() {
    return TimeoutType;
  }

  reschedule(when: number | null): void {
    if (this.state !== ENTERED) {
      if (this.state === CREATED) throw runtimeError('Timeout has not been entered');
      throw runtimeError(`Cannot change state of ${this.state} Timeout`);
    }
    this.when = when;
    const loop = runningLoop();
    if (this.handler) loop.cancelHandle(this.handler);
    if (when === null) this.handler = null;
    else if (when <= loop.time)
      this.handler = loop.callSoon(
        () => this.onTimeout(),
        'callback',
        'Timeout._on_timeout',
        this.task?.id ?? null,
      );
    else this.handler = loop.callAt(when, () => this.onTimeout(), 'timeout', this.task?.id ?? null);
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
    return `<Timeout [${this.state}]${this.when === null ? '' : ` when=${this.when}`}>`;
  }
}

TimeoutType.methods.set('when', (s) =>
  (s as Timeout).when === null ? null : new PyFloat((s as Timeout).when!),
);
TimeoutType.methods.set('reschedule', (s, a) => {
  (s as Timeout).reschedule(a[0] === null || a[0] === undefined ? null : asFloat(a[0])!);
  return null;
});
TimeoutType.methods.set('expired', (s) => (s as Timeout).expired());

/** `asyncio.timeout(delay)`. */
export function timeout(delay: Value): Timeout {
  if (delay === null) return new Timeout(null);
  const d = asFloat(delay);
  return new Timeout(rt().time + (d ?? 0));
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
