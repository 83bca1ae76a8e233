/** asyncio.Queue, PriorityQueue and LifoQueue, as CPython 3.13's queues.py. */
import { awaitValue, nativeCoro } from '../coro';
import type { Gen, PyCoroutine } from '../coro';
import { compare } from '../compare';
import { Exc, pyErr, valueError } from '../errors';
import { truthy } from '../ops';
import { fakeAddress, repr } from '../repr';
import type { Value } from '../values';
import { PyList, PyObject, PyType, Types } from '../values';
import { Future, waitDetail } from './futures';
import { PyEvent } from './sync';
import { makeSubscriptable } from '../lib/typing';
import { checkLoop } from './loop-bound';
import type { LoopBound } from './loop-bound';

export const QueueType = new PyType('Queue', Types.object, null, 'asyncio.queues');
export const PriorityQueueType = new PyType('PriorityQueue', QueueType, null, 'asyncio.queues');
export const LifoQueueType = new PyType('LifoQueue', QueueType, null, 'asyncio.queues');
for (const t of [QueueType, PriorityQueueType, LifoQueueType]) makeSubscriptable(t);
export const QueueShutDown = new PyType('QueueShutDown', Exc.Exception, null, 'asyncio.queues');

/** Which end `get` takes from: Queue's FIFO deque, LifoQueue's list, PriorityQueue's heap. */
export type QueueKind = 'fifo' | 'lifo' | 'priority';

const lt = (a: Value, b: Value): boolean => compare('<', a, b);

/** heapq.heappush, CPython's algorithm (`_siftdown`), so equal keys come out in its order. */
function heappush(heap: Value[], item: Value): void {
  heap.push(item);
  let pos = heap.length - 1;
  while (pos > 0) {
    const parentpos = (pos - 1) >> 1;
    const parent = heap[parentpos]!;
    if (lt(item, parent)) {
      heap[pos] = parent;
      pos = parentpos;
      continue;
    }
    break;
  }
  heap[pos] = item;
}

/** heapq.heappop: the last item sifted up from the root to a leaf, then down (`_siftup`). */
function heappop(heap: Value[]): Value {
  const last = heap.pop()!;
  if (heap.length === 0) return last;
  const ret = heap[0]!;
  heap[0] = last;
  const end = heap.length;
  let pos = 0;
  const newitem = heap[0];
  let childpos = 1;
  while (childpos < end) {
    const rightpos = childpos + 1;
    if (rightpos < end && !lt(heap[childpos]!, heap[rightpos]!)) childpos = rightpos;
    heap[pos] = heap[childpos]!;
    pos = childpos;
    childpos = 2 * pos + 1;
  }
  heap[pos] = newitem;
  // _siftdown(heap, 0, pos)
  while (pos > 0) {
    const parentpos = (pos - 1) >> 1;
    const parent = heap[parentpos]!;
    if (lt(newitem, parent)) {
      heap[pos] = parent;
      pos = parentpos;
      continue;
    }
    break;
  }
  heap[pos] = newitem;
  return ret;
}

export class PyQueue extends PyObject implements LoopBound {
  boundTo: unknown = null;
  readonly items: Value[] = [];
  readonly getters: Future[] = [];
  readonly putters: Future[] = [];
  unfinished = 0;
  readonly finished = new PyEvent();
  isShutdown = false;
  constructor(
    readonly maxsize: Value,
    readonly kind: QueueKind = 'fifo',
  ) {
    super();
    this.finished.set();
  }
  get cls() {
    return this.kind === 'fifo'
      ? QueueType
      : this.kind === 'lifo'
        ? LifoQueueType
        : PriorityQueueType;
  }
  private putItem(item: Value): void {
    if (this.kind === 'priority') heappush(this.items, item);
    else this.items.push(item);
  }
  private getItem(): Value {
    if (this.kind === 'fifo') return this.items.shift()!;
    if (this.kind === 'lifo') return this.items.pop()!;
    return heappop(this.items);
  }
  /** The Python values it holds (the never-awaited scan follows them: object-graph.ts). */
  pyRefs(): readonly unknown[] {
    return this.items;
  }
  qsize(): number {
    return this.items.length;
  }
  full(): boolean {
    if (compare('<=', this.maxsize, 0)) return false;
    return compare('>=', this.items.length, this.maxsize);
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
      if (this.isShutdown) throw pyErr(QueueShutDown);
      checkLoop(this, 'Queue');
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
    if (this.isShutdown) throw pyErr(QueueShutDown);
    if (this.full()) throw pyErr(Exc.QueueFull);
    this.putItem(item);
    this.unfinished++;
    this.finished.value = false;
    this.wakeupNext(this.getters);
  }
  get(): PyCoroutine {
    return nativeCoro('Queue.get', (self) => this.getBody(self));
  }
  private *getBody(self: { awaiting: unknown }): Gen {
    while (this.items.length === 0) {
      if (this.isShutdown) throw pyErr(QueueShutDown);
      checkLoop(this, 'Queue');
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
    if (this.items.length === 0) throw pyErr(this.isShutdown ? QueueShutDown : Exc.QueueEmpty);
    const item = this.getItem();
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
  shutdown(immediate: boolean): void {
    this.isShutdown = true;
    if (immediate) {
      while (this.items.length) {
        this.getItem();
        if (this.unfinished > 0) this.unfinished--;
      }
      if (this.unfinished === 0) this.finished.set();
    }
    // All getters need to re-check queue-empty to raise QueueShutDown
    for (const waiters of [this.getters, this.putters]) {
      while (waiters.length) {
        const w = waiters.shift()!;
        if (!w.done()) w.setResult(null);
      }
    }
  }
  private format(): string {
    let r = `maxsize=${repr(this.maxsize)}`;
    if (this.items.length) r += ` _queue=${repr(new PyList([...this.items]))}`;
    if (this.getters.length) r += ` _getters[${this.getters.length}]`;
    if (this.putters.length) r += ` _putters[${this.putters.length}]`;
    if (this.unfinished) r += ` tasks=${this.unfinished}`;
    if (this.isShutdown) r += ' shutdown';
    return r;
  }
  pyRepr(): string {
    return `<${this.cls.name} at ${fakeAddress(this)} ${this.format()}>`;
  }
  pyStr(): string {
    return `<${this.cls.name} ${this.format()}>`;
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
m.set('shutdown', (s, a, k) => (q(s).shutdown(truthy(a[0] ?? k?.get('immediate') ?? false)), null));
QueueType.props.set('maxsize', (s) => q(s).maxsize);
