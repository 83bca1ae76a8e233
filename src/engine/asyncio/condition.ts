/** asyncio.Condition and asyncio.Barrier, as CPython 3.13's locks.py. */
import { awaitValue, nativeCoro } from '../coro';
import type { AwaitHolder, Gen, PyCoroutine } from '../coro';
import type { PyError } from '../errors';
import { Exc, attributeError, pyErr, runtimeError, valueError } from '../errors';
import { truthy } from '../ops';
import { callValue } from '../protocol';
import type { PyExc, Value } from '../values';
import { PyObject, PyType, typeName } from '../values';
import { Future, waitDetail } from './futures';
import { PyLock, PySemaphore, isCancel, lockRepr, remove, type } from './sync';
import { checkLoop } from './loop-bound';
import type { LoopBound } from './loop-bound';

/** What a Condition can wrap: asyncio's Lock (or anything with its three methods). */
type LockLike = PyLock | PySemaphore;

export class PyCondition extends PyObject implements LoopBound {
  boundTo: unknown = null;
  static readonly type = type('Condition', {
    locked: (s) => (s as PyCondition).lock.isLocked(),
    acquire: (s) => (s as PyCondition).lock.acquire(),
    release: (s) => ((s as PyCondition).lock.release(), null),
    wait: (s) => (s as PyCondition).wait(),
    wait_for: (s, a, k) => (s as PyCondition).waitFor(a[0] ?? k?.get('predicate') ?? null),
    notify: (s, a, k) => ((s as PyCondition).notify(a[0] ?? k?.get('n') ?? 1), null),
    notify_all: (s) => ((s as PyCondition).notify((s as PyCondition).waiters.length), null),
  });
  readonly lock: LockLike;
  readonly waiters: Future[] = [];
  constructor(lock: Value = null) {
    super();
    if (lock === null) this.lock = new PyLock();
    else if (lock instanceof PyLock || lock instanceof PySemaphore) this.lock = lock;
    else throw attributeError(`'${typeName(lock)}' object has no attribute 'locked'`);
  }
  get cls() {
    return PyCondition.type;
  }
  wait(): PyCoroutine {
    return nativeCoro('Condition.wait', (self) => this.waitBody(self));
  }
  private *waitBody(self: AwaitHolder): Gen {
    if (!this.lock.isLocked()) throw runtimeError('cannot wait on un-acquired lock');
    checkLoop(this, 'Condition');
    const fut = new Future();
    fut.wait = waitDetail('Condition.wait()');
    this.lock.release();
    try {
      try {
        this.waiters.push(fut);
        try {
          yield* awaitValue(self, fut);
          return true;
        } finally {
          remove(this.waiters, fut);
        }
      } finally {
        yield* this.reacquire(self);
      }
    } catch (e) {
      // Notified but failing: pass the notification on (a "spurious wakeup").
      this.wake(1);
      throw e;
    }
  }
  /** Re-acquires the lock even if the wait is cancelled; re-raises the last cancellation. */
  private *reacquire(self: AwaitHolder): Gen {
    let err: PyError | null = null;
    for (;;) {
      try {
        yield* awaitValue(self, this.lock.acquire());
        break;
      } catch (e) {
        if (!isCancel(e)) throw e;
        err = e;
      }
    }
    if (err) throw err;
    return null;
  }
  waitFor(predicate: Value): PyCoroutine {
    return nativeCoro('Condition.wait_for', (self) => this.waitForBody(self, predicate));
  }
  private *waitForBody(self: AwaitHolder, predicate: Value): Gen {
    let result = callValue(predicate, [], null);
    while (!truthy(result)) {
      yield* awaitValue(self, this.wait());
      result = callValue(predicate, [], null);
    }
    return result;
  }
  notify(n: Value): void {
    if (!this.lock.isLocked()) throw runtimeError('cannot notify on un-acquired lock');
    this.wake(n);
  }
  private wake(n: Value): void {
    let idx = 0;
    for (const fut of this.waiters) {
      if (idx >= Number(n)) break;
      if (!fut.done()) {
        idx++;
        fut.setResult(false);
      }
    }
  }
  aenter(): PyCoroutine {
    return nativeCoro('Condition.__aenter__', (self) => this.enterBody(self));
  }
  private *enterBody(self: AwaitHolder): Gen {
    yield* awaitValue(self, this.lock.acquire());
    return null;
  }
  aexit(_exc: PyExc | null): PyCoroutine {
    const lock = this.lock;
    // eslint-disable-next-line require-yield
    return nativeCoro('Condition.__aexit__', function* (): Gen {
      lock.release();
      return null;
    });
  }
  pyRepr(): string {
    return lockRepr(this, this.lock.isLocked() ? 'locked' : 'unlocked', this.waiters.length);
  }
}

