/**
 * `asyncio.Runner`, `new_event_loop`, `set_event_loop` and `get_event_loop` outside a running
 * loop, as CPython 3.13's runners.py and events.py (the default policy's current loop).
 */
import { PyCoroutine } from '../coro';
import { NotSupportedError, PyError, runtimeError, typeError, valueError } from '../errors';
import { repr } from '../repr';
import { rt } from '../runtime';
import type { Runtime } from '../runtime';
import type { Value } from '../values';
import { PyObject, PyType, Types, typeName } from '../values';
import { PyLoop, createTask, pyLoopOf } from './loopobj';
import { shutdownLoop } from './run';

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

export function newEventLoop(): PyLoop {
  return new PyLoop();
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
  if (r.loop) return pyLoopOf(r.loop);
  const p = policy();
  if (!p.loop && !p.setCalled) {
    r.emit({
      type: 'warning',
      t: r.time,
      text: 'DeprecationWarning: There is no current event loop',
    });
    setEventLoop(newEventLoop());
  }
  if (!p.loop) throw runtimeError("There is no current event loop in thread 'MainThread'.");
  return p.loop;
}

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
      this.loop = newEventLoop();
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
