/**
 * Event loop objects as programs see them (`get_running_loop()`, `new_event_loop()`): the
 * clock, scheduling calls and their handles, tasks and futures, and running a loop that is
 * not running yet (`run_until_complete`, `close`).
 */
import { PyCoroutine } from '../coro';
import { Exc, NotSupportedError, PyError, isSubclass, runtimeError, typeError } from '../errors';
import { activeLoop } from '../loop';
import type { EventLoop, Handle, TimerHandle } from '../loop';
import { asFloat } from '../num-ops';
import { callValue } from '../protocol';
import { repr, str } from '../repr';
import { rt } from '../runtime';
import type { Runtime } from '../runtime';
import type { Value } from '../values';
import { PyFloat, PyObject, PyType, Types, typeName } from '../values';
import { Future } from './futures';
import { Task } from './task';
import { makeLoop, runUntilComplete } from './run';
import { currentTask, pendingTasks, runningLoop } from './support';

const LoopType = new PyType('_UnixSelectorEventLoop', Types.object, null, 'asyncio.unix_events');
const HandleType = new PyType('Handle', Types.object, null, 'asyncio.events');
const TimerHandleType = new PyType('TimerHandle', HandleType, null, 'asyncio.events');

class PyHandle extends PyObject {
  constructor(
    readonly h: Handle,
    readonly loop: EventLoop,
    /** A `call_later`/`call_at` handle (a TimerHandle), not a `call_soon` one. */
    readonly timer: boolean,
  ) {
    super();
  }
  get cls() {
    return this.timer ? TimerHandleType : HandleType;
  }
  pyRepr(): string {
    // CPython's names the callback with its file and line (`<Handle cb() at /path/prog.py:2>`).
    throw new NotSupportedError("repr() of a loop's handle (CPython's shows file paths)", 'print');
  }
}
HandleType.methods.set('cancel', (s) => {
  const h = s as PyHandle;
  h.loop.cancelHandle(h.h);
  return null;
});
HandleType.methods.set('cancelled', (s) => (s as PyHandle).h.cancelled);
TimerHandleType.methods.set('when', (s) => new PyFloat(((s as PyHandle).h as TimerHandle).when));

const loops = new WeakMap<EventLoop, PyLoop>();

export class PyLoop extends PyObject {
  closed = false;
  /** Made by a Runner (or asyncio.run), whose close() cancels what is left. */
  byRunner = false;
  madeBy = 'new_event_loop';
  constructor(readonly loop: EventLoop = makeLoop()) {
    super();
    loops.set(loop, this);
  }
  get cls() {
    return LoopType;
  }
  get running(): boolean {
    return rt().loop === this.loop;
  }
  pyRepr(): string {
    const b = (x: boolean): string => (x ? 'True' : 'False');
    return `<_UnixSelectorEventLoop running=${b(this.running)} closed=${b(this.closed)} debug=False>`;
  }

  checkClosed(): void {
    if (this.closed) throw runtimeError('Event loop is closed');
  }

  /**
   * Runs `fn` with this loop's clock and handle ids in step with the run's, should the loop
   * not be running (`loop.call_soon` before `run_until_complete`).
   */
  use<T>(fn: (loop: EventLoop) => T): T {
    const r = rt();
    const loop = this.loop;
    if (r.loop === loop) return fn(loop);
    loop.time = r.time;
    loop.nextHandle = r.nextHandleId;
    try {
      return fn(loop);
    } finally {
      r.nextHandleId = loop.nextHandle;
    }
  }

  /** `run_until_complete(aw)`. */
  runUntilComplete(aw: Value): Value {
    this.checkClosed();
    if (this.running) throw runtimeError('This event loop is already running');
    if (rt().loop) throw runtimeError('Cannot run the event loop while another loop is running');
    const fut = runUntilComplete(this.loop, aw);
    if (!this.byRunner && pendingTasks(this.loop).length)
      throw new NotSupportedError(
        'an event loop left with pending tasks (CPython destroys them at exit, in its own order)',
        'run_until_complete',
      );
    return fut.result();
  }

  /** `close()`. */
  close(): void {
    if (this.running) throw runtimeError('Cannot close a running event loop');
    if (this.closed) return;
    if (pendingTasks(this.loop).length)
      throw new NotSupportedError(
        'closing an event loop with pending tasks (CPython destroys them at exit, in its own order)',
        'close',
      );
    this.closed = true;
  }
}

/** The loop object of `loop` (made on first use for asyncio.run's loops). */
export function pyLoopOf(loop: EventLoop): PyLoop {
  return loops.get(loop) ?? new PyLoop(loop);
}

export function getRunningLoop(): PyLoop {
  return pyLoopOf(runningLoop());
}

function label(cb: Value): string {
  const name = (cb as { name?: unknown } | null)?.name;
  return typeof name === 'string' ? name : 'callback';
}

/**
 * Runs a program's loop callback as `Handle._run` does: an exception other than SystemExit /
 * KeyboardInterrupt goes to the loop's exception handler, which only logs it (stderr, not
 * the trace), and the loop carries on.
 */
export function runCallback(cb: Value, args: Value[]): void {
  try {
    callValue(cb, args, null);
  } catch (e) {
    if (
      !(e instanceof PyError) ||
      isSubclass(e.exc.type, Exc.SystemExit) ||
      isSubclass(e.exc.type, Exc.KeyboardInterrupt)
    )
      throw e;
  }
}

