/**
 * The state of the run in progress. A run is synchronous from start to end, so the
 * engine keeps one current `Runtime` instead of threading it through every call.
 */
import type { EngineEvent } from './events';
import type { EventLog } from './log';
import { Exc, LimitError, pyErr } from './errors';
import { Random } from './random';
import type { PyDict, PyModule, Value } from './values';
import type { Frame } from './frame';
import type { NodeMarks } from '../python/calls';
import { count, LIMITS, limitPhrase } from '../limits';

export interface RunLimits {
  /** Statements executed. */
  maxStatements: number;
  maxEvents: number;
  /** Virtual seconds. */
  maxTime: number;
  /** Characters printed. */
  maxOutput: number;
  /** Bytes of Python objects (and kept events) the run makes; see `charge`. */
  maxMemory: number;
}

export const DEFAULT_LIMITS: RunLimits = {
  maxStatements: LIMITS.statements.value,
  maxEvents: LIMITS.events.value,
  maxTime: LIMITS.virtualTime.value,
  maxOutput: LIMITS.output.value,
  maxMemory: LIMITS.memory.value,
};

/**
 * Asked every few thousand statements (and every few megabytes made) whether the run should
 * stop: null to go on, or the message to stop with. The engine reads no clock; the host
 * (the CLI, the page's worker) injects one through this.
 */
export type ShouldStop = () => string | null;

/** The statements between two calls of `ShouldStop` (a power of two, minus one). */
const POLL_STATEMENTS = 0xfff;
/** The bytes made between two calls of `ShouldStop`: big results take time to make too. */
const POLL_BYTES = 4 * 1024 * 1024;

/** A stop at a wall-clock budget: `now` is the host's clock in milliseconds. */
export function wallClock(seconds: number, now: () => number): ShouldStop {
  const end = now() + seconds * 1000;
  return () =>
    now() > end ? `the run took more than ${count(seconds)} s ${limitPhrase('seconds')}` : null;
}

/** Python's default recursion limit. */
export const RECURSION_LIMIT = LIMITS.recursion.value;

/**
 * From this call depth on, plain functions run on `deep.ts`'s trampoline: low enough that
 * the synchronous executor's JS frames above it fit in a browser worker's stack.
 */
export const DEEP_CALLS_FROM = 48;

/*
 * What the Runtime holds of the layers above it, as the few members it and its low-level
 * readers use. The concrete classes (loop.ts's EventLoop, asyncio/task.ts's Task,
 * coro.ts's coroutines, generator.ts's and async-gen.ts's generators) fit these shapes; a
 * module that needs more narrows with `instanceof` (`activeLoop` in loop.ts, `currentTask`
 * in asyncio/support.ts). So this file names none of them, and the modules below the
 * evaluator form no cycle with it.
 */

/** The running event loop (loop.ts's `EventLoop`). */
export interface LoopLike {
  /** Its virtual clock, in seconds. */
  time: number;
  emit(e: EngineEvent): void;
  /** The future whose wakeup handle runs now: it holds it, for unawaited.ts's scan. */
  readonly handleArg: unknown;
}

/** A task (asyncio/task.ts's `Task`). */
export interface TaskLike {
  readonly id: number;
  done(): boolean;
  /** The task's coroutine (a Task's; none for the other steps that set `current`). */
  readonly coro?: CoroLike;
}

/** A coroutine object (coro.ts's `PyCoroutine`), pending while it is `created`. */
export interface CoroLike {
  readonly state: 'created' | 'running' | 'closed';
}

/** A started generator (generator.ts's `PyGenerator`), checked by gen-life.ts at exit. */
export interface GenLike {
  readonly qualname: string;
  readonly finished: boolean;
  /** Null for a library generator, and once finished. */
  readonly frame: Frame | null;
}

/** An async generator asyncio's firstiter hook has seen (async-gen.ts's `PyAsyncGenerator`). */
export interface AsyncGenLike {
  readonly qualname: string;
  readonly finished: boolean;
  readonly frame: Frame;
  /** An aclose() began (CPython's `ag_closed`). */
  readonly aclosed: boolean;
  /** The engine scheduled the task that closes it. */
  readonly closing: boolean;
}

export class Runtime {
  statements = 0;
  rangeItems = 0;
  /** Python call depth of the code now running (per task; saved across suspensions). */
  depth = 0;
  output = 0;
  loop: LoopLike | null = null;
  /** The task whose step is running, if any. */
  current: TaskLike | null = null;
  /** The program's module namespace, for `globals()`. */
  moduleGlobals: Map<string, Value> | null = null;
  /** The dict made for each namespace so far (`vars(a) is vars(a)`; namespaces.ts). */
  readonly namespaceDicts = new WeakMap<Map<string, Value>, PyDict>();
  /** `frames.length` when the current task's step began: frames above it run inside the step. */
  stepBase = 0;
  /** The current `contextvars` context: each context variable's value in it. */
  context = new Map<object, Value>();
  /** Task-N counter, as asyncio's `_task_name_counter`. */
  taskCounter = 0;
  nextTaskId = 1;
  /** Handle ids go on from one event loop to the next, as task ids do. */
  nextHandleId = 1;
  readonly random = new Random();
  /** The modules imported so far in this run (`sys.modules`), by name. */
  readonly modules = new Map<string, PyModule>();
  /** Every task of the run, in creation order (asyncio.run cancels leftovers in this order). */
  readonly tasks: TaskLike[] = [];
  /** Coroutine objects made and not started, nor given to a task (unawaited.ts). */
  readonly pending: CoroLike[] = [];
  /** The frames running on the synchronous executor, the module's first (unawaited.ts). */
  readonly frames: Frame[] = [];
  /** What the evaluator holds mid-statement while a coroutine is pending (unawaited.ts). */
  readonly temps: unknown[] = [];
  /** What library objects made by a call keep of its arguments, as far as we know. */
  readonly heldBy = new WeakMap<object, readonly unknown[]>();
  /** What the program's loop callbacks not run yet hold (`call_soon(f, x)`: f and x). */
  readonly loopHeld = new Set<unknown>();
  /** The variables of frames that ended, which their closures no longer hold for us. */
  readonly clearedEnvs = new WeakSet<object>();
  /**
   * Pending coroutines that a frame left by an exception held: its traceback keeps them
   * for as long as the exception lives, which we do not follow (unawaited.ts).
   */
  readonly tracebackHeld = new WeakSet<object>();
  /** The made-up address of each object whose repr shows one (`<function f at 0x...>`). */
  readonly addresses = new WeakMap<object, string>();
  /** An exception object was bound to a variable: frames may now outlive their calls (gen-life.ts). */
  excHeld = false;
  /** Started generators whose finalization can show (gen-life.ts checks them at exit). */
  readonly guardedGens = new Set<GenLike>();
  /** Async generators asyncio's firstiter hook has seen, in that order (gen-life.ts). */
  readonly hookedAgens: AsyncGenLike[] = [];
  nextAddress = 0x7f0000001000;
  /** Identities of objects inside hash keys (a frozenset of functions), by first use. */
  readonly objectIds = new WeakMap<object, number>();
  nextObjectId = 1;
  /** Clock when no loop is running (time.sleep before asyncio.run moves it too). */
  private idleTime = 0;

