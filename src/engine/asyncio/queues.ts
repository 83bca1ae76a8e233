/** asyncio.Queue, as CPython 3.13's queues.py. */
import { awaitValue, nativeCoro } from '../coro';
import type { Gen, PyCoroutine } from '../coro';
import { Exc, pyErr, valueError } from '../errors';
import type { Value } from '../values';
import { PyObject, PyType, Types } from '../values';
import { Future, waitDetail } from './futures';
import { PyEvent } from './sync';

export const QueueType = new PyType('Queue', Types.object, null, 'asyncio.queues');

export class PyQueue extends PyObject {
  readonly items: Value[] = [];
  readonly getters: Future[] = [];
  readonly putters: Future[] = [];
  unfinished = 0;
  readonly finished = new PyEvent();
  constructor(readonly maxsize: number) {
    super();
    this.finished.set();
  }
  get cls() {
    return QueueType;
  }
  /** The Python values it holds (unawaited.ts follows them). */
  pyRefs(): readonly unknown[] {
    return this.items;
  }
  qsize(): number {
    return this.items.length;
  }
  full(): boolean {
    return this.maxsize > 0 && this.items.length >= this.maxsize;
  }
  private wakeupNext(waiters: Future[]): void {
    while (waiters.length) {
      const w = waiters.shift()!;
      if (!w.done()) {
        w.setResult(null);
        break;
      }
    }
  }
  put(item: Value): PyCoroutine {
    return nativeCoro('Queue.put', (self) => this.putBody(self, item));
  }
  private *putBody(self: { awaiting: unknown }, item: Value): Gen {
    while (this.full()) {
      const putter = new Future();
      putter.wait = waitDetail('Queue.put()');
      this.putters.push(putter);
      try {
        yield* awaitValue(self, putter);
      } catch (e) {
        putter.cancel();
        const i = this.putters.indexOf(putter);
        if (i >= 0) this.putters.splice(i, 1);
        if (!this.full() && !putter.cancelled()) this.wakeupNext(this.putters);
        throw e;
      }
    }
    this.putNowait(item);
    return null;
  }
  putNowait(item: Value): void {
    if (this.full()) throw pyErr(Exc.QueueFull);
    this.items.push(item);
    this.unfinished++;
    this.finished.value = false;
    this.wakeupNext(this.getters);
  }
  get(): PyCoroutine {
    return nativeCoro('Queue.get', (self) => this.getBody(self));
  }
  private *getBody(self: { awaiting: unknown }): Gen {
    while (this.items.length === 0) {
      const getter = new Future();
      getter.wait = waitDetail('Queue.get()');
      this.getters.push(getter);
      try {
        yield* awaitValue(self, getter);
      } catch (e) {
        getter.cancel();
        const i = this.getters.indexOf(getter);
        if (i >= 0) this.getters.splice(i, 1);
        if (this.items.length && !getter.cancelled()) this.wakeupNext(this.getters);
        throw e;
      }
    }
    return this.getNowait();
  }
  getNowait(): Value {
    if (this.items.length === 0) throw pyErr(Exc.QueueEmpty);
    const item = this.items.shift()!;
    this.wakeupNext(this.putters);
    return item;
  }
  taskDone(): void {
    if (this.unfinished <= 0) throw valueError('task_done() called too many times');
    this.unfinished--;
    if (this.unfinished === 0) this.finished.set();
  }
  join(): PyCoroutine {
    return nativeCoro('Queue.join', (self) => this.joinBody(self));
  }
  private *joinBody(self: { awaiting: unknown }): Gen {
    if (this.unfinished > 0) yield* awaitValue(self, this.finished.wait());
    return null;
  }
  pyLen(): number {
    return this.items.length;
  }
  pyRepr(): string {
    return `<Queue maxsize=${this.maxsize}>`;
  }
}

const m = QueueType.methods;
const q = (s: Value): PyQueue => s as PyQueue;
m.set('qsize', (s) => q(s).qsize());
m.set('empty', (s) => q(s).items.length === 0);
m.set('full', (s) => q(s).full());
m.set('put', (s, a) => q(s).put(a[0] ?? null));
m.set('get', (s) => q(s).get());
m.set('put_nowait', (s, a) => (q(s).putNowait(a[0] ?? null), null));
m.set('get_nowait', (s) => q(s).getNowait());
m.set('task_done', (s) => (q(s).taskDone(), null));
m.set('join', (s) => q(s).join());
QueueType.props.set('maxsize', (s) => q(s).maxsize);