function schedule(self: Value, kind: 'soon' | 'later' | 'at', a: Value[]): PyHandle {
  const pl = self as PyLoop;
  pl.checkClosed();
  const [first, ...rest] = a;
  const cb = kind === 'soon' ? first! : rest.shift()!;
  const task = currentTask();
  // The handle holds the callback and its arguments (for the never-awaited scan, unawaited.ts).
  const held = [cb, [...rest].reverse()];
  const r = rt();
  r.loopHeld.add(held);
  const run = (): void => {
    r.loopHeld.delete(held);
    runningLoop().handleArg = held;
    runCallback(cb, rest);
  };
  return pl.use((loop) => {
    if (kind === 'soon')
      return new PyHandle(loop.callSoon(run, 'callback', label(cb), task?.id ?? null), loop, false);
    const t = asFloat(first ?? null);
    if (t === null) throw runtimeError('a number is required');
    const when = kind === 'later' ? rt().time + t : t;
    return new PyHandle(loop.callAt(when, run, label(cb), task?.id ?? null), loop, true);
  });
}

/** Keyword arguments a method accepts. */
function kw(k: Map<string, Value> | null, name: string, allowed: string[]): void {
  for (const n of k?.keys() ?? [])
    if (!allowed.includes(n))
      throw typeError(`${name}() got an unexpected keyword argument '${n}'`);
}

/** `loop.create_task(coro, *, name=None, context=None)` (asyncio.create_task on the running loop). */
export function createTask(pl: PyLoop, a: Value[], k: Map<string, Value> | null): Task {
  kw(k, 'create_task', ['name', 'context']);
  pl.checkClosed();
  const coro = a[0];
  if (!(coro instanceof PyCoroutine))
    throw typeError(`a coroutine was expected, got ${repr(coro ?? null)}`);
  if (coro.state !== 'created') throw runtimeError('cannot reuse already awaited coroutine');
  const name = k?.get('name') ?? null;
  return pl.use((loop) => new Task(coro, name === null ? null : str(name), loop));
}

const m = LoopType.methods;
m.set('time', () => new PyFloat(rt().time));
m.set('create_future', (s) => ((s as PyLoop).checkClosed(), new Future()));
m.set('create_task', (s, a, k) => createTask(s as PyLoop, a, k));
m.set('call_soon', (s, a) => schedule(s, 'soon', a));
m.set('call_later', (s, a) => schedule(s, 'later', a));
m.set('call_at', (s, a) => schedule(s, 'at', a));
m.set('is_running', (s) => (s as PyLoop).running);
m.set('is_closed', (s) => (s as PyLoop).closed);
m.set('run_until_complete', (s, a) => (s as PyLoop).runUntilComplete(a[0] ?? null));
m.set('close', (s) => ((s as PyLoop).close(), null));

/** The default policy's state, per run: the current loop, and whether one was ever set. */
interface Policy {
  loop: PyLoop | null;
  setCalled: boolean;
}
const policies = new WeakMap<Runtime, Policy>();
function policy(): Policy {
  const r = rt();
  let p = policies.get(r);
  if (!p) policies.set(r, (p = { loop: null, setCalled: false }));
  return p;
}

/** `asyncio.set_event_loop(loop)`. */
export function setEventLoop(loop: Value): void {
  if (loop !== null && !(loop instanceof PyLoop))
    throw typeError(
      `loop must be an instance of AbstractEventLoop or None, not '${typeName(loop)}'`,
    );
  const p = policy();
  p.setCalled = true;
  p.loop = loop;
}

/** `asyncio.get_event_loop()`: the running loop, else the policy's (made, with a warning, the first time). */
export function getEventLoop(): PyLoop {
  const r = rt();
  const loop = activeLoop();
  if (loop) return pyLoopOf(loop);
  const p = policy();
  if (!p.loop && !p.setCalled) {
    r.emit({
      type: 'warning',
      t: r.time,
      text: 'DeprecationWarning: There is no current event loop',
    });
    setEventLoop(newEventLoop('get_event_loop'));
  }
  if (!p.loop) throw runtimeError("There is no current event loop in thread 'MainThread'.");
  return p.loop;
}

/** `new_event_loop()`; `madeBy` names the call that made it, for the refusal at exit. */
export function newEventLoop(madeBy = 'new_event_loop'): PyLoop {
  const pl = new PyLoop();
  pl.madeBy = madeBy;
  let made = opened.get(rt());
  if (!made) opened.set(rt(), (made = []));
  made.push(pl);
  return pl;
}

/** The loops each run made with `new_event_loop()` (a Runner's too). */
const opened = new WeakMap<Runtime, PyLoop[]>();

/**
 * At exit, CPython warns of each loop left open (ResourceWarning, with its repr) and
 * destroys its pending tasks in an order of its own: refused.
 */
export function refuseUnclosedLoops(): void {
  const open = opened.get(rt())?.find((pl) => !pl.closed);
  if (open)
    throw new NotSupportedError(
      `an event loop left open at exit (${open.madeBy}() without close())`,
      open.madeBy,
    );
}

/**
 * The loop a library call outside a coroutine uses (`ensure_future`, `gather` in
 * `loop.run_until_complete(asyncio.gather(...))`): the running one, else `get_event_loop()`'s.
 */
export function currentLoop(): PyLoop {
  return getEventLoop();
}
