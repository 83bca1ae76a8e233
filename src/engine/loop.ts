/**
 * The event loop, as CPython's BaseEventLoop has it: a FIFO ready queue of handles, a
 * min-heap of timer handles ordered by (when, seq), and `runOnce` (= `_run_once`).
 * The clock is virtual: waiting in the selector just moves it.
 */
import type { EngineEvent, HandleKind } from './events';
import type { EventLog } from './log';
import { LimitError } from './errors';
import { ReadyQueue } from './ready-queue';
import { rt } from './runtime';
import { dropRef } from './unawaited';
import { count, limitPhrase } from '../limits';

/** Matches `time.get_clock_info('monotonic').resolution` on Linux. */
const CLOCK_RESOLUTION = 1e-9;
/** CPython's MAXIMUM_SELECT_TIMEOUT: the selector never sleeps longer in one call. */
const MAXIMUM_SELECT_TIMEOUT = 24 * 3600;

/**
 * What a handle runs: `fn(a, b)`. The hot callbacks (a task's step and wakeup, a done
 * callback) are module-level functions with their arguments in the ready queue, not
 * closures, and no Handle object (`callSoonWith`): a run of 100,000 tasks queues hundreds
 * of thousands of them.
 */
export type HandleFn = (a: never, b: never) => void;

/** What the ready queue holds: a Handle, or a `Timer` that is its own handle. */
export interface Runnable {
  readonly id: number;
  cancelled: boolean;
  run(): void;
}

/**
 * What the timer heap holds: a TimerHandle, or an object that is its own timer handle (a
 * sleep's coroutine, see `schedule`: a sleep makes no handle of its own).
 */
export interface Timer extends Runnable {
  readonly when: number;
  readonly seq: number;
  /** On the heap. */
  scheduled: boolean;
}

function isTimer(h: Runnable): h is Timer {
  return (h as Partial<Timer>).scheduled !== undefined;
}

export class Handle implements Runnable {
  /** Seldom set: false on the prototype, an own field once a handle is cancelled. */
  declare cancelled: boolean;
  static {
    this.prototype.cancelled = false;
  }
  /** What it runs, its kind, label and task are in the `queue` or `timer` event that made it. */
  constructor(
    readonly id: number,
    readonly fn: HandleFn,
    readonly a: unknown,
    readonly b: unknown,
  ) {}

  run(): void {
    (this.fn as (a: unknown, b: unknown) => void)(this.a, this.b);
  }
}

/** A timer's handle (`call_at`): its deadline, its place among equal deadlines, and whether it is on the heap. */
export class TimerHandle extends Handle implements Timer {
  scheduled = true;
  constructor(
    id: number,
    fn: HandleFn,
    a: unknown,
    b: unknown,
    readonly when: number,
    readonly seq: number,
  ) {
    super(id, fn, a, b);
  }
}

/** Whatever a handle label can be relative to (a task). */
export interface Named {
  readonly name: string;
}

function spell(label: string, owner: Named | null): string {
  if (!owner) return label;
  return label.startsWith('.') || label.startsWith(' ')
    ? owner.name + label
    : `${label} (${owner.name})`;
}

export interface LoopLimits {
  /** Virtual seconds after which the run stops. */
  maxTime: number;
}

export class EventLoop {
  time = 0;
  /**
   * The Python value the handle just run holds (a task's wakeup: the future), which CPython's
   * `_run_once` keeps until it takes the next handle; then `releaseHandleArg` drops it.
   */
  handleArg: unknown = null;
  private releaseHandleArg(): void {
    const v = this.handleArg;
    this.handleArg = null;
    dropRef(v);
  }
  tick = 0;
  stopping = false;
  /**
   * The ready handles: `callSoonWith`'s (a task's step and wakeup, a done callback) as no
   * object at all, which spares the garbage collector 200,000 of them in a gather of 100,000.
   */
  private readonly ready = new ReadyQueue();
  private readonly heap: Timer[] = [];
  private timerCancelledCount = 0;
  /** The next handle's id; `asyncio.run` carries it over from the last loop, so ids are unique in a log. */
  nextHandle = 1;
  private nextSeq = 0;

  constructor(
    readonly log: EventLog,
    readonly limits: LoopLimits,
  ) {}

