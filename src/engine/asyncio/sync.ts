/** asyncio.Event, Lock, Semaphore and BoundedSemaphore, as CPython 3.13's locks.py. */
import { awaitValue, nativeCoro } from '../coro';
import type { Gen, PyCoroutine } from '../coro';
import { Exc, PyError, isSubclass, runtimeError, valueError } from '../errors';
import type { MethodFn, PyExc, Value } from '../values';
import { PyObject, PyType, Types } from '../values';
import { fakeAddress } from '../repr';
import { Future, waitDetail } from './futures';
import { checkLoop } from './loop-bound';
import type { LoopBound } from './loop-bound';

/** `<asyncio.locks.Lock object at 0x... [extra, waiters:N]>`, as the locks' `__repr__`. */
export function lockRepr(o: PyObject, extra: string, waiters: number): string {
  const w = waiters ? `, waiters:${waiters}` : '';
  return `<${o.cls.module}.${o.cls.name} object at ${fakeAddress(o)} [${extra}${w}]>`;
}

export function type(name: string, methods: Record<string, MethodFn>): PyType {
  const t = new PyType(name, Types.object, null, 'asyncio.locks');
  for (const [k, f] of Object.entries(methods)) t.methods.set(k, f);
  return t;
}

export function remove(list: Future[], f: Future): void {
  const i = list.indexOf(f);
  if (i >= 0) list.splice(i, 1);
}

export function isCancel(e: unknown): e is PyError {
  return e instanceof PyError && isSubclass(e.exc.type, Exc.CancelledError);
}

export class PyEvent extends PyObject implements LoopBound {
  boundTo: unknown = null;
  static readonly type = type('Event', {
    is_set: (s) => (s as PyEvent).value,
    set: (s) => ((s as PyEvent).set(), null),
    clear: (s) => (((s as PyEvent).value = false), null),
    wait: (s) => (s as PyEvent).wait(),
  });
  value = false;
  readonly waiters: Future[] = [];
  get cls() {
    return PyEvent.type;
  }
  set(): void {
    if (this.value) return;
    this.value = true;
    for (const f of this.waiters) if (!f.done()) f.setResult(true);
  }
  wait(): PyCoroutine {
    return nativeCoro('Event.wait', (self) => this.waitBody(self));
  }
  private *waitBody(self: { awaiting: unknown }): Gen {
    if (this.value) return true;
    checkLoop(this, 'Event');
    const fut = new Future();
    fut.wait = waitDetail('Event.wait()');
    this.waiters.push(fut);
    try {
      yield* awaitValue(self, fut);
      return true;
    } finally {
      remove(this.waiters, fut);
    }
  }
  pyRepr(): string {
    return lockRepr(this, this.value ? 'set' : 'unset', this.waiters.length);
  }
}

export class PyLock extends PyObject implements LoopBound {
  boundTo: unknown = null;
  static readonly type = type('Lock', {
    locked: (s) => (s as PyLock).locked,
    acquire: (s) => (s as PyLock).acquire(),
    release: (s) => ((s as PyLock).release(), null),
  });
  locked = false;
  readonly waiters: Future[] = [];
  get cls() {
    return PyLock.type;
  }
  isLocked(): boolean {
    return this.locked;
  }
  acquire(): PyCoroutine {
    return nativeCoro('Lock.acquire', (self) => this.acquireBody(self));
  }
  private *acquireBody(self: { awaiting: unknown }): Gen {
    if (!this.locked && this.waiters.every((w) => w.cancelled())) {
      this.locked = true;
      return true;
    }
    checkLoop(this, 'Lock');
    const fut = new Future();
    fut.wait = waitDetail('Lock.acquire()');
    this.waiters.push(fut);
    try {
      try {
        yield* awaitValue(self, fut);
      } finally {
        remove(this.waiters, fut);
      }
    } catch (e) {
      if (isCancel(e) && !this.locked) this.wakeUpFirst();
      throw e;
    }
    this.locked = true;
    return true;
  }
  release(): void {
    if (!this.locked) throw runtimeError('Lock is not acquired.');
    this.locked = false;
    this.wakeUpFirst();
  }
  private wakeUpFirst(): void {
    const fut = this.waiters[0];
    if (fut && !fut.done()) fut.setResult(true);
  }
  aenter(): PyCoroutine {
    return nativeCoro('Lock.__aenter__', (self) => this.enterBody(self));
  }
  private *enterBody(self: { awaiting: unknown }): Gen {
    yield* awaitValue(self, this.acquire());
    return null;
  }
  aexit(_exc: PyExc | null): PyCoroutine {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const lock = this;
    // eslint-disable-next-line require-yield
    return nativeCoro('Lock.__aexit__', function* (): Gen {
      lock.release();
      return null;
    });
  }
  pyRepr(): string {
    return lockRepr(this, this.locked ? 'locked' : 'unlocked', this.waiters.length);
  }
}

