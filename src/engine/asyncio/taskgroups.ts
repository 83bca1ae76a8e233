/** asyncio.TaskGroup, as CPython 3.13's taskgroups.py (tasks kept in creation order). */
import { PyCoroutine, awaitValue, nativeCoro } from '../coro';
import type { Gen } from '../coro';
import { Exc, PyError, isSubclass, runtimeError, typeError } from '../errors';
import type { Value } from '../values';
import { PyExc, PyList, PyObject, PyType, Types } from '../values';
import { Future, waitDetail } from './futures';
import { Task } from './task';
import type { Callback } from './futures';
import { currentTask } from './support';
import { repr, str } from '../repr';

export const TaskGroupType = new PyType('TaskGroup', Types.object, null, 'asyncio.taskgroups');

export class PyTaskGroup extends PyObject {
  entered = false;
  exiting = false;
  aborting = false;
  parentTask: Task | null = null;
  parentCancelRequested = false;
  /** CPython keeps a set; insertion order makes the simulation (and the oracle) deterministic. */
  readonly tasks = new Set<Task>();
  errors: PyExc[] = [];
  baseError: PyExc | null = null;
  onCompletedFut: Future | null = null;
  private readonly onTaskDone: Callback = (t) => this.taskDone(t as Task);

  get cls() {
    return TaskGroupType;
  }

  aenter(): PyCoroutine {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const tg = this;
    // eslint-disable-next-line require-yield
    return nativeCoro('TaskGroup.__aenter__', function* (): Gen {
      if (tg.entered) throw runtimeError(`TaskGroup ${tg.pyRepr()} has already been entered`);
      tg.parentTask = currentTask();
      if (!tg.parentTask)
        throw runtimeError(`TaskGroup ${tg.pyRepr()} cannot determine the parent task`);
      tg.entered = true;
      return tg;
    });
  }

  aexit(exc: PyExc | null): PyCoroutine {
    return nativeCoro('TaskGroup.__aexit__', (self) => this.exit(self, exc));
  }

  private isBaseError(e: PyExc): boolean {
    return isSubclass(e.type, Exc.SystemExit) || isSubclass(e.type, Exc.KeyboardInterrupt);
  }

  private *exit(self: { awaiting: unknown }, exc: PyExc | null): Gen {
    this.exiting = true;
    if (exc && this.isBaseError(exc) && !this.baseError) this.baseError = exc;
    let propagate: PyExc | null = exc && isSubclass(exc.type, Exc.CancelledError) ? exc : null;
    if (exc && !this.aborting) this.abort();
    while (this.tasks.size) {
      if (!this.onCompletedFut) this.onCompletedFut = new Future();
      this.onCompletedFut.wait = waitDetail('TaskGroup.__aexit__()');
      try {
        yield* awaitValue(self, this.onCompletedFut);
      } catch (e) {
        if (!(e instanceof PyError) || !isSubclass(e.exc.type, Exc.CancelledError)) throw e;
        if (!this.aborting) {
          propagate = e.exc;
          this.abort();
        }
      }
      this.onCompletedFut = null;
    }
    if (this.baseError) throw new PyError(this.baseError);
    if (this.parentCancelRequested && this.parentTask!.uncancel() === 0) propagate = null;
    if (propagate && this.errors.length === 0) throw new PyError(propagate);
    if (exc && !isSubclass(exc.type, Exc.CancelledError)) this.errors.push(exc);
    if (this.errors.length) {
      if (this.parentTask!.numCancelsRequested) {
        this.parentTask!.uncancel();
        this.parentTask!.cancel();
      }
      const all = this.errors.every((e) => isSubclass(e.type, Exc.Exception));
      const group = new PyExc(all ? Exc.ExceptionGroup : Exc.BaseExceptionGroup, [
        'unhandled errors in a TaskGroup',
        new PyList(this.errors),
      ]);
      group.suppressContext = true;
      this.errors = [];
      throw new PyError(group);
    }
    return null;
  }

  createTask(coro: Value, name: string | null): Task {
    if (!(coro instanceof PyCoroutine))
      throw typeError(`a coroutine was expected, got ${repr(coro)}`);
    if (!this.entered) throw runtimeError(`TaskGroup ${this.pyRepr()} has not been entered`);
    if (this.exiting && this.tasks.size === 0)
      throw runtimeError(`TaskGroup ${this.pyRepr()} is finished`);
    if (this.aborting) throw runtimeError(`TaskGroup ${this.pyRepr()} is shutting down`);
    const task = new Task(coro, name);
    if (task.done()) this.taskDone(task);
    else {
      this.tasks.add(task);
      task.addDoneCallback(this.onTaskDone);
    }
    return task;
  }

  private abort(): void {
    this.aborting = true;
    for (const t of this.tasks) if (!t.done()) t.cancel();
  }

  private taskDone(task: Task): void {
    this.tasks.delete(task);
    if (this.onCompletedFut && this.tasks.size === 0 && !this.onCompletedFut.done())
      this.onCompletedFut.setResult(true);
    if (task.cancelled()) return;
    const exc = task.getException();
    if (!exc) return;
    this.errors.push(exc);
    if (this.isBaseError(exc) && !this.baseError) this.baseError = exc;
    if (this.parentTask!.done()) return;
    if (!this.aborting && !this.parentCancelRequested) {
      this.abort();
      this.parentCancelRequested = true;
      this.parentTask!.cancel();
    }
  }

  pyRepr(): string {
    const info: string[] = [''];
    if (this.tasks.size) info.push(`tasks=${this.tasks.size}`);
    if (this.errors.length) info.push(`errors=${this.errors.length}`);
    if (this.aborting) info.push('cancelling');
    else if (this.entered) info.push('entered');
    return `<TaskGroup${info.join(' ')}>`;
  }
}

TaskGroupType.methods.set('create_task', (s, a, kw) => {
  const name = kw?.get('name') ?? null;
  return (s as PyTaskGroup).createTask(a[0] ?? null, name === null ? null : str(name));
});