  /**
   * Set by `asyncio.run` once the leftover tasks are cancelled: the shutdown steps follow
   * (a `loop` event with phase 'shutdown' marks them; see canonical.ts for what the trace
   * leaves out there).
   */
  shutdown = false;

  emit(e: EngineEvent): void {
    this.log.push(e);
  }

  get readyCount(): number {
    return this.ready.length;
  }

  timerHandles(): Timer[] {
    return this.heap.filter((h) => !h.cancelled);
  }

  /**
   * `call_soon`. A label starting with '.' is a method of `owner` (`.__step` shows as
   * `Task-3.__step`); it is only spelled out when the loop's details are recorded.
   */
  callSoon(
    fn: () => void,
    kind: HandleKind,
    label: string,
    task: number | null,
    owner: Named | null = null,
  ): Handle {
    const h = new Handle(this.nextHandle++, fn, undefined, undefined);
    this.ready.push(h.id, null, h, null);
    if (this.log.loopDetail) this.emitQueue(h.id, kind, label, task, owner);
    return h;
  }

  /**
   * `call_soon(fn, a, b)` when nothing will cancel the handle: no Handle object is made,
   * the function and its arguments wait in the ready queue itself.
   */
  callSoonWith<A, B>(
    fn: (a: A, b: B) => void,
    a: A,
    b: B,
    kind: HandleKind,
    label: string,
    task: number | null,
    owner: Named | null = null,
  ): void {
    const id = this.nextHandle++;
    this.ready.push(id, fn, a, b);
    if (this.log.loopDetail) this.emitQueue(id, kind, label, task, owner);
  }

  private emitQueue(
    handle: number,
    kind: HandleKind,
    label: string,
    task: number | null,
    owner: Named | null,
  ): void {
    this.emit({ type: 'queue', t: this.time, handle, kind, label: spell(label, owner), task });
  }

  callAt(
    when: number,
    fn: () => void,
    label: string,
    task: number | null,
    owner: Named | null = null,
  ): TimerHandle {
    return this.callAtWith(when, fn, undefined, undefined, label, task, owner);
  }

  /** `call_at(when, fn, a, b)`. */
  callAtWith<A, B>(
    when: number,
    fn: (a: A, b: B) => void,
    a: A,
    b: B,
    label: string,
    task: number | null,
    owner: Named | null = null,
  ): TimerHandle {
    const h = new TimerHandle(this.nextHandle++, fn, a, b, when, this.nextSeq++);
    this.addTimer(h, label, task, owner);
    return h;
  }

  /**
   * `call_at` for an object that is its own timer handle, its `when` set: gives it its
   * handle id and its place among equal deadlines, and puts it on the heap.
   */
  schedule(
    t: { -readonly [K in keyof Timer]: Timer[K] },
    label: string,
    task: number | null,
    owner: Named | null,
  ): void {
    t.id = this.nextHandle++;
    t.seq = this.nextSeq++;
    t.scheduled = true;
    this.addTimer(t, label, task, owner);
  }

  private addTimer(h: Timer, label: string, task: number | null, owner: Named | null): void {
    const when = h.when;
    this.push(h);
    if (this.log.loopDetail) {
      this.emit({
        type: 'timer',
        t: this.time,
        handle: h.id,
        // a deadline already past (call_later(-1)) keeps its place in the heap, as in
        // CPython, and shows as due now
        when: Math.max(when, this.time),
        label: spell(label, owner),
        task,
      });
    }
  }

  callLater(
    delay: number,
    fn: () => void,
    label: string,
    task: number | null,
    owner: Named | null = null,
  ): TimerHandle {
    return this.callAt(this.time + delay, fn, label, task, owner);
  }

  cancelHandle(h: Runnable): void {
    if (h.cancelled) return;
    h.cancelled = true;
    if (isTimer(h) && h.scheduled) {
      this.timerCancelledCount++;
      if (this.log.loopDetail) this.emit({ type: 'timer-cancel', t: this.time, handle: h.id });
    }
  }

  /** `time.sleep(s)`: the whole loop blocks; nothing else runs. */
  blockingSleep(s: number): void {
    const from = this.time;
    this.time += s;
    this.checkTime();
    this.emit({ type: 'clock', t: this.time, from, why: 'sleep' });
  }