export class PySemaphore extends PyObject implements LoopBound {
  boundTo: unknown = null;
  static readonly type = type('Semaphore', {
    locked: (s) => (s as PySemaphore).isLocked(),
    acquire: (s) => (s as PySemaphore).acquire(),
    release: (s) => ((s as PySemaphore).release(), null),
  });
  readonly waiters: Future[] = [];
  /** BoundedSemaphore's `_bound_value`, or null for a plain Semaphore. */
  readonly bound: number | null;
  constructor(
    public value: number,
    bounded = false,
  ) {
    super();
    this.bound = bounded ? value : null;
    if (value < 0) throw valueError('Semaphore initial value must be >= 0');
  }
  get cls() {
    return this.bound === null ? PySemaphore.type : BoundedSemaphoreType;
  }
  isLocked(): boolean {
    return this.value === 0 || this.waiters.some((w) => !w.cancelled());
  }
  acquire(): PyCoroutine {
    return nativeCoro('Semaphore.acquire', (self) => this.acquireBody(self));
  }
  private *acquireBody(self: { awaiting: unknown }): Gen {
    if (!this.isLocked()) {
      this.value--;
      return true;
    }
    checkLoop(this, 'Semaphore');
    const fut = new Future();
    fut.wait = waitDetail('Semaphore.acquire()');
    this.waiters.push(fut);
    try {
      try {
        try {
          yield* awaitValue(self, fut);
        } finally {
          remove(this.waiters, fut);
        }
      } catch (e) {
        if (isCancel(e) && fut.done() && !fut.cancelled()) this.value++;
        throw e;
      }
    } finally {
      while (this.value > 0) if (!this.wakeUpNext()) break;
    }
    return true;
  }
  release(): void {
    if (this.bound !== null && this.value >= this.bound)
      throw valueError('BoundedSemaphore released too many times');
    this.value++;
    this.wakeUpNext();
  }
  private wakeUpNext(): boolean {
    for (const fut of this.waiters) {
      if (!fut.done()) {
        this.value--;
        fut.setResult(true);
        return true;
      }
    }
    return false;
  }
  aenter(): PyCoroutine {
    return nativeCoro('Semaphore.__aenter__', (self) => this.enterBody(self));
  }
  private *enterBody(self: { awaiting: unknown }): Gen {
    yield* awaitValue(self, this.acquire());
    return null;
  }
  aexit(_exc: PyExc | null): PyCoroutine {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const sem = this;
    // eslint-disable-next-line require-yield
    return nativeCoro('Semaphore.__aexit__', function* (): Gen {
      sem.release();
      return null;
    });
  }
  pyRepr(): string {
    const extra = this.isLocked() ? 'locked' : `unlocked, value:${this.value}`;
    return lockRepr(this, extra, this.waiters.length);
  }
}

export const BoundedSemaphoreType = new PyType(
  'BoundedSemaphore',
  PySemaphore.type,
  null,
  'asyncio.locks',
);

export type { Value };
