/** The `asyncio` module as programs see it. */
import { PyCoroutine } from '../coro';
import { Exc, pyErr, runtimeError, typeError } from '../errors';
import { eq } from '../compare';
import { arity } from '../method-args';
import { truthy } from '../ops';
import { callValue } from '../protocol';
import { str } from '../repr';
import type { NativeFn, Value } from '../values';
import {
  PyBoundMethod,
  PyBuiltin,
  PyExc,
  PyFunction,
  PyModule,
  PySet,
  PyType,
  Types,
} from '../values';
import { PyPartial } from '../functools/partial';
import { Future } from './futures';
import { Task } from './task';
import type { Callback } from './futures';
import { ensureFuture, gather } from './gather';
import {
  createTask,
  getEventLoop,
  getRunningLoop,
  newEventLoop,
  runCallback,
  setEventLoop,
} from './loopobj';
import { LifoQueueType, PriorityQueueType, PyQueue, QueueShutDown, QueueType } from './queues';
import type { QueueKind } from './queues';
import { BrokenBarrierError, PyBarrier, PyCondition } from './condition';
import { sleep } from './sleep';
import { RunnerType, asyncioRun, makeRunner } from './runner';
import { currentTask, pendingTasks, runningLoop } from './support';
import { BoundedSemaphoreType, PyEvent, PyLock, PySemaphore } from './sync';
import { PyTaskGroup, TaskGroupType } from './taskgroups';
import { timeout, timeoutAt, waitFor } from './timeouts';
import { ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, asCompleted, shield, wait } from './wait';

function kw(kwargs: Map<string, Value> | null, name: string, allowed: string[]): void {
  for (const k of kwargs?.keys() ?? []) {
    if (!allowed.includes(k))
      throw typeError(`${name}() got an unexpected keyword argument '${k}'`);
  }
}

/** A Python function's positional parameters then keyword-only ones with defaults. */
function params(
  name: string,
  a: Value[],
  k: Map<string, Value> | null,
  positional: string[],
  kwonly: Record<string, Value>,
): Value[] {
  if (a.length > positional.length) {
    const n = positional.length;
    throw typeError(
      `${name}() takes ${n} positional argument${n === 1 ? '' : 's'} but ${a.length} were given`,
    );
  }
  kw(k, name, Object.keys(kwonly));
  const missing = positional.slice(a.length);
  if (missing.length)
    throw typeError(
      `${name}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${missing.map((m) => `'${m}'`).join(' and ')}`,
    );
  return [...a, ...Object.entries(kwonly).map(([n, d]) => k?.get(n) ?? d)];
}

/** `asyncio.all_tasks()`: the running loop's tasks not done yet. */
function allTasks(): PySet {
  const loop = runningLoop();
  const out = new PySet();
  for (const t of pendingTasks(loop)) out.map.set(t, t);
  return out;
}

const fns: Record<string, NativeFn> = {
  run: (a) => asyncioRun(a[0] ?? null),
  sleep: (a, k) => sleep(a[0] ?? k?.get('delay') ?? 0, a[1] ?? k?.get('result') ?? null),
  gather: (a, k) => {
    kw(k, 'gather', ['return_exceptions']);
    return gather(a, truthy(k?.get('return_exceptions') ?? false));
  },
  create_task: (a, k) => createTask(getRunningLoop(), a, k),
  ensure_future: (a) => ensureFuture(a[0] ?? null),
  current_task: () => (runningLoop(), currentTask()),
  get_running_loop: () => getRunningLoop(),
  get_event_loop: () => getEventLoop(),
  new_event_loop: () => newEventLoop(),
  set_event_loop: (a) => (setEventLoop(a[0] ?? null), null),
  wait_for: (a, k) => waitFor(a[0] ?? null, a[1] ?? k?.get('timeout') ?? null),
  timeout: (a) => timeout(a[0] ?? null),
  timeout_at: (a) => timeoutAt(a[0] ?? null),
  wait: (a, k) => {
    const [fs, t, when] = params('wait', a, k, ['fs'], {
      timeout: null,
      return_when: ALL_COMPLETED,
    });
    return wait(fs!, t!, when!);
  },
  as_completed: (a, k) => {
    const [fs, t] = params('as_completed', a, k, ['fs'], { timeout: null });
    return asCompleted(fs!, t!);
  },
  shield: (a, k) => shield(params('shield', a, k, ['arg'], {})[0]!),
  all_tasks: () => allTasks(),
  iscoroutine: (a) => a[0] instanceof PyCoroutine,
  iscoroutinefunction: (a) => {
    arity('iscoroutinefunction', a, 1);
    return isCoroutineFunction(a[0]!);
  },
};

/**
 * `inspect.iscoroutinefunction`, which asyncio's calls: an `async def` (not an async
 * generator), reached through bound methods and `functools.partial`s.
 */
function isCoroutineFunction(f: Value): boolean {
  for (;;) {
    if (f instanceof PyBoundMethod) f = f.fn;
    else if (f instanceof PyPartial) f = f.func;
    else return f instanceof PyFunction && f.def.isAsync && !f.def.isGenerator;
  }
}

function cls(t: PyType, construct: NativeFn): PyType {
  t.construct = construct;
  return t;
}