export const BrokenBarrierError = new PyType(
  'BrokenBarrierError',
  Exc.RuntimeError,
  null,
  'asyncio.exceptions',
);

const FILLING = 'filling';
const DRAINING = 'draining';
const RESETTING = 'resetting';
const BROKEN = 'broken';

export class PyBarrier extends PyObject {
  static readonly type = type('Barrier', {
    wait: (s) => (s as PyBarrier).wait(),
    reset: (s) => (s as PyBarrier).reset(),
    abort: (s) => (s as PyBarrier).abort(),
  });
  private readonly cond = new PyCondition();
  state = FILLING;
  count = 0;
  constructor(readonly parties: number) {
    super();
    if (parties < 1) throw valueError('parties must be > 0');
  }
  get cls() {
    return PyBarrier.type;
  }
  get nWaiting(): number {
    return this.state === FILLING ? this.count : 0;
  }
  wait(): PyCoroutine {
    return nativeCoro('Barrier.wait', (self) => this.waitBody(self));
  }
  private *waitBody(self: AwaitHolder): Gen {
    const lock = this.cond.lock;
    yield* awaitValue(self, lock.acquire());
    try {
      // Block while the barrier drains or resets.
      yield* this.until(self, () => this.state !== DRAINING && this.state !== RESETTING);
      if (this.state === BROKEN) throw pyErr(BrokenBarrierError, 'Barrier aborted');
      try {
        const index = this.count;
        this.count++;
        if (index + 1 === this.parties) {
          this.state = DRAINING;
          this.cond.notify(this.cond.waiters.length);
        } else {
          yield* this.until(self, () => this.state !== FILLING);
          if (this.state === BROKEN || this.state === RESETTING)
            throw pyErr(BrokenBarrierError, 'Abort or reset of barrier');
        }
        return index;
      } finally {
        this.count--;
        this.exit();
      }
    } finally {
      lock.release();
    }
  }
  /** `await self._cond.wait_for(predicate)`. */
  private *until(self: AwaitHolder, predicate: () => boolean): Gen {
    while (!predicate()) yield* awaitValue(self, this.cond.wait());
    return null;
  }
  private exit(): void {
    if (this.count === 0) {
      if (this.state === RESETTING || this.state === DRAINING) this.state = FILLING;
      this.cond.notify(this.cond.waiters.length);
    }
  }
  reset(): PyCoroutine {
    return this.withCond('Barrier.reset', () => {
      if (this.count > 0) this.state = RESETTING;
      else this.state = FILLING;
    });
  }
  abort(): PyCoroutine {
    return this.withCond('Barrier.abort', () => {
      this.state = BROKEN;
    });
  }
  /** `async with self._cond: change(); self._cond.notify_all()`. */
  private withCond(qualname: string, change: () => void): PyCoroutine {
    const cond = this.cond;
    return nativeCoro(qualname, function* (self): Gen {
      yield* awaitValue(self, cond.lock.acquire());
      try {
        change();
        cond.notify(cond.waiters.length);
      } finally {
        cond.lock.release();
      }
      return null;
    });
  }
  aenter(): PyCoroutine {
    return nativeCoro('Barrier.__aenter__', (self) => this.enterBody(self));
  }
  private *enterBody(self: AwaitHolder): Gen {
    return yield* awaitValue(self, this.wait());
  }
  aexit(_exc: PyExc | null): PyCoroutine {
    // eslint-disable-next-line require-yield
    return nativeCoro('Barrier.__aexit__', function* (): Gen {
      return null;
    });
  }
  pyRepr(): string {
    const extra =
      this.state === BROKEN ? BROKEN : `${this.state}, waiters:${this.nWaiting}/${this.parties}`;
    return lockRepr(this, extra, 0);
  }
}

const B = PyBarrier.type.props;
B.set('parties', (s) => (s as PyBarrier).parties);
B.set('n_waiting', (s) => (s as PyBarrier).nWaiting);
B.set('broken', (s) => (s as PyBarrier).state === BROKEN);
