/**
 * `asyncio.Runner` and `asyncio.run`, as CPython 3.13's runners.py: a loop of its own, run
 * until each main task is done; closing cancels the tasks left and shuts the loop down.
 */
import { PyCoroutine } from '../coro';
import { NotSupportedError, PyError, runtimeError, typeError, valueError } from '../errors';
import { repr } from '../repr';
import { rt } from '../runtime';
import type { Value } from '../values';
import { PyObject, PyType, Types } from '../values';
import type { EventLoop } from '../loop';
import { checkAgensAtShutdown } from '../gen-life';
import { gather } from './gather';
import type { PyLoop } from './loopobj';
import { createTask, newEventLoop, setEventLoop } from './loopobj';
import { runForever, untilDone } from './run';
import { pendingTasks } from './support';

export const RunnerType = new PyType('Runner', Types.object, null, 'asyncio.runners');

const CREATED = 0;
const INITIALIZED = 1;
const CLOSED = 2;

export class PyRunner extends PyObject {
  private state = CREATED;
  private loop: PyLoop | null = null;
  private setLoop = false;
  get cls() {
    return RunnerType;
  }

  private lazyInit(): PyLoop {
    if (this.state === CLOSED) throw runtimeError('Runner is closed');
    if (this.state === CREATED) {
      this.loop = newEventLoop('Runner');
      this.loop.byRunner = true;
      if (!this.setLoop) {
        setEventLoop(this.loop);
        this.setLoop = true;
      }
      this.state = INITIALIZED;
    }
    return this.loop!;
  }

  getLoop(): PyLoop {
    return this.lazyInit();
  }

  run(coro: Value): Value {
    if (!(coro instanceof PyCoroutine))
      throw valueError(`a coroutine was expected, got ${repr(coro)}`);
    if (rt().loop) throw runtimeError('Runner.run() cannot be called from a running event loop');
    const loop = this.lazyInit();
    const task = createTask(loop, [coro], null);
    return loop.runUntilComplete(task);
  }

  close(): void {
    if (this.state !== INITIALIZED) return;
    const loop = this.loop!;
    try {
      shutdownLoop(loop.loop);
    } finally {
      if (this.setLoop) setEventLoop(null);
      loop.closed = true;
      this.loop = null;
      this.state = CLOSED;
    }
  }
}

/** `asyncio.Runner(*, debug=None, loop_factory=None)`. */
export function makeRunner(a: Value[], k: Map<string, Value> | null): PyRunner {
  if (a.length)
    throw typeError(`Runner.__init__() takes 1 positional argument but ${a.length + 1} were given`);
  for (const [n, v] of k ?? []) {
    if (n !== 'debug' && n !== 'loop_factory')
      throw typeError(`Runner.__init__() got an unexpected keyword argument '${n}'`);
    if (v !== null && !(n === 'debug' && v === false))
      throw new NotSupportedError(`asyncio.Runner(${n}=...)`, n);
  }
  return new PyRunner();
}

const m = RunnerType.methods;
m.set('run', (s, a, k) => {
  for (const n of k?.keys() ?? [])
    if (n !== 'context') throw typeError(`Runner.run() got an unexpected keyword argument '${n}'`);
  return (s as PyRunner).run(a[0] ?? null);
});
m.set('close', (s) => ((s as PyRunner).close(), null));
m.set('get_loop', (s) => (s as PyRunner).getLoop());
// `with asyncio.Runner() as runner:` (runners.py: `__enter__` makes the loop, `__exit__` closes)
m.set('__enter__', (s) => ((s as PyRunner).getLoop(), s));
m.set('__exit__', (s) => ((s as PyRunner).close(), null));

/** `asyncio.run(main)`: `with Runner() as runner: return runner.run(main)`. */
export function asyncioRun(main: Value): Value {
  if (rt().loop) throw runtimeError('asyncio.run() cannot be called from a running event loop');
  const runner = new PyRunner();
  let result: Value;
  try {
    result = runner.run(main);
  } catch (e) {
    // a Python exception leaves the `with`, which closes the runner; a refusal or a limit ends the run
    if (e instanceof PyError) runner.close();
    throw e;
  }
  runner.close();
  return result;
}

/** `Runner.close()` on a loop that is not running: cancel leftover tasks, then the two shutdown steps. */
export function shutdownLoop(loop: EventLoop): void {
  const r = rt();
  loop.time = r.time;
  loop.nextHandle = r.nextHandleId;
  r.loop = loop;
  try {
    // In creation order, as the oracle does (CPython's all_tasks() set is in address order).
    const toCancel = pendingTasks(loop);
    if (toCancel.length) {
      for (const t of toCancel) t.cancel();
      untilDone(loop, gather(toCancel, true));
    }
    checkAgensAtShutdown();
    loop.shutdown = true;
    loop.emit({ type: 'loop', t: loop.time, phase: 'shutdown' });
    // shutdown_asyncgens() and shutdown_default_executor() each run as a task that is done
    // after one step: two iterations in which leftover ready handles still run.
    for (const what of ['shutdown_asyncgens()', 'shutdown_default_executor()']) {
      loop.callSoon(
        () => loop.callSoon(() => (loop.stopping = true), 'callback', `${what} done`, null),
        'callback',
        what,
        null,
      );
      runForever(loop, null);
    }
    loop.emit({ type: 'loop', t: loop.time, phase: 'closed' });
  } finally {
    r.loop = null;
    r.time = loop.time;
    r.nextHandleId = loop.nextHandle;
  }
}