export function makeAsyncioModule(): PyModule {
  const attrs = new Map<string, Value>();
  for (const [name, f] of Object.entries(fns)) {
    // asyncio's functions are Python functions, but for the three of `_asyncio` (C).
    const c = name === 'current_task' || name === 'get_running_loop' || name === 'get_event_loop';
    attrs.set(name, new PyBuiltin(name, f, undefined, c ? 'builtin' : 'function'));
  }
  const queue = (t: PyType, kind: QueueKind) =>
    cls(t, (a, k) => new PyQueue(a[0] ?? k?.get('maxsize') ?? 0, kind));
  attrs.set('Queue', queue(QueueType, 'fifo'));
  attrs.set('PriorityQueue', queue(PriorityQueueType, 'priority'));
  attrs.set('LifoQueue', queue(LifoQueueType, 'lifo'));
  attrs.set(
    'Event',
    cls(PyEvent.type, () => new PyEvent()),
  );
  attrs.set(
    'Lock',
    cls(PyLock.type, () => new PyLock()),
  );
  attrs.set(
    'Semaphore',
    cls(PySemaphore.type, (a, k) => new PySemaphore(Number(a[0] ?? k?.get('value') ?? 1))),
  );
  attrs.set(
    'BoundedSemaphore',
    cls(
      BoundedSemaphoreType,
      (a, k) => new PySemaphore(Number(a[0] ?? k?.get('value') ?? 1), true),
    ),
  );
  attrs.set(
    'Condition',
    cls(PyCondition.type, (a, k) => new PyCondition(a[0] ?? k?.get('lock') ?? null)),
  );
  attrs.set(
    'Barrier',
    cls(PyBarrier.type, (a, k) => {
      const n = a[0] ?? k?.get('parties');
      if (n === undefined)
        throw typeError("Barrier.__init__() missing 1 required positional argument: 'parties'");
      return new PyBarrier(Number(n));
    }),
  );
  attrs.set(
    'TaskGroup',
    cls(TaskGroupType, () => new PyTaskGroup()),
  );
  attrs.set('Task', Types.Task);
  attrs.set('Runner', cls(RunnerType, makeRunner));
  attrs.set(
    'Future',
    cls(Types.Future, () => (runningLoop(), new Future())),
  );
  attrs.set('FIRST_COMPLETED', FIRST_COMPLETED);
  attrs.set('FIRST_EXCEPTION', FIRST_EXCEPTION);
  attrs.set('ALL_COMPLETED', ALL_COMPLETED);
  attrs.set('CancelledError', Exc.CancelledError);
  attrs.set('TimeoutError', Exc.TimeoutError);
  attrs.set('InvalidStateError', Exc.InvalidStateError);
  attrs.set('QueueEmpty', Exc.QueueEmpty);
  attrs.set('QueueFull', Exc.QueueFull);
  for (const t of [QueueShutDown, BrokenBarrierError]) {
    t.construct = (a) => new PyExc(t, a);
    attrs.set(t.name, t);
  }
  return new PyModule('asyncio', attrs);
}

// ---- Future and Task methods ----

const F = Types.Future.methods;
const fut = (s: Value): Future => s as Future;
F.set('done', (s) => fut(s).done());
F.set('cancelled', (s) => fut(s).cancelled());
F.set('result', (s) => fut(s).result());
F.set('exception', (s) => fut(s).getException());
F.set('cancel', (s, a, k) => fut(s).cancel(a[0] ?? k?.get('msg') ?? null));
F.set('set_result', (s, a) => {
  if (s instanceof Task) throw runtimeError('Task does not support set_result operation');
  fut(s).setResult(a[0] ?? null);
  return null;
});
F.set('set_exception', (s, a) => {
  if (s instanceof Task) throw runtimeError('Task does not support set_exception operation');
  // C `_asyncio.Future.set_exception`: the state first, then an exception class is called
  // (its __init__ may run program code), then the state again.
  const f = fut(s);
  if (f.done()) throw pyErr(Exc.InvalidStateError, 'invalid state');
  const e = a[0] ?? null;
  const exc = e instanceof PyType && e.isSubclassOf(Exc.BaseException) ? callValue(e, [], null) : e;
  if (f.done()) throw pyErr(Exc.InvalidStateError, 'invalid state');
  if (!(exc instanceof PyExc)) throw typeError('invalid exception object');
  f.setException(exc);
  return null;
});
/** The program's function behind a done callback, for `remove_done_callback`. */
const programCallbacks = new WeakMap<Callback, Value>();
F.set('add_done_callback', (s, a, k) => {
  const [f] = params('add_done_callback', a, k, ['fn'], { context: null });
  const cb: Callback = (x) => runCallback(f!, [x]);
  programCallbacks.set(cb, f!);
  fut(s).addDoneCallback(cb);
  return null;
});
F.set('remove_done_callback', (s, a) => {
  arity('remove_done_callback', a, 1);
  return fut(s).removeDoneCallbacksWhere((c) => {
    const f = programCallbacks.get(c);
    return f !== undefined && (f === a[0] || eq(f, a[0]!));
  });
});
const T = Types.Task;
(T as { base: PyType | null }).base = Types.Future;
T.methods.set('get_name', (s) => (s as Task).name);
T.methods.set('set_name', (s, a) => ((s as Task).setName(str(a[0] ?? null)), null));
T.methods.set('cancelling', (s) => (s as Task).numCancelsRequested);
T.methods.set('uncancel', (s) => (s as Task).uncancel());
T.methods.set('get_coro', (s) => (s as Task).coro);