  private checkTime(): void {
    if (this.time > this.limits.maxTime) {
      throw new LimitError(
        'time',
        `virtual time passed ${count(this.limits.maxTime)} s ${limitPhrase('virtualTime')}`,
      );
    }
  }

  /** Nothing is ready and no timer is pending: `run_forever` would block for ever. */
  get idle(): boolean {
    return this.readyCount === 0 && this.heap.length === 0;
  }

  /** One iteration of CPython's `_run_once`. */
  runOnce(): void {
    const heap = this.heap;
    if (heap.length > 100 && this.timerCancelledCount / heap.length > 0.5) {
      const kept = heap.filter((h) => {
        if (h.cancelled) h.scheduled = false;
        return !h.cancelled;
      });
      heap.length = 0;
      for (const h of kept) this.push(h);
      this.timerCancelledCount = 0;
    } else {
      while (heap.length && heap[0]!.cancelled) {
        this.timerCancelledCount--;
        this.pop().scheduled = false;
      }
    }

    let timeout: number | null = null;
    if (this.readyCount > 0 || this.stopping) timeout = 0;
    else if (heap.length) {
      timeout = heap[0]!.when - this.time;
      if (timeout > MAXIMUM_SELECT_TIMEOUT) timeout = MAXIMUM_SELECT_TIMEOUT;
      else if (timeout < 0) timeout = 0;
    }
    if (timeout === null) return; // would block forever; the caller decides
    if (timeout > 0) {
      const from = this.time;
      this.time += timeout;
      this.checkTime();
      this.emit({ type: 'clock', t: this.time, from, why: 'timer' });
    }

    const endTime = this.time + CLOCK_RESOLUTION;
    while (heap.length) {
      const h = heap[0]!;
      if (h.when >= endTime) break;
      this.pop();
      h.scheduled = false;
      this.ready.push(h.id, null, h, null);
      if (this.log.loopDetail) this.emit({ type: 'fire', t: this.time, handle: h.id });
    }

    const ntodo = this.readyCount;
    if (this.log.loopDetail)
      this.emit({ type: 'tick', t: this.time, tick: ++this.tick, ready: ntodo });
    const q = this.ready;
    for (let i = 0; i < ntodo; i++) {
      if (this.handleArg !== null) this.releaseHandleArg();
      q.shift();
      const fn = q.fn;
      if (fn !== null) {
        if (this.log.loopDetail)
          this.emit({ type: 'handle', t: this.time, handle: q.id, skipped: false });
        fn(q.a, q.b);
        continue;
      }
      const h = q.a as Runnable;
      if (this.log.loopDetail)
        this.emit({ type: 'handle', t: this.time, handle: h.id, skipped: h.cancelled });
      if (h.cancelled) continue;
      h.run();
    }
    if (this.handleArg !== null) this.releaseHandleArg();
  }

  // ---- binary heap ordered by (when, seq) ----

  private less(a: Timer, b: Timer): boolean {
    return a.when < b.when || (a.when === b.when && a.seq < b.seq);
  }

  /** Sifts up from the end, moving parents down into the hole until `h`'s place is found. */
  private push(h: Timer): void {
    const heap = this.heap;
    let i = heap.length;
    heap.push(h);
    while (i > 0) {
      const p = (i - 1) >> 1;
      const parent = heap[p]!;
      if (!this.less(h, parent)) break;
      heap[i] = parent;
      i = p;
    }
    heap[i] = h;
  }

  /** Takes the top; the last timer sifts down from the root, children moving up into the hole. */
  private pop(): Timer {
    const heap = this.heap;
    const top = heap[0]!;
    const last = heap.pop()!;
    const n = heap.length;
    if (n) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && this.less(heap[r]!, heap[l]!) ? r : l;
        const child = heap[c]!;
        if (!this.less(child, last)) break;
        heap[i] = child;
        i = c;
      }
      heap[i] = last;
    }
    return top;
  }
}

/**
 * The loop running now (`Runtime.loop`), as the EventLoop it always is: the Runtime types it
 * by the few members it uses itself (`LoopLike`), so that runtime.ts imports no loop.
 */
export function activeLoop(): EventLoop | null {
  const loop = rt().loop;
  if (loop === null || loop instanceof EventLoop) return loop;
  throw new Error('Runtime.loop holds something that is not an EventLoop');
}
