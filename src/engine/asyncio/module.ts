/** The `asyncio` module as programs see it. */
import { PyCoroutine } from '../coro';
import { Exc, runtimeError, typeError } from '../errors';
import { truthy } from '../ops';
import { repr, str } from '../repr';
import type { NativeFn, Value } from '../values';
import { PyBuiltin, PyExc, PyModule, PyType, Types } from '../values';
import { Future, Task } from './futures';
import { ensureFuture, gather } from './gather';
import { getRunningLoop, runCallback } from './loopobj';
import { LifoQueueType, PriorityQueueType, PyQueue, QueueShutDown, QueueType } from './queues';
import type { QueueKind } from './queues';
import { BrokenBarrierError, PyBarrier, PyCondition } from './condition';
import { sleep } from './sleep';
import { asyncioRun } from './run';
import { currentTask, runningLoop } from './support';
import { BoundedSemaphoreType, PyEvent, PyLock, PySemaphore } from './sync';
import { PyTaskGroup, TaskGroupType } from './taskgroups';
import { timeout, waitFor } from './timeouts';

function kw(kwargs: Map<string, Value> | null, name: string, allowed: string[]): void {
  for (const k of kwargs?.keys() ?? []) {
    if (!allowed.includes(k))
      throw typeError(`${name}() got an unexpected keyword argument '${k}'`);
  }
}

function createTask(a: Value[], kwargs: Map<string, Value> | null): Task {
  kw(kwargs, 'create_task', ['name', 'context']);
  const coro = a[0];
  if (!(coro instanceof PyCoroutine))
    throw typeError(`a coroutine was expected, got ${repr(coro ?? null)}`);
  if (coro.state !== 'created') throw runtimeError('cannot reuse already awaited coroutine');
  runningLoop();
  const name = kwargs?.get('name') ?? null;
  return new Task(coro, name === null ? null : str(name));
}

const fns: Record<string, NativeFn> = {
  run: (a) => asyncioRun(a[0] ?? null),
  sleep: (a, k) => sleep(a[0] ?? k?.get('delay') ?? 0, a[1] ?? k?.get('result') ?? null),
  gather: (a, k) => {
    kw(k, 'gather', ['return_exceptions']);
    return gather(a, truthy(k?.get('return_exceptions') ?? false));
  },
  create_task: createTask,
  ensure_future: (a) => ensureFuture(a[0] ?? null),
  current_task: () => currentTask(),
  get_running_loop: () => getRunningLoop(),
  get_event_loop: () => getRunningLoop(),
  wait_for: (a, k) => waitFor(a[0] ?? null, a[1] ?? k?.get('timeout') ?? null),
  timeout: (a) => timeout(a[0] ?? null),
  iscoroutine: (a) => a[0] instanceof PyCoroutine,
};

function cls(t: PyType, construct: NativeFn): PyType {
  t.construct = construct;
  return t;
}

export function makeAsyncioModule(): PyModule {
  const attrs = new Map<string, Value>();
  for (const [name, f] of Object.entries(fns)) attrs.set(name, new PyBuiltin(name, f));
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
  attrs.set(
    'Future',
    cls(Types.Future, () => (runningLoop(), new Future())),
  );
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
  const e = a[0];
  const exc = e instanceof PyType ? new PyExc(e, []) : e;
  if (!(exc instanceof PyExc)) throw typeError('invalid exception object');
  fut(s).setException(exc);
  return null;
});
F.set('add_done_callback', (s, a) => {
  const f = a[0]!;
  fut(s).addDoneCallback((x) => runCallback(f, [x]));
  return null;
});
const T = Types.Task;
(T as { base: PyType | null }).base = Types.Future;
T.methods.set('get_name', (s) => (s as Task).name);
T.methods.set('set_name', (s, a) => ((s as Task).setName(str(a[0] ?? null)), null));
T.methods.set('cancelling', (s) => (s as Task).numCancelsRequested);
T.methods.set('uncancel', (s) => (s as Task).uncancel());
T.methods.set('get_coro', (s) => (s as Task).coro);