  /** The call depth from which plain functions run on the trampoline (`deep.ts`). */
  deepCallsFrom = DEEP_CALLS_FROM;
  /** Bytes of Python objects counted so far (`charge`); kept events count in `log.bytes`. */
  allocated = 0;
  private madeSincePoll = 0;
  shouldStop: ShouldStop | null = null;
  /**
   * For tests: every frame that can run on the generator executor runs every statement
   * and expression it can there, not only those that may suspend (see `markCalls`).
   */
  suspendEverywhere = false;
  /** What `markCalls` marked in this run's functions: a side table, the AST stays as parsed. */
  readonly marks: NodeMarks = new WeakSet();

  constructor(
    readonly log: EventLog,
    readonly limits: RunLimits,
    readonly filename: string,
    readonly traceLines: boolean,
  ) {}

  get time(): number {
    return this.loop ? this.loop.time : this.idleTime;
  }

  set time(t: number) {
    if (this.loop) this.loop.time = t;
    else this.idleTime = t;
  }

  emit(e: EngineEvent): void {
    if (this.loop) this.loop.emit(e);
    else this.log.push(e);
  }

  /** One Python frame more (a call or an await): RecursionError past the recursion limit. */
  enterFrame(): void {
    if (this.depth >= RECURSION_LIMIT - 1)
      throw pyErr(Exc.RecursionError, 'maximum recursion depth exceeded');
    this.depth++;
  }

  countStatement(): void {
    if (++this.statements > this.limits.maxStatements) throw this.statementLimit();
    if ((this.statements & POLL_STATEMENTS) === 0) this.poll();
  }

  /**
   * `bytes` more of Python objects, counted before they are made: the run stops at the
   * memory limit instead of taking the tab (or the CLI) down with it. Memory freed later is
   * not given back, so the count is what the run made, not what it holds.
   */
  charge(bytes: number): void {
    if ((this.allocated += bytes) + this.log.bytes > this.limits.maxMemory) {
      throw this.memoryLimit();
    }
    if ((this.madeSincePoll += bytes) > POLL_BYTES) this.poll();
  }

  /** Checks the memory count (kept events grow it too) and asks the host whether to stop. */
  poll(): void {
    this.madeSincePoll = 0;
    if (this.allocated + this.log.bytes > this.limits.maxMemory) throw this.memoryLimit();
    const why = this.shouldStop?.();
    if (why) throw new LimitError('seconds', why);
  }

  /**
   * Builtins such as `sum(range(10**12))` or `list(range(10**9))` run through a range without
   * executing a statement: its items have a budget of their own, as large as the statements'.
   */
  countRangeItem(): void {
    if (++this.rangeItems > this.limits.maxStatements) throw this.statementLimit();
    if ((this.rangeItems & POLL_STATEMENTS) === 0) this.poll();
  }

  /** `n` range items at once (`list(range(n))` makes them without a step each). */
  countRangeItems(n: number): void {
    this.rangeItems += n;
    if (this.rangeItems > this.limits.maxStatements) throw this.statementLimit();
    this.poll();
  }

  /** Outside a loop (a `time.sleep` before `asyncio.run`), the clock has the loop's limit too. */
  checkTime(): void {
    if (this.time > this.limits.maxTime) {
      throw new LimitError(
        'time',
        `virtual time passed ${count(this.limits.maxTime)} s ${limitPhrase('virtualTime')}`,
      );
    }
  }

  private memoryLimit(): LimitError {
    const mb = count(Math.round(this.limits.maxMemory / (1024 * 1024)));
    return new LimitError(
      'memory',
      `the run made more than ${mb} MB of Python objects ${limitPhrase('memory')}`,
    );
  }

  private statementLimit(): LimitError {
    return new LimitError(
      'statements',
      `the program executed more than ${count(this.limits.maxStatements)} statements ${limitPhrase('statements')}; is there a loop that never awaits or ends?`,
    );
  }
}

let current: Runtime | null = null;

export function rt(): Runtime {
  if (!current) throw new Error('no run in progress');
  return current;
}

/** Runs `f` with `r` as the current runtime. */
export function withRuntime<T>(r: Runtime, f: () => T): T {
  const saved = current;
  current = r;
  try {
    return f();
  } finally {
    current = saved;
  }
}
