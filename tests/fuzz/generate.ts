/**
 * Random asyncio programs for the differential fuzzer (tests/fuzz/run.ts).
 *
 * `generateProgram(seed)` writes a small, valid, terminating Python program in the subset
 * the engine supports: a few `async def` coroutines `f0 … fK` (each may await only the ones
 * before it, so there is no recursion), helper coroutines for the library patterns (queue
 * producers and consumers, event waiters, lock and semaphore users, `sleep(0)` spinners,
 * tasks that swallow a cancel) and a `main` that mixes them. Loops are bounded, every event
 * waiter has a setter in the same snippet and every queue's puts and gets balance, so a
 * program ends on its own; what is left pending when `main` returns is cancelled by
 * `asyncio.run`.
 *
 * Deterministic: its own PRNG (mulberry32), never `Math.random`. Avoided on purpose:
 * - what CPython decides by memory address or string hash: object reprs with addresses
 *   (tasks, coroutines, events), sets of strings, `asyncio.all_tasks()`, several async
 *   generators alive at loop close (`shutdown_asyncgens` closes them in weak-set order);
 * - what CPython decides by reference counts the engine does not follow: an async generator
 *   left suspended in a variable (finalized by an `aclose()` task when its last reference
 *   goes, possibly a traceback's), even one whose `__anext__()` was only called; a coroutine
 *   passed to a call and then dropped (its never-awaited warning);
 * - oracle artifacts: `type(print)` (the tracer's own print), `OSError(errno, ...)` subclasses.
 * The pieces in snippets-more.ts add wait, as_completed, shield, conditions, barriers, all the
 * queues, classes and coroutines handed around.
 */

import {
  asCompletedSnippet,
  barrierSnippet,
  classSnippet,
  conditionSnippet,
  passedCoroSnippet,
  queueKindsSnippet,
  shieldSnippet,
  waitSnippet,
} from './snippets-more.ts';
import type { SnippetKit } from './snippets-more.ts';

/** mulberry32: a tiny seeded 32-bit PRNG, floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  weighted<T>(items: readonly (readonly [number, T])[]): T {
    const total = items.reduce((s, [w]) => s + w, 0);
    let r = this.next() * total;
    for (const [w, v] of items) {
      if (r < w) return v;
      r -= w;
    }
    return items[items.length - 1]![1];
  }
}

const IND = '    ';
const ind = (n: number): string => IND.repeat(n);

/** Where a statement is being generated. */
interface Ctx {
  /** Name of the enclosing coroutine (for printed labels). */
  fn: string;
  /** Indices of the `fN` coroutines this body may await. */
  callable: number[];
  /** Int-valued names in scope. */
  ints: string[];
  /** Block nesting depth. */
  depth: number;
  /** How many times this body runs per call (loops multiply). */
  mult: number;
  /** Estimated work so far and the budget for this function. */
  cost: { n: number; limit: number };
  main: boolean;
  inLoop: boolean;
  /** Inside a TaskGroup body / timeout block: fewer nested library snippets. */
  inLib: boolean;
}

const DELAYS = ['0', '0.1', '0.25', '0.5', '1', '1.5', '2', '3'];
const ODD_DELAYS = ['0.1 + 0.2', '0.3', '1 / 3', '0.05', '0.7 - 0.2', '2 * 0.15', '0.001'];
const TIMEOUTS = ['0', '0.1', '0.3', '0.5', '1', '1.2', '2', '4', 'None'];
const EXCS = ['ValueError', 'KeyError', 'ZeroDivisionError'] as const;

class ProgramGen {
  private readonly rng: Rng;
  private readonly helpers = new Map<string, string[]>();
  private readonly helperOrder: string[] = [];
  private readonly fnCost: number[] = [];
  private fresh = 0;
  private readonly seed: number;
  /** A top-level `LIMIT = N` that loops may use. */
  private limit = 0;

  constructor(seed: number) {
    this.seed = seed;
    this.rng = new Rng(seed);
  }

  private name(prefix: string): string {
    this.fresh += 1;
    return `${prefix}${this.fresh}`;
  }

  // ---- small pieces ----

  private delay(ctx: Ctx): string {
    const r = this.rng;
    return r.weighted<() => string>([
      [8, () => r.pick(DELAYS)],
      [2, () => r.pick(ODD_DELAYS)],
      [ctx.ints.length ? 2 : 0, () => `${r.pick(ctx.ints)} * ${r.pick(['0.1', '0.25', '0.5'])}`],
    ])();
  }

  private intExpr(ctx: Ctx): string {
    const r = this.rng;
    if (ctx.ints.length === 0 || r.chance(0.35)) return String(r.int(0, 4));
    const v = r.pick(ctx.ints);
    return r.weighted<string>([
      [4, v],
      [2, `${v} + 1`],
      [1, `${v} * 2`],
      [1, `(${v} + ${r.int(1, 3)}) % 5`],
    ]);
  }

  private anyVal(ctx: Ctx): string {
    return ctx.ints.length && this.rng.chance(0.7)
      ? this.rng.pick(ctx.ints)
      : String(this.rng.int(0, 9));
  }

  private afford(ctx: Ctx, c: number): boolean {
    return ctx.cost.n + c * ctx.mult <= ctx.cost.limit;
  }

  private spend(ctx: Ctx, c: number): void {
    ctx.cost.n += c * ctx.mult;
  }

  /** A call `fJ(arg)` of a coroutine this body may await, or null when none fits the budget. */
  private call(ctx: Ctx, extra = 1): string | null {
    const ok = ctx.callable.filter((j) => this.afford(ctx, (this.fnCost[j] ?? 1) * extra));
    if (ok.length === 0) return null;
    const j = this.rng.pick(ok);
    this.spend(ctx, (this.fnCost[j] ?? 1) * extra);
    return `f${j}(${this.intExpr(ctx)})`;
  }

  /** An awaitable for gather / wait_for / create_task: a call, or a bare sleep. */
  private awaitable(ctx: Ctx, allowSleep = true): string {
    const c = this.rng.chance(allowSleep ? 0.85 : 1) ? this.call(ctx) : null;
    if (c) return c;
    this.spend(ctx, 1);
    return this.rng.chance(0.5)
      ? `asyncio.sleep(${this.rng.pick(['0', '0.1', '0.5', '1'])}, ${this.anyVal(ctx)})`
      : `asyncio.sleep(${this.rng.pick(['0.2', '1', '0.1 + 0.2'])})`;
  }

  private label(ctx: Ctx): string {
    return `'${ctx.fn}'`;
  }

  private printStmt(ctx: Ctx): string {
    const r = this.rng;
    const v = this.anyVal(ctx);
    const l = this.label(ctx);
    this.spend(ctx, 1);
    return r.weighted<() => string>([
      [4, () => `print(${l}, ${v})`],
      [2, () => `print(f'${ctx.fn}: {${v}:>3} {${v} / 4:.2f} {${v}:03d}')`],
      [1, () => `print(f'{${v}!r:<4}|{${v} * 1.5:^9.3f}|{${v}:+d}|{${v}:#x}|{${v} * 1000:,}')`],
      [1, () => `print(f'{${v} / 7:.3e} {${v} / 8:.1%} {str(${v}):*^7} {${v} * 0.1}')`],
      [2, () => `print([${v}, '${ctx.fn}', None, True, ${v} / 2], (${v},), {'k': ${v}})`],
      [2, () => `print(${l}, random.randint(1, 100))`],
      [1, () => `print(f'{random.random():.4f}', random.choice(['a', 'b', 'c']))`],
      [1, () => `print(random.uniform(0, ${v} + 1))`],
      [2, () => `print(${l}, 'at', f'{time.monotonic():.3f}')`],
      [1, () => `print(time.perf_counter())`],
      [2, () => `print(asyncio.current_task().get_name(), ${v})`],
      [1, () => `print(${v} // 3, ${v} % 3, -${v} // 2, ${v} ** 2, ${v} / 3)`],
      [1, () => `print(str(${v}).zfill(3), hex(${v}), f'{${v}:08.3f}', sep=' | ')`],
      [1, () => `print(${l}, ${v}, end='')`],
      [1, () => `print(f'{${l}!r} {[${v}] * 2} {${v} > 2}')`],
    ])();
  }

  /** A statement that raises in some runs (depends on the value of an int in scope). */
  private raiseStmt(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    const v = ctx.ints.length ? r.pick(ctx.ints) : null;
    const cond = v
      ? r.pick([`${v} == ${r.int(0, 4)}`, `${v} % 2 == 1`, `${v} > ${r.int(1, 4)}`])
      : r.pick(['random.randint(0, 3) == 0', 'random.random() < 0.5', 'True']);
    const exc = r.pick(EXCS);
    this.spend(ctx, 1);
    const tail = v ?? '0';
    if (exc === 'ZeroDivisionError' && r.chance(0.5)) {
      // a real division by zero, CPython's own message
      return [
        `${ind(n)}if ${cond}:`,
        `${ind(n + 1)}print(${this.label(ctx)}, 10 // (${tail} - ${tail}))`,
      ];
    }
    if (exc === 'KeyError' && r.chance(0.5)) {
      return [`${ind(n)}if ${cond}:`, `${ind(n + 1)}print({'a': 1}['k${r.int(0, 9)}'])`];
    }
    if (exc === 'ValueError' && r.chance(0.3)) {
      return [`${ind(n)}if ${cond}:`, `${ind(n + 1)}print(int('x${r.int(0, 9)}'))`];
    }
    const arg = r.pick([
      `f'bad {${tail}}'`,
      `${tail}`,
      `'${ctx.fn}'`,
      '',
      `'a', ${tail}`,
      `"it's"`,
    ]);
    if (r.chance(0.15)) {
      return [
        `${ind(n)}if ${cond}:`,
        `${ind(n + 1)}try:`,
        `${ind(n + 2)}raise KeyError(${tail})`,
        `${ind(n + 1)}except KeyError as e:`,
        `${ind(n + 2)}raise ${exc}(${arg}) from e`,
      ];
    }
    return [`${ind(n)}if ${cond}:`, `${ind(n + 1)}raise ${exc}(${arg})`];
  }

  // ---- helpers (module-level coroutines for the library patterns) ----

  /** What the pieces in snippets-more.ts use of this generator. */
  private kit(): SnippetKit<Ctx> {
    const r = this.rng;
    return {
      int: (lo, hi) => r.int(lo, hi),
      chance: (p) => r.chance(p),
      pick: (xs) => r.pick(xs),
      name: (prefix) => this.name(prefix),
      awaitable: (ctx) => this.awaitable(ctx),
      label: (ctx) => this.label(ctx),
      spend: (ctx, c) => this.spend(ctx, c),
      helper: (name, make) => this.helper(name, make),
    };
  }

  private helper(name: string, make: () => string[]): string {
    if (!this.helpers.has(name)) {
      this.helpers.set(name, make());
      this.helperOrder.push(name);
    }
    return name;
  }

  private maybeSleep(n: number, p = 0.6): string[] {
    if (!this.rng.chance(p)) return [];
    const d = this.rng.pick(['0', '0.1', '0.2', '0.25', '0.5', 'd']);
    return [`${ind(n)}await asyncio.sleep(${d})`];
  }

  private producer(): string {
    return this.helper('producer', () => [
      'async def producer(q, n, tag, d):',
      `${IND}for i in range(n):`,
      ...this.maybeSleep(2, 0.4),
      `${ind(2)}await q.put(f'{tag}{i}')`,
      `${ind(2)}print(tag, 'put', i, q.qsize(), q.full())`,
      ...this.maybeSleep(2),
      `${IND}print(tag, 'produced', n)`,
    ]);
  }

  private consumer(): string {
    return this.helper('consumer', () => {
      const ret = this.rng.chance(0.5);
      return [
        'async def consumer(q, n, tag, d):',
        ...(ret ? [`${IND}got = []`] : []),
        `${IND}for _ in range(n):`,
        `${ind(2)}item = await q.get()`,
        `${ind(2)}print(tag, 'got', item, q.qsize())`,
        ...(ret ? [`${ind(2)}got.append(item)`] : []),
        ...this.maybeSleep(2),
        `${ind(2)}q.task_done()`,
        ret ? `${IND}return got` : `${IND}return n`,
      ];
    });
  }

  private worker(): string {
    return this.helper('worker', () => {
      const catchCancel = this.rng.chance(0.4);
      const body = [
        `${ind(catchCancel ? 3 : 2)}item = await q.get()`,
        ...this.maybeSleep(catchCancel ? 3 : 2, 0.8).map((s) => s.replace('(d)', '(0.3)')),
        `${ind(catchCancel ? 3 : 2)}print(tag, 'handled', item)`,
        `${ind(catchCancel ? 3 : 2)}q.task_done()`,
      ];
      if (!catchCancel) return ['async def worker(q, tag):', `${IND}while True:`, ...body];
      return [
        'async def worker(q, tag):',
        `${IND}try:`,
        `${ind(2)}while True:`,
        ...body,
        `${IND}except asyncio.CancelledError:`,
        `${ind(2)}print(tag, 'stopping')`,
        `${ind(2)}raise`,
      ];
    });
  }

  private waiter(): string {
    return this.helper('waiter', () => [
      'async def waiter(ev, tag):',
      `${IND}print(tag, 'waits', ev.is_set())`,
      `${IND}await ev.wait()`,
      `${IND}print(tag, 'released', ev.is_set())`,
      ...this.maybeSleep(1, 0.4).map((s) => s.replace('(d)', '(0.1)')),
      `${IND}return tag`,
    ]);
  }

  private setter(): string {
    return this.helper('setter', () => {
      const clear = this.rng.chance(0.4);
      return [
        'async def setter(ev, d):',
        `${IND}await asyncio.sleep(d)`,
        `${IND}print('set at', time.monotonic())`,
        `${IND}ev.set()`,
        ...(clear ? [`${IND}ev.clear()`, `${IND}print('cleared', ev.is_set())`] : []),
      ];
    });
  }

  private guarded(): string {
    return this.helper('guarded', () => {
      if (this.rng.chance(0.7)) {
        return [
          'async def guarded(lock, tag, d):',
          `${IND}print(tag, 'wants lock', lock.locked())`,
          `${IND}async with lock:`,
          `${ind(2)}print(tag, 'has lock')`,
          `${ind(2)}await asyncio.sleep(d)`,
          ...this.maybeSleep(2, 0.3).map((s) => s.replace('(d)', '(0)')),
          `${IND}print(tag, 'released', lock.locked())`,
          `${IND}return tag`,
        ];
      }
      return [
        'async def guarded(lock, tag, d):',
        `${IND}await lock.acquire()`,
        `${IND}try:`,
        `${ind(2)}print(tag, 'acquired')`,
        `${ind(2)}await asyncio.sleep(d)`,
        `${IND}finally:`,
        `${ind(2)}lock.release()`,
        `${IND}return tag`,
      ];
    });
  }

  private limited(): string {
    return this.helper('limited', () => [
      'async def limited(sem, tag, d):',
      `${IND}async with sem:`,
      `${ind(2)}print(tag, 'in', f'{time.monotonic():.2f}')`,
      `${ind(2)}await asyncio.sleep(d)`,
      ...(this.rng.chance(0.3) ? [`${ind(2)}if d > 1:`, `${ind(3)}raise ValueError(tag)`] : []),
      `${IND}print(tag, 'out')`,
      `${IND}return d`,
    ]);
  }

  private spinner(): string {
    return this.helper('spinner', () => [
      'async def spinner(tag, n):',
      `${IND}for i in range(n):`,
      `${ind(2)}print(tag, i)`,
      `${ind(2)}await asyncio.sleep(0)`,
      ...(this.rng.chance(0.3) ? [`${ind(2)}if i == 2:`, `${ind(3)}time.sleep(0.5)`] : []),
      `${IND}return tag * n`,
    ]);
  }

  private stubborn(): string {
    return this.helper('stubborn', () => {
      const r = this.rng;
      const after = r.pick([
        [`${ind(2)}raise`],
        [`${ind(2)}return 'swallowed'`],
        [
          `${ind(2)}await asyncio.sleep(0.1)`,
          `${ind(2)}print(tag, 'cleaned up')`,
          `${ind(2)}raise`,
        ],
        [`${ind(2)}await asyncio.sleep(0)`, `${ind(2)}return 'late'`],
        [
          `${ind(2)}asyncio.create_task(asyncio.sleep(0.1, 'spawned'), name='spawned')`,
          `${ind(2)}raise`,
        ],
      ]);
      return [
        'async def stubborn(tag, d):',
        `${IND}try:`,
        `${ind(2)}await asyncio.sleep(d)`,
        `${IND}except asyncio.CancelledError:`,
        `${ind(2)}print(tag, 'got cancel', asyncio.current_task().cancelling())`,
        ...after,
        ...(r.chance(0.4) ? [`${IND}finally:`, `${ind(2)}print(tag, 'finally')`] : []),
        `${IND}return tag`,
      ];
    });
  }

  // ---- statements ----

  /** A list of statements at indent n. */
  private block(ctx: Ctx, n: number, lo: number, hi: number): string[] {
    const out: string[] = [];
    const count = this.rng.int(lo, hi);
    for (let i = 0; i < count; i++) out.push(...this.stmt(ctx, n));
    if (out.length === 0) {
      this.spend(ctx, 1);
      out.push(`${ind(n)}await asyncio.sleep(${this.delay(ctx)})`);
    }
    return out;
  }

  private sub(ctx: Ctx, over: Partial<Ctx>): Ctx {
    return { ...ctx, depth: ctx.depth + 1, ...over };
  }

  private stmt(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    const deep = ctx.depth >= 2;
    const lib = !ctx.inLib && ctx.depth < 2;
    const m = ctx.main ? 2 : 1;
    type G = () => string[];
    const choices: [number, G][] = [
      [5, () => this.sleepStmt(ctx, n)],
      [5, () => [`${ind(n)}${this.printStmt(ctx)}`]],
      [ctx.callable.length ? 6 : 0, () => this.callStmt(ctx, n)],
      [ctx.main ? 1 : 3, () => this.raiseStmt(ctx, n)],
      [
        1,
        () => (this.spend(ctx, 1), [`${ind(n)}time.sleep(${r.pick(['0.1', '0.5', '1', '0.05'])})`]),
      ],
      [deep ? 0 : 2, () => this.forStmt(ctx, n)],
      [deep ? 0 : 1, () => this.whileStmt(ctx, n)],
      [deep ? 0 : 2, () => this.ifStmt(ctx, n)],
      [deep ? 0 : 2, () => this.tryStmt(ctx, n)],
      [lib ? 3 * m : 0, () => this.taskSnippet(ctx, n)],
      [lib ? 3 * m : 0, () => this.gatherSnippet(ctx, n)],
      [lib ? 1.5 * m : 0, () => this.waitForSnippet(ctx, n)],
      [lib ? 1.5 * m : 0, () => this.timeoutSnippet(ctx, n)],
      [lib ? 1.5 * m : 0, () => this.taskGroupSnippet(ctx, n)],
      [lib ? 1 * m : 0, () => this.queueSnippet(ctx, n)],
      [lib ? 1 * m : 0, () => this.eventSnippet(ctx, n)],
      [lib ? 1 * m : 0, () => this.lockSnippet(ctx, n)],
      [lib ? 1 * m : 0, () => this.semSnippet(ctx, n)],
      [lib ? 1 * m : 0, () => this.spinSnippet(ctx, n)],
      [lib ? 1 * m : 0, () => this.cancelSnippet(ctx, n)],
      [lib && !ctx.inLoop ? 1 : 0, () => this.innerSnippet(ctx, n)],
      [lib ? 1 * m : 0, () => this.callbackSnippet(ctx, n)],
      [lib ? 1 * m : 0, () => this.gatherCancelSnippet(ctx, n)],
      [lib ? 1 * m : 0, () => this.sharedTaskSnippet(ctx, n)],
      [lib ? 1 * m : 0, () => this.asyncGenSnippet(ctx, n)],
      [lib ? 1 * m : 0, () => this.handoffSnippet(ctx, n)],
      [lib ? 1 * m : 0, () => this.queueTimeoutSnippet(ctx, n)],
      [lib ? 0.7 * m : 0, () => this.nestedTimeoutSnippet(ctx, n)],
      [lib ? 0.5 : 0, () => this.selfCancelSnippet(ctx, n)],
      [0.3, () => this.neverAwaitedSnippet(ctx, n)],
      [2, () => this.exprSnippet(ctx, n)],
      [lib ? 1 * m : 0, () => this.timerStormSnippet(ctx, n)],
      [lib ? 0.7 * m : 0, () => this.crossCancelSnippet(ctx, n)],
      [lib ? 0.7 * m : 0, () => this.stubbornWaitSnippet(ctx, n)],
      [0.7, () => this.clockSnippet(ctx, n)],
      [0.3, () => this.oddAwaitSnippet(ctx, n)],
      [1.5, () => this.builtinErrorSnippet(ctx, n)],
      [lib && !ctx.inLoop ? 0.7 * m : 0, () => this.sharedStateSnippet(ctx, n)],
      [0.5, () => this.multilinePrintSnippet(ctx, n)],
      [lib && !ctx.inLoop ? 1 * m : 0, () => this.chainSnippet(ctx, n)],
      [lib ? 1 * m : 0, () => this.futureSnippet(ctx, n)],
      [2, () => this.pythonSnippet(ctx, n)],
      [1, () => this.finallyAwaitSnippet(ctx, n)],
      [lib ? 1 * m : 0, () => waitSnippet(this.kit(), ctx, n)],
      [lib ? 1 * m : 0, () => asCompletedSnippet(this.kit(), ctx, n)],
      [lib ? 0.7 * m : 0, () => shieldSnippet(this.kit(), ctx, n)],
      [lib ? 0.7 * m : 0, () => conditionSnippet(this.kit(), ctx, n)],
      [lib ? 0.5 * m : 0, () => barrierSnippet(this.kit(), ctx, n)],
      [lib ? 0.7 * m : 0, () => queueKindsSnippet(this.kit(), ctx, n)],
      [lib ? 1 * m : 0, () => classSnippet(this.kit(), ctx, n)],
      [1, () => passedCoroSnippet(this.kit(), ctx, n)],
      [
        ctx.inLoop ? 1 : 0,
        () => [
          `${ind(n)}if ${this.anyVal(ctx)} == ${r.int(0, 3)}:`,
          `${ind(n + 1)}${r.pick(['break', 'continue'])}`,
        ],
      ],
    ];
    const g = r.weighted(choices.filter(([w]) => w > 0));
    return g();
  }

  private sleepStmt(ctx: Ctx, n: number): string[] {
    this.spend(ctx, 1);
    const r = this.rng;
    if (r.chance(0.15)) return [`${ind(n)}await asyncio.sleep(0)`];
    if (r.chance(0.15)) {
      const v = this.name('s');
      return [
        `${ind(n)}${v} = await asyncio.sleep(${this.delay(ctx)}, ${this.anyVal(ctx)})`,
        `${ind(n)}print('slept', ${v})`,
      ];
    }
    return [`${ind(n)}await asyncio.sleep(${this.delay(ctx)})`];
  }

  private callStmt(ctx: Ctx, n: number): string[] {
    const c = this.call(ctx);
    if (!c) return this.sleepStmt(ctx, n);
    const r = this.rng;
    if (r.chance(0.3)) return [`${ind(n)}await ${c}`];
    const v = this.name('r');
    const lines = [`${ind(n)}${v} = await ${c}`, `${ind(n)}print(${this.label(ctx)}, 'got', ${v})`];
    if (r.chance(ctx.main ? 0.6 : 0.35))
      return this.wrapTry(
        ctx,
        n,
        lines.map((s) => IND + s),
      );
    return lines;
  }

  /** try: BODY (already indented at n+1) with one or two handlers, maybe finally. */
  private wrapTry(ctx: Ctx, n: number, body: string[]): string[] {
    const r = this.rng;
    const out = [`${ind(n)}try:`, ...body];
    const style = r.int(0, 4);
    if (style === 0) {
      out.push(
        `${ind(n)}except ValueError as e:`,
        `${ind(n + 1)}print(${this.label(ctx)}, 'caught', repr(e))`,
      );
    } else if (style === 1) {
      out.push(
        `${ind(n)}except (KeyError, ZeroDivisionError) as e:`,
        `${ind(n + 1)}print(type(e).__name__, e)`,
      );
    } else if (style === 2) {
      out.push(
        `${ind(n)}except Exception as e:`,
        `${ind(n + 1)}print('error', type(e).__name__, str(e))`,
      );
    } else if (style === 3) {
      out.push(
        `${ind(n)}except ValueError:`,
        `${ind(n + 1)}print('value error')`,
        `${ind(n)}except KeyError as e:`,
        `${ind(n + 1)}print('key error', e.args)`,
      );
    } else {
      out.push(`${ind(n)}except Exception as e:`, `${ind(n + 1)}print(repr(e))`);
      if (r.chance(0.5)) out.push(`${ind(n)}else:`, `${ind(n + 1)}print('no error')`);
    }
    if (r.chance(0.25))
      out.push(`${ind(n)}finally:`, `${ind(n + 1)}print(${this.label(ctx)}, 'finally')`);
    return out;
  }

  private forStmt(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    const useLimit = this.limit > 0 && r.chance(0.3);
    const k = useLimit ? this.limit : r.int(1, 3);
    const v = ['i', 'j', 'k'][ctx.depth] ?? 'k';
    const inner = this.sub(ctx, { ints: [...ctx.ints, v], mult: ctx.mult * k, inLoop: true });
    const head = r.chance(0.2)
      ? `${ind(n)}for ${v}, w in enumerate([${Array.from({ length: k }, () => r.int(0, 5)).join(', ')}]):`
      : `${ind(n)}for ${v} in range(${useLimit ? 'LIMIT' : k}):`;
    const body = this.block(inner, n + 1, 1, 3);
    const out = [head, ...body];
    if (r.chance(0.15)) out.push(`${ind(n)}else:`, `${ind(n + 1)}print('loop done')`);
    return out;
  }

  private whileStmt(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    const k = r.int(1, 3);
    const v = this.name('n');
    const inner = this.sub(ctx, { ints: [...ctx.ints, v], mult: ctx.mult * k, inLoop: true });
    return [
      `${ind(n)}${v} = 0`,
      `${ind(n)}while ${v} < ${k}:`,
      `${ind(n + 1)}${v} += 1`,
      ...this.block(inner, n + 1, 1, 3),
    ];
  }

  private ifStmt(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    const v = this.anyVal(ctx);
    const cond = r.pick([
      `${v} > ${r.int(0, 3)}`,
      `${v} % 2 == 0`,
      `${v} == ${r.int(0, 3)}`,
      'random.random() < 0.5',
    ]);
    const inner = this.sub(ctx, {});
    const out = [`${ind(n)}if ${cond}:`, ...this.block(inner, n + 1, 1, 2)];
    if (r.chance(0.3)) {
      out.push(`${ind(n)}elif ${v} == ${r.int(0, 4)}:`, ...this.block(inner, n + 1, 1, 1));
    }
    if (r.chance(0.6)) out.push(`${ind(n)}else:`, ...this.block(inner, n + 1, 1, 2));
    return out;
  }

  private tryStmt(ctx: Ctx, n: number): string[] {
    const inner = this.sub(ctx, {});
    const body = this.block(inner, n + 1, 1, 3);
    if (this.rng.chance(0.3)) body.push(...this.raiseStmt(inner, n + 1));
    return this.wrapTry(ctx, n, body);
  }

  // ---- library snippets ----

  private taskSnippet(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    const t = this.name('t');
    const out: string[] = [];
    if (r.chance(0.25)) {
      // several tasks at once
      const c = this.call({ ...ctx, ints: [...ctx.ints, 'i'] }, 3);
      if (c) {
        const k = r.int(2, 3);
        const named = r.chance(0.4) ? `, name=f'w{i}'` : '';
        out.push(`${ind(n)}${t} = [asyncio.create_task(${c}${named}) for i in range(${k})]`);
        if (r.chance(0.3)) out.push(...this.sleepStmt(ctx, n));
        const how = r.int(0, 2);
        if (how === 0) {
          out.push(`${ind(n)}print(await asyncio.gather(*${t}, return_exceptions=True))`);
        } else if (how === 1) {
          out.push(
            `${ind(n)}for x_ in ${t}:`,
            ...this.wrapTry(ctx, n + 1, [`${ind(n + 2)}print('result', await x_)`]),
          );
        } else {
          out.push(
            `${ind(n)}await asyncio.sleep(${this.delay(ctx)})`,
            `${ind(n)}print([x_.done() for x_ in ${t}])`,
          );
        }
        return out;
      }
    }
    const a = this.awaitable(ctx);
    const name = r.chance(0.35)
      ? `, name='${r.pick(['job', 'bg', 'side', 'w'])}-${r.int(1, 9)}'`
      : '';
    out.push(`${ind(n)}${t} = asyncio.create_task(${a}${name})`);
    if (r.chance(0.3)) {
      out.push(
        `${ind(n)}${t}.add_done_callback(lambda f: print('done callback', f.get_name(), f.cancelled() or f.exception() or f.result()))`,
      );
    }
    const between = r.int(0, 2);
    for (let i = 0; i < between; i++) {
      out.push(...(r.chance(0.5) ? this.sleepStmt(ctx, n) : [`${ind(n)}${this.printStmt(ctx)}`]));
    }
    const end = r.weighted<number>([
      [4, 0],
      [3, 1],
      [2, 2],
      [1, 3],
    ]);
    if (end === 0) {
      const lines = [`${ind(n + 1)}print(${this.label(ctx)}, 'task gave', await ${t})`];
      if (r.chance(0.6)) out.push(...this.wrapTry(ctx, n, lines));
      else out.push(...lines.map((s) => s.slice(IND.length)));
    } else if (end === 1) {
      out.push(
        `${ind(n)}print('cancel', ${t}.cancel()${r.chance(0.2) ? `, ${t}.cancelling()` : ''})`,
        `${ind(n)}try:`,
        `${ind(n + 1)}print(await ${t})`,
        `${ind(n)}except asyncio.CancelledError:`,
        `${ind(n + 1)}print('${t} cancelled', ${t}.cancelled(), ${t}.done())`,
        `${ind(n)}except Exception as e:`,
        `${ind(n + 1)}print('${t} failed', repr(e))`,
      );
    } else if (end === 2) {
      out.push(`${ind(n)}print(${t}.get_name(), ${t}.done())`);
    } else {
      out.push(
        `${ind(n)}await asyncio.sleep(${this.delay(ctx)})`,
        `${ind(n)}print(${t}.done(), ${t}.cancelled())`,
        `${ind(n)}if ${t}.done() and not ${t}.cancelled():`,
        `${ind(n + 1)}print('exc', repr(${t}.exception()))`,
      );
    }
    return out;
  }

  private gatherArgs(ctx: Ctx, depth: number): string {
    const r = this.rng;
    const k = r.int(depth > 0 ? 1 : 2, 3);
    const args: string[] = [];
    for (let i = 0; i < k; i++) {
      if (depth < 1 && r.chance(0.2)) {
        const re = r.chance(0.5) ? ', return_exceptions=True' : '';
        args.push(`asyncio.gather(${this.gatherArgs(ctx, depth + 1)}${re})`);
      } else if (depth < 1 && r.chance(0.1) && ctx.callable.length) {
        const c = this.call({ ...ctx, ints: [...ctx.ints, 'q_'] }, 2);
        if (c) args.push(`*[${c} for q_ in range(2)]`);
        else args.push(this.awaitable(ctx));
      } else {
        args.push(this.awaitable(ctx));
      }
    }
    return args.join(', ');
  }

  private gatherSnippet(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    const v = this.name('rs');
    const re = r.chance(0.4);
    const line = `${v} = await asyncio.gather(${this.gatherArgs(ctx, 0)}${re ? ', return_exceptions=True' : ''})`;
    const show = `print(${this.label(ctx)}, ${v})`;
    if (!re && r.chance(0.7))
      return this.wrapTry(ctx, n, [`${ind(n + 1)}${line}`, `${ind(n + 1)}${show}`]);
    return [`${ind(n)}${line}`, `${ind(n)}${show}`];
  }

  private waitForSnippet(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    const v = this.name('w');
    const to = r.pick(TIMEOUTS);
    const target = this.awaitable(ctx);
    const pre: string[] = [];
    let arg = target;
    if (r.chance(0.25)) {
      const t = this.name('t');
      pre.push(`${ind(n)}${t} = asyncio.create_task(${target})`);
      arg = t;
    }
    const out = [
      ...pre,
      `${ind(n)}try:`,
      `${ind(n + 1)}${v} = await asyncio.wait_for(${arg}, ${r.chance(0.5) ? 'timeout=' : ''}${to})`,
      `${ind(n + 1)}print('wait_for gave', ${v})`,
      `${ind(n)}except ${r.pick(['TimeoutError', 'asyncio.TimeoutError'])}:`,
      `${ind(n + 1)}print(${this.label(ctx)}, 'wait_for timed out'${pre.length ? `, ${arg}.cancelled()` : ''})`,
    ];
    if (r.chance(0.4))
      out.push(`${ind(n)}except ValueError as e:`, `${ind(n + 1)}print('inner error', e)`);
    return out;
  }

  private timeoutSnippet(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    const to = r.pick(TIMEOUTS);
    const cm = r.chance(0.3) ? this.name('cm') : null;
    const inner = this.sub(ctx, { inLib: true });
    const body = this.block(inner, n + 2, 1, 3);
    const out = [
      `${ind(n)}try:`,
      `${ind(n + 1)}async with asyncio.timeout(${to})${cm ? ` as ${cm}` : ''}:`,
      ...body,
      `${ind(n + 1)}print(${this.label(ctx)}, 'in time')`,
      `${ind(n)}except TimeoutError:`,
      `${ind(n + 1)}print(${this.label(ctx)}, 'timed out')`,
    ];
    if (r.chance(0.4))
      out.push(
        `${ind(n)}except Exception as e:`,
        `${ind(n + 1)}print('timeout block error', repr(e))`,
      );
    if (cm) out.push(`${ind(n)}print('expired', ${cm}.expired())`);
    return out;
  }

  private taskGroupSnippet(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    const tg = this.name('tg');
    const k = r.int(1, 3);
    const ts: string[] = [];
    const body: string[] = [];
    for (let i = 0; i < k; i++) {
      const t = this.name('g');
      ts.push(t);
      const name = r.chance(0.3) ? `, name='${t}'` : '';
      body.push(`${ind(n + 2)}${t} = ${tg}.create_task(${this.awaitable(ctx)}${name})`);
    }
    if (r.chance(0.5)) {
      const inner = this.sub(ctx, { inLib: true });
      body.push(...this.block(inner, n + 2, 1, 2));
    }
    const out = [
      `${ind(n)}try:`,
      `${ind(n + 1)}async with asyncio.TaskGroup() as ${tg}:`,
      ...body,
      `${ind(n + 1)}print('group', ${ts.map((t) => `${t}.result()`).join(', ')})`,
    ];
    const style = r.int(0, 2);
    if (style === 0) {
      out.push(
        `${ind(n)}except* ValueError as eg:`,
        `${ind(n + 1)}print('group ValueError', [str(e) for e in eg.exceptions])`,
        `${ind(n)}except* Exception as eg:`,
        `${ind(n + 1)}print('group other', [type(e).__name__ for e in eg.exceptions])`,
      );
    } else if (style === 1) {
      out.push(`${ind(n)}except Exception as e:`, `${ind(n + 1)}print(type(e).__name__, e)`);
    } else {
      out.push(
        `${ind(n)}except* (KeyError, ZeroDivisionError) as eg:`,
        `${ind(n + 1)}print('group caught', len(eg.exceptions))`,
      );
    }
    return out;
  }

  private queueSnippet(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    const q = this.name('q');
    const maxsize = r.int(0, 3);
    this.spend(ctx, 8);
    const out = [
      `${ind(n)}${q} = asyncio.Queue(${r.chance(0.5) ? `maxsize=${maxsize}` : maxsize ? String(maxsize) : ''})`,
    ];
    if (r.chance(0.55)) {
      // producers and consumers with balanced counts
      const p = r.int(1, 2);
      const counts = Array.from({ length: p }, () => r.int(1, 4));
      const total = counts.reduce((s, c) => s + c, 0);
      const c = r.int(1, 3);
      const takes = Array.from({ length: c }, () => 0);
      for (let i = 0; i < total; i++) takes[r.int(0, c - 1)]! += 1;
      const args = [
        ...counts.map(
          (k, i) => `${this.producer()}(${q}, ${k}, 'p${i}', ${r.pick(DELAYS.slice(0, 5))})`,
        ),
        ...takes.map(
          (k, i) => `${this.consumer()}(${q}, ${k}, 'c${i}', ${r.pick(DELAYS.slice(0, 5))})`,
        ),
      ];
      // shuffle the argument order
      for (let i = args.length - 1; i > 0; i--) {
        const j = r.int(0, i);
        [args[i], args[j]] = [args[j]!, args[i]!];
      }
      out.push(`${ind(n)}print(await asyncio.gather(${args.join(', ')}))`);
    } else {
      const w = this.name('ws');
      const k = r.int(1, 3);
      const items = r.int(1, 5);
      out.push(
        `${ind(n)}${w} = [asyncio.create_task(${this.worker()}(${q}, f'w{i}')) for i in range(${k})]`,
        `${ind(n)}for i in range(${items}):`,
        `${ind(n + 1)}await ${q}.put(i * ${r.pick(['0.1', '1', '0.5'])})`,
      );
      if (r.chance(0.3)) out.push(`${ind(n + 1)}print('queued', i, ${q}.qsize())`);
      out.push(
        `${ind(n)}await ${q}.join()`,
        `${ind(n)}print('joined', ${q}.qsize(), ${q}.empty())`,
      );
      if (r.chance(0.7)) {
        out.push(`${ind(n)}for x_ in ${w}:`, `${ind(n + 1)}x_.cancel()`);
        if (r.chance(0.6))
          out.push(`${ind(n)}print(await asyncio.gather(*${w}, return_exceptions=True))`);
      }
    }
    if (r.chance(0.3)) {
      out.push(
        `${ind(n)}try:`,
        `${ind(n + 1)}print(${q}.get_nowait())`,
        `${ind(n)}except asyncio.QueueEmpty:`,
        `${ind(n + 1)}print('queue empty')`,
      );
    }
    return out;
  }

  private eventSnippet(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    const ev = this.name('ev');
    this.spend(ctx, 6);
    const out = [`${ind(n)}${ev} = asyncio.Event()`];
    const k = r.int(1, 3);
    if (r.chance(0.5)) {
      const ws = this.name('ws');
      out.push(
        `${ind(n)}${ws} = [asyncio.create_task(${this.waiter()}(${ev}, f'e{i}')) for i in range(${k})]`,
        `${ind(n)}await asyncio.sleep(${r.pick(['0', '0.1', '0.5', '1'])})`,
        `${ind(n)}print('setting', ${ev}.is_set())`,
        `${ind(n)}${ev}.set()`,
      );
      if (r.chance(0.3)) out.push(`${ind(n)}${ev}.clear()`);
      out.push(`${ind(n)}print(await asyncio.gather(*${ws}))`);
    } else {
      const args = Array.from({ length: k }, (_, i) => `${this.waiter()}(${ev}, 'v${i}')`);
      args.splice(
        r.int(0, k),
        0,
        `${this.setter()}(${ev}, ${r.pick(['0', '0.1', '0.5', '1', '2'])})`,
      );
      out.push(`${ind(n)}print(await asyncio.gather(${args.join(', ')}))`);
    }
    if (r.chance(0.3)) {
      out.push(
        `${ind(n)}try:`,
        `${ind(n + 1)}await asyncio.wait_for(asyncio.Event().wait(), ${r.pick(['0.1', '0.5', '0'])})`,
        `${ind(n)}except TimeoutError:`,
        `${ind(n + 1)}print('event wait timed out')`,
      );
    }
    return out;
  }

  private lockSnippet(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    const lock = this.name('lock');
    this.spend(ctx, 6);
    const k = r.int(2, 4);
    const out = [`${ind(n)}${lock} = asyncio.Lock()`];
    if (r.chance(0.3)) {
      // cancel a task that waits for the lock
      const t = this.name('t');
      out.push(
        `${ind(n)}${t} = asyncio.create_task(${this.guarded()}(${lock}, 'x', 1))`,
        `${ind(n)}async with ${lock}:`,
        `${ind(n + 1)}await asyncio.sleep(${r.pick(['0', '0.1', '0.5'])})`,
        `${ind(n + 1)}${t}.cancel()`,
        `${ind(n)}try:`,
        `${ind(n + 1)}await ${t}`,
        `${ind(n)}except asyncio.CancelledError:`,
        `${ind(n + 1)}print('waiter cancelled', ${lock}.locked())`,
      );
    }
    const ds = Array.from({ length: k }, () => r.pick(['0', '0.1', '0.5', '1']));
    if (r.chance(0.5)) {
      out.push(
        `${ind(n)}print(await asyncio.gather(${ds.map((d, i) => `${this.guarded()}(${lock}, 'L${i}', ${d})`).join(', ')}))`,
      );
    } else {
      out.push(
        `${ind(n)}print(await asyncio.gather(*[${this.guarded()}(${lock}, f'L{i}', ${r.pick(['0.1', 'i * 0.5', '0'])}) for i in range(${k})]))`,
      );
    }
    return out;
  }

  private semSnippet(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    const sem = this.name('sem');
    this.spend(ctx, 6);
    const k = r.int(2, 5);
    const ret = r.chance(0.5) ? ', return_exceptions=True' : '';
    const g = `asyncio.gather(*[${this.limited()}(${sem}, f's{i}', ${r.pick(['0.5', 'i * 0.5', '1', '(i % 3) * 0.75'])}) for i in range(${k})]${ret})`;
    const lines = [`${ind(n)}${sem} = asyncio.Semaphore(${r.int(1, 3)})`];
    if (ret) return [...lines, `${ind(n)}print(await ${g})`];
    return [...lines, ...this.wrapTry(ctx, n, [`${ind(n + 1)}print(await ${g})`])];
  }

  private spinSnippet(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    this.spend(ctx, 6);
    const k = r.int(2, 3);
    const args = Array.from(
      { length: k },
      (_, i) => `${this.spinner()}('${'abc'[i]}', ${r.int(1, 4)})`,
    );
    if (r.chance(0.3)) {
      const t = this.name('t');
      return [
        `${ind(n)}${t} = asyncio.create_task(${args[0]!})`,
        `${ind(n)}print(await asyncio.gather(${args.slice(1).join(', ')}))`,
        `${ind(n)}print(${t}.done())`,
      ];
    }
    return [`${ind(n)}print(await asyncio.gather(${args.join(', ')}))`];
  }

  private cancelSnippet(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    const t = this.name('t');
    this.spend(ctx, 4);
    const out = [
      `${ind(n)}${t} = asyncio.create_task(${this.stubborn()}('${t}', ${r.pick(['0.5', '1', '2'])}))`,
      `${ind(n)}await asyncio.sleep(${r.pick(['0', '0.1', '0.5', '1.5', '3'])})`,
      `${ind(n)}${t}.cancel(${r.chance(0.3) ? `'stop ${t}'` : ''})`,
    ];
    if (r.chance(0.3)) out.push(`${ind(n)}${t}.cancel()`);
    out.push(
      `${ind(n)}try:`,
      `${ind(n + 1)}print('${t} ->', await ${t})`,
      `${ind(n)}except asyncio.CancelledError as e:`,
      `${ind(n + 1)}print('${t} cancelled', e.args, ${t}.cancelled())`,
    );
    return out;
  }

  /** Futures resolved by loop callbacks: call_soon / call_later / add_done_callback. */
  private callbackSnippet(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    const fut = this.name('fut');
    this.spend(ctx, 4);
    const out = [
      `${ind(n)}loop = asyncio.get_running_loop()`,
      `${ind(n)}${fut} = loop.create_future()`,
    ];
    const v = this.anyVal(ctx);
    const how = r.int(0, 3);
    if (how === 0)
      out.push(
        `${ind(n)}loop.call_later(${r.pick(['0.1', '0.5', '1', '0'])}, ${fut}.set_result, ${v})`,
      );
    else if (how === 1) out.push(`${ind(n)}loop.call_soon(${fut}.set_result, ${v})`);
    else if (how === 2)
      out.push(
        `${ind(n)}loop.call_at(loop.time() + ${r.pick(['0.2', '1', '0'])}, ${fut}.set_result, ${v})`,
      );
    else
      out.push(
        `${ind(n)}h_ = loop.call_later(0.5, ${fut}.set_result, 'late')`,
        `${ind(n)}loop.call_later(0.2, ${fut}.set_result, ${v})`,
        `${ind(n)}loop.call_later(0.3, h_.cancel)`,
      );
    if (r.chance(0.6))
      out.push(`${ind(n)}${fut}.add_done_callback(lambda f: print('callback', f.cancelled()))`);
    if (r.chance(0.5)) out.push(`${ind(n)}loop.call_soon(print, 'soon', ${v})`);
    if (r.chance(0.3))
      out.push(`${ind(n)}loop.call_later(${r.pick(['0', '0.1', '0.2'])}, print, 'later')`);
    if (r.chance(0.3)) out.push(...this.sleepStmt(ctx, n));
    out.push(`${ind(n)}print('future gave', await ${fut}, ${fut}.done())`);
    return out;
  }

  /** A gather future cancelled from outside. */
  private gatherCancelSnippet(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    const g = this.name('g');
    const re = r.chance(0.4) ? ', return_exceptions=True' : '';
    const out = [`${ind(n)}${g} = asyncio.gather(${this.gatherArgs(ctx, 0)}${re})`];
    if (r.chance(0.7))
      out.push(`${ind(n)}await asyncio.sleep(${r.pick(['0', '0.1', '0.5', '1', '2'])})`);
    out.push(
      `${ind(n)}print('cancel gather', ${g}.cancel(${r.chance(0.3) ? "'enough'" : ''}))`,
      `${ind(n)}try:`,
      `${ind(n + 1)}print(await ${g})`,
      `${ind(n)}except asyncio.CancelledError as e:`,
      `${ind(n + 1)}print('gather cancelled', ${g}.cancelled(), e.args)`,
      `${ind(n)}except Exception as e:`,
      `${ind(n + 1)}print('gather failed', repr(e))`,
    );
    return out;
  }

  /** One task awaited from several places (gather dedups it). */
  private sharedTaskSnippet(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    const t = this.name('t');
    const a = this.awaitable(ctx);
    const out = [`${ind(n)}${t} = asyncio.create_task(${a})`];
    const how = r.int(0, 2);
    if (how === 0)
      out.push(`${ind(n)}print(await asyncio.gather(${t}, ${t}, return_exceptions=True))`);
    else if (how === 1)
      out.push(
        `${ind(n)}print(await asyncio.gather(${t}, ${this.awaitable(ctx)}, return_exceptions=True))`,
        `${ind(n)}print(${t}.done())`,
      );
    else {
      const w = this.name('watch');
      out.push(
        `${ind(n)}async def ${w}(tag):`,
        `${ind(n + 1)}try:`,
        `${ind(n + 2)}return (tag, await ${t})`,
        `${ind(n + 1)}except BaseException as e:`,
        `${ind(n + 2)}return (tag, type(e).__name__)`,
        `${ind(n)}print(await asyncio.gather(${w}('a'), ${w}('b')))`,
      );
      if (r.chance(0.5))
        out.splice(
          out.length - 1,
          0,
          `${ind(n)}loop_ = asyncio.get_running_loop()`,
          `${ind(n)}loop_.call_later(${r.pick(['0', '0.1', '0.5'])}, ${t}.cancel)`,
        );
    }
    if (r.chance(0.5))
      out.push(
        `${ind(n)}try:`,
        `${ind(n + 1)}print('again', await ${t}, ${t}.result())`,
        `${ind(n)}except BaseException as e:`,
        `${ind(n + 1)}print('again', type(e).__name__)`,
      );
    return out;
  }

  private ticker(): string {
    return this.helper('ticker', () =>
      this.rng.chance(0.5)
        ? [
            'async def ticker(n, d):',
            `${IND}for i in range(n):`,
            `${ind(2)}await asyncio.sleep(d)`,
            `${ind(2)}yield i`,
            ...(this.rng.chance(0.4) ? [`${IND}print('ticker done', n)`] : []),
          ]
        : [
            'async def ticker(n, d):',
            `${IND}try:`,
            `${ind(2)}for i in range(n):`,
            `${ind(3)}yield i`,
            `${ind(3)}await asyncio.sleep(d)`,
            `${IND}finally:`,
            `${ind(2)}print('ticker closes', n)`,
          ],
    );
  }

  private asyncGenSnippet(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    this.spend(ctx, 5);
    const k = r.int(1, 3);
    const d = r.pick(['0', '0.1', '0.5']);
    const how = r.weighted<number>([
      [3, 0],
      [2, 1],
      [1, 2],
      [1, 3],
    ]);
    if (how === 3) {
      // Partly consumed by hand, then closed at once. Not left suspended: CPython finalizes
      // a dropped async generator when its last reference goes (an aclose() task), or in
      // shutdown_asyncgens (weak-set order), and the engine follows only `async for`'s own.
      const g = this.name('agen');
      return [
        `${ind(n)}${g} = ${this.ticker()}(${k + 1}, ${d})`,
        `${ind(n)}print('first', await ${g}.__anext__())`,
        ...(r.chance(0.5) ? [`${ind(n)}print('second', await anext(${g}))`] : []),
        `${ind(n)}await ${g}.aclose()`,
        ...(r.chance(0.5) ? [`${ind(n)}print('after close', await anext(${g}, 'done'))`] : []),
      ];
    }
    if (how === 0) {
      // the body may raise or be cancelled: `async for` then drops the generator
      const inner = this.sub(ctx, {
        ints: [...ctx.ints, 'v_'],
        depth: 2,
        inLoop: true,
        mult: ctx.mult * k,
      });
      return [
        `${ind(n)}async for v_ in ${this.ticker()}(${k}, ${d}):`,
        `${ind(n + 1)}print('tick', v_)`,
        ...(r.chance(0.4) ? [`${ind(n + 1)}await asyncio.sleep(0)`] : []),
        ...(r.chance(0.5) ? this.block(inner, n + 1, 1, 1) : []),
      ];
    }
    if (how === 1) return [`${ind(n)}print([v_ * 2 async for v_ in ${this.ticker()}(${k}, ${d})])`];
    return [
      `${ind(n)}async for v_ in ${this.ticker()}(${k + 1}, ${d}):`,
      `${ind(n + 1)}if v_ == ${r.int(0, k)}:`,
      `${ind(n + 2)}break`,
      `${ind(n)}print('after break')`,
    ];
  }

  /** A lock / semaphore / event handed over to a waiter that is cancelled at that moment. */
  private handoffSnippet(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    this.spend(ctx, 8);
    const a = this.name('ta');
    let b = this.name('tb');
    const kind = r.int(0, 2);
    const prim = this.name(kind === 2 ? 'sem' : 'lock');
    const helper = kind === 2 ? this.limited() : this.guarded();
    const out = [
      `${ind(n)}${prim} = ${kind === 2 ? `asyncio.Semaphore(${r.int(1, 2)})` : 'asyncio.Lock()'}`,
      `${ind(n)}await ${prim}.acquire()`,
      `${ind(n)}${a} = asyncio.create_task(${helper}(${prim}, 'a', ${r.pick(['0.1', '0', '1'])}))`,
      `${ind(n)}${b} = asyncio.create_task(${helper}(${prim}, 'b', ${r.pick(['0.1', '0', '1'])}))`,
    ];
    if (r.chance(0.8)) out.push(`${ind(n)}await asyncio.sleep(${r.pick(['0', '0', '0.1'])})`);
    const order = r.int(0, 2);
    if (order === 0) out.push(`${ind(n)}${prim}.release()`, `${ind(n)}${a}.cancel()`);
    else if (order === 1) out.push(`${ind(n)}${a}.cancel()`, `${ind(n)}${prim}.release()`);
    else
      out.push(
        `${ind(n)}${prim}.release()`,
        `${ind(n)}await asyncio.sleep(0)`,
        `${ind(n)}${r.pick([a, b])}.cancel()`,
      );
    if (r.chance(0.3)) out.push(`${ind(n)}${b}.cancel()`);
    if (r.chance(0.4)) {
      // a newcomer arrives while the woken waiter has not run yet
      const c = this.name('tc');
      out.push(`${ind(n)}${c} = asyncio.create_task(${helper}(${prim}, 'c', 0))`);
      b = `${b}, ${c}`;
    }
    out.push(
      `${ind(n)}print(await asyncio.gather(${a}, ${b}, return_exceptions=True))`,
      `${ind(n)}print('${prim} free', ${kind === 2 ? `${prim}.locked()` : `not ${prim}.locked()`})`,
    );
    return out;
  }

  /** Queue getters that time out, then items arrive. */
  private queueTimeoutSnippet(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    this.spend(ctx, 8);
    const q = this.name('q');
    const g = this.name('getter');
    const out = [
      // unbounded, or big enough for every put: the getters may all have given up
      `${ind(n)}${q} = asyncio.Queue(${r.pick(['', '0', '3', 'maxsize=4'])})`,
      `${ind(n)}async def ${g}(tag, to):`,
      `${ind(n + 1)}try:`,
      `${ind(n + 2)}item = await asyncio.wait_for(${q}.get(), to)`,
      `${ind(n + 2)}print(tag, 'got', item)`,
      `${ind(n + 1)}except TimeoutError:`,
      `${ind(n + 2)}print(tag, 'gave up', ${q}.qsize())`,
      `${ind(n)}gs_ = [asyncio.create_task(${g}(f'g{i}', ${r.pick(['0.2', '0.5', 'i * 0.3', '1'])})) for i in range(${r.int(2, 3)})]`,
      `${ind(n)}await asyncio.sleep(${r.pick(['0', '0.1', '0.3', '0.5'])})`,
      `${ind(n)}for i in range(${r.int(1, 3)}):`,
      `${ind(n + 1)}${r.chance(0.5) ? `${q}.put_nowait(i)` : `await ${q}.put(i)`}`,
      ...(r.chance(0.5) ? [`${ind(n + 1)}await asyncio.sleep(${r.pick(['0', '0.2'])})`] : []),
      // a getter cancelled right after a put woke it: the item goes to the next getter
      ...(r.chance(0.4) ? [`${ind(n + 1)}gs_[i % len(gs_)].cancel()`] : []),
      `${ind(n)}print(await asyncio.gather(*gs_, return_exceptions=True))`,
      `${ind(n)}print('left in queue', ${q}.qsize())`,
    ];
    return out;
  }

  private nestedTimeoutSnippet(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    const a = r.pick(['0.5', '1', '2', 'None']);
    const b = r.pick(['0.2', '0.5', '1.5', '3']);
    const inner = this.sub(ctx, { inLib: true, depth: 2 });
    const resched = r.chance(0.3);
    const body = this.block(inner, n + 3, 1, 2);
    const out = [
      `${ind(n)}try:`,
      `${ind(n + 1)}async with asyncio.timeout(${a})${resched ? ' as outer_' : ''}:`,
      ...(resched
        ? [
            `${ind(n + 2)}outer_.reschedule(asyncio.get_running_loop().time() + ${r.pick(['0.3', '1', '0'])})`,
          ]
        : []),
      `${ind(n + 2)}try:`,
      `${ind(n + 3)}async with asyncio.timeout(${b}):`,
      ...body.map((l) => IND + l),
      `${ind(n + 3)}print('inner ok')`,
      `${ind(n + 2)}except TimeoutError:`,
      `${ind(n + 3)}print('inner timeout')`,
      `${ind(n + 2)}await asyncio.sleep(${r.pick(['0.1', '0.5', '1'])})`,
      `${ind(n + 2)}print('outer body done')`,
      `${ind(n)}except TimeoutError:`,
      `${ind(n + 1)}print('outer timeout')`,
    ];
    if (r.chance(0.5))
      out.push(`${ind(n)}except Exception as e:`, `${ind(n + 1)}print('nested error', repr(e))`);
    return out;
  }

  /** The running task cancels itself and deals with it. */
  private selfCancelSnippet(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    this.spend(ctx, 2);
    const out = [
      `${ind(n)}me_ = asyncio.current_task()`,
      `${ind(n)}me_.cancel()`,
      `${ind(n)}try:`,
      `${ind(n + 1)}await asyncio.sleep(${r.pick(['0', '1'])})`,
      `${ind(n)}except asyncio.CancelledError:`,
      `${ind(n + 1)}print('self-cancelled', me_.cancelling())`,
    ];
    if (r.chance(0.7)) out.push(`${ind(n + 1)}me_.uncancel()`);
    return out;
  }

  /** A coroutine object made and dropped: RuntimeWarning at once (reference counting). */
  private neverAwaitedSnippet(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    const j = ctx.callable.length ? `f${r.pick(ctx.callable)}` : 'asyncio.sleep';
    if (r.chance(0.5)) return [`${ind(n)}${j}(1)`];
    const c = this.name('c');
    // Only names hold it here; tests/fuzz/gen-coros.ts passes coroutines around.
    if (r.chance(0.5))
      return [`${ind(n)}${c} = ${j}(2)`, `${ind(n)}print('made')`, `${ind(n)}del ${c}`];
    return [`${ind(n)}${c} = ${j}(2)`, `${ind(n)}${c} = ${j}(3)`, `${ind(n)}${c} = None`];
  }

  /** Plain Python: the interpreter's values and formatting. */
  private exprSnippet(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    const v = this.anyVal(ctx);
    this.spend(ctx, 1);
    const e = r.pick([
      `sorted([${v}, 3, -1, ${v} * 2], reverse=True)`,
      `{k: k * ${v} for k in range(3)}`,
      `[c.upper() for c in 'abc' if c != 'b'] + list(range(${v} % 4))`,
      `'-'.join(str(i) for i in range(${v} % 5))`,
      `divmod(${v} + 7, 3), divmod(-7, 2), 7 % -3, -7 // 2`,
      `${v} / 3, ${v} * 0.1, 0.1 * 3, 1 / 3, 2 / 3 * ${v}`,
      `round(${v} / 7, 3), round(2.675, 2), round(${v} + 0.5), abs(-${v})`,
      `'%5.2f|%-4d|%s' % (${v} / 3, ${v}, 'z')`,
      `'{:>6}|{:.3g}|{}'.format(${v}, ${v} / 7, [${v}])`,
      `2 ** (${v} + 60), -(2 ** 64) // 3`,
      `min(${v}, 2), max([${v}, 5]), sum(range(${v} + 1)), len('abc' * ${v})`,
      `'abcdef'[1:${v} + 2], 'abcdef'[::-1], [1, 2, 3, 4][-2:]`,
      `tuple(zip('ab', [${v}, 1])), list(enumerate('xy', ${v}))`,
      `any([${v} > 3, False]), all([]), not ${v}, ${v} and 'yes' or 'no'`,
      `float(${v}) / 2, int(${v} * 2.7), str(${v} * 1.0), 1e16, 1e-5, 123456789.0 * 10`,
      `'x'.center(${v} % 6 + 3, '.'), 'a,b,,c'.split(','), ' pad '.strip(), 'Hi'.lower()`,
      `{'a': ${v}, 'b': [${v}]}.get('c', ${v}), list({'z': 1, 'y': 2}.items())`,
      `f'{${v}:>{${v} % 5 + 2}}', f'{${v} / 3:{${v} % 3 + 4}.2f}', f'{"q"!r}'`,
      `{${v}, 3, 1, ${v} % 2}, sorted({5, ${v}, 2}), {i % 3 for i in range(7)}`,
      `sorted(['bb', 'a', 'ccc'], key=len), sorted([(${v}, 'b'), (1, 'a')]), max('abc', key=ord)`,
      `[(lambda k=k: k * ${v})() for k in range(3)], list(map(lambda z: z + 1, [${v}, 2]))`,
      `repr("it's"), repr('a"b'), 'tab\\t', str(-0.0), float('inf'), -float('inf'), 1e22, 1e-7`,
      `int(-3.5), round(0.5), round(1.5), round(-2.5), 7 // 2.0, -7 % 3.0, 2 ** -1`,
      `[x_ for x_ in range(${v} + 3) if x_ % 2][::-1], list(reversed(range(3)))`,
      `'{:,.2f}|{:e}|{:g}|{:G}'.format(1234567.891, ${v} + 0.5, 1e-5 * (${v} + 1), 1.5e20)`,
      `isinstance(${v}, int), type(${v} / 1).__name__, bool(''), bool('0'), None is None`,
      `dict(zip('abc', range(3))), {**{'a': 1}, 'b': ${v}}, list({'b': 1, 'a': 2})`,
      `'%r %s %5.1f%%' % ('q', [${v}], 12.345), 'a b  c'.split(), 'x=%d' % ${v}`,
      `sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum(x_ / 10 for x_ in range(${v} + 3))`,
      `pow(2, 10, 7), bin(${v}), oct(${v} + 8), chr(65 + ${v}), ord('a'), int('ff', 16), abs(-0.0)`,
      `'hello world'.title(), 'abcabc'.count('b'), 'abc'.find('z'), 'Ab'.swapcase(), 'x'.join('abc')`,
      `'{0}{1}{0}'.format(${v}, 'z'), format(${v} * 1234567, ','), f'{${v}:_b}|{${v} + 60:c}|{${v}:=+8.2f}|{${v}:o}'`,
      `sorted({'a': 3, 'b': 1, 'c': 2}.items(), key=lambda kv: -kv[1]), list(filter(None, [0, ${v}, '', 'a']))`,
      `[1, 2, 3].index(2), (1, 2) < (1, 3), [3, 1, 2].sort(), 'a' in {'a': 1}, ${v} in range(3)`,
      `str(1e16), str(123456789012345678.0), repr(0.1 + 0.7), 1.0 * 10 ** 15, 3.0, -0.5, 5e-324, 1.7976931348623157e308`,
      `round(${v} * 1.005, 2), round(-${v} / 3, 1), round(12345, -2), round(${v} + 0.5), int(2.9), int(-2.9)`,
      `list(zip(range(3), 'abc', [True, False, None])), dict(a=${v}, b=[]), list({'a': 1, **{'b': 2}})`,
    ]);
    return [`${ind(n)}print(${e})`];
  }

  /** Several timers, some due together after a blocking sleep. */
  private timerStormSnippet(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    this.spend(ctx, 6);
    const ds = Array.from({ length: r.int(2, 5) }, () =>
      r.pick(['0.3', '0.1', '0.1 + 0.2', '0.2', '0.1', '0', '0.30000000000000004', '1 / 3', '0.5']),
    );
    const ts = this.name('ts');
    const out = [
      `${ind(n)}${ts} = [asyncio.create_task(asyncio.sleep(d, i)${r.chance(0.4) ? ", name=f'timer{i}'" : ''}) for i, d in enumerate([${ds.join(', ')}])]`,
    ];
    if (r.chance(0.5)) out.push(`${ind(n)}await asyncio.sleep(0)`);
    if (r.chance(0.7)) out.push(`${ind(n)}time.sleep(${r.pick(['0.25', '0.3', '0.1', '1'])})`);
    out.push(`${ind(n)}print(await asyncio.gather(*${ts}), f'{time.monotonic():.17f}')`);
    return out;
  }

  /** One task cancels another through a shared name. */
  private crossCancelSnippet(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    this.spend(ctx, 4);
    const v = this.name('victim');
    const k = this.name('killer');
    const target = this.awaitable(ctx, false);
    return [
      `${ind(n)}${v} = asyncio.create_task(${target})`,
      `${ind(n)}async def ${k}(d):`,
      `${ind(n + 1)}await asyncio.sleep(d)`,
      `${ind(n + 1)}print('killer cancels', ${v}.cancel(${r.chance(0.3) ? "'killed'" : ''}), ${v}.cancelling())`,
      `${ind(n + 1)}return 'killed'`,
      `${ind(n)}print(await asyncio.gather(${v}, ${k}(${r.pick(['0', '0.1', '0.5', '1', '2'])}), return_exceptions=True))`,
    ];
  }

  /** wait_for / timeout around a task that swallows or delays its cancellation. */
  private stubbornWaitSnippet(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    this.spend(ctx, 4);
    const st = `${this.stubborn()}('sw', ${r.pick(['0.5', '1', '2'])})`;
    const to = r.pick(['0.1', '0.5', '1', '3']);
    if (r.chance(0.5)) {
      return [
        `${ind(n)}try:`,
        `${ind(n + 1)}print('stubborn gave', await asyncio.wait_for(${r.chance(0.5) ? st : `asyncio.create_task(${st})`}, ${to}))`,
        `${ind(n)}except TimeoutError:`,
        `${ind(n + 1)}print('stubborn timed out')`,
      ];
    }
    return [
      `${ind(n)}try:`,
      `${ind(n + 1)}async with asyncio.timeout(${to}) as cm_:`,
      `${ind(n + 2)}print('stubborn gave', await ${st})`,
      `${ind(n + 1)}print('expired?', cm_.expired())`,
      `${ind(n)}except TimeoutError:`,
      `${ind(n + 1)}print('stubborn timed out')`,
    ];
  }

  /** Awaiting things that are already done, empty gathers, queue misuse. */
  private oddAwaitSnippet(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    this.spend(ctx, 2);
    return r.pick([
      [`${ind(n)}print('empty gather', await asyncio.gather())`],
      [
        `${ind(n)}done_ = asyncio.get_running_loop().create_future()`,
        `${ind(n)}done_.set_result(${this.anyVal(ctx)})`,
        `${ind(n)}print(await done_, await asyncio.wait_for(done_, 0), await asyncio.gather(done_, done_))`,
      ],
      [
        `${ind(n)}q_ = asyncio.Queue()`,
        `${ind(n)}q_.put_nowait(1)`,
        `${ind(n)}q_.get_nowait()`,
        `${ind(n)}q_.task_done()`,
        `${ind(n)}try:`,
        `${ind(n + 1)}q_.task_done()`,
        `${ind(n)}except ValueError as e:`,
        `${ind(n + 1)}print(e)`,
        `${ind(n)}await q_.join()`,
      ],
      [
        `${ind(n)}t_ = asyncio.create_task(asyncio.sleep(${r.pick(['0', '0.1'])}, 'x'))`,
        `${ind(n)}try:`,
        `${ind(n + 1)}print(t_.result())`,
        `${ind(n)}except asyncio.InvalidStateError as e:`,
        `${ind(n + 1)}print('not ready:', e)`,
        `${ind(n)}print(await t_, t_.result(), await t_)`,
      ],
    ]);
  }

  /** A bare future shared by several waiters, resolved, failed or cancelled by a task. */
  private futureSnippet(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    this.spend(ctx, 6);
    const fut = this.name('fut');
    const w = this.name('waitfut');
    const k = r.int(1, 3);
    const how = r.pick([
      `${fut}.set_result(${this.anyVal(ctx)})`,
      `${fut}.set_exception(ValueError('future failed'))`,
      `${fut}.cancel()`,
      `${fut}.cancel('no longer needed')`,
    ]);
    return [
      `${ind(n)}${fut} = ${r.chance(0.5) ? 'asyncio.Future()' : 'asyncio.get_running_loop().create_future()'}`,
      `${ind(n)}async def ${w}(tag):`,
      `${ind(n + 1)}try:`,
      `${ind(n + 2)}return (tag, await ${fut})`,
      `${ind(n + 1)}except asyncio.CancelledError as e:`,
      `${ind(n + 2)}print(tag, 'saw cancel', e.args, asyncio.current_task().cancelling())`,
      `${ind(n + 2)}return (tag, 'cancelled')`,
      `${ind(n + 1)}except ValueError as e:`,
      `${ind(n + 2)}return (tag, str(e))`,
      `${ind(n)}ws_ = [asyncio.create_task(${w}(f'fw{i}')) for i in range(${k})]`,
      ...(r.chance(0.4)
        ? [`${ind(n)}${fut}.add_done_callback(lambda f: print('future callback', f.cancelled()))`]
        : []),
      `${ind(n)}await asyncio.sleep(${r.pick(['0', '0.1', '1'])})`,
      `${ind(n)}${how}`,
      `${ind(n)}print(${fut}.done(), ${fut}.cancelled(), await asyncio.gather(*ws_))`,
    ];
  }

  /** Plain Python statements: the interpreter beyond asyncio. */
  private pythonSnippet(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    const v = this.anyVal(ctx);
    this.spend(ctx, 3);
    const i = (s: string, extra = 0): string => `${ind(n + extra)}${s}`;
    return r.pick<string[]>([
      [
        i(`a_, *b_ = [${v}, 2, 3]`),
        i(`c_, (d_, e_) = 'x', (${v}, 'y')`),
        i(`print(a_, b_, c_, d_, e_)`),
      ],
      [
        i(`fs_ = [lambda k=k: k * ${v} for k in range(3)]`),
        i(`gs_ = [lambda: k for k in range(3)]`),
        i(`print([f() for f in fs_], [g() for g in gs_])`),
      ],
      [
        i(`def gen_(m):`),
        i(`for q in range(m):`, 1),
        i(`got = yield q * ${v}`, 2),
        i(`if got:`, 2),
        i(`print('sent', got)`, 3),
        i(`return 'gen done'`, 1),
        i(`g_ = gen_(3)`),
        i(`print(next(g_), g_.send('hi'), list(g_))`),
      ],
      [
        i(`def outer_(p):`),
        i(`def inner(q=p * 2, *rest, key=None, **kw):`, 1),
        i(`return (q, rest, key, sorted(kw.items()))`, 2),
        i(`return inner`, 1),
        i(`print(outer_(${v})(), outer_(1)(5, 6, key='k', z=1, a=2))`),
      ],
      [
        i(`if (w_ := ${v} * 3) > 5:`),
        i(`print('walrus', w_)`, 1),
        i(`else:`),
        i(`print('small', w_, 1 < w_ <= 6, w_ if w_ else 'zero')`, 1),
      ],
      [
        i(`xs_ = list(range(8))`),
        i(`xs_[1:3] = ['a', 'b', 'c']`),
        i(`del xs_[::3]`),
        i(`xs_.insert(-1, ${v})`),
        i(`print(xs_, xs_.pop(0), xs_.count('a'), xs_[-2:])`),
      ],
      [
        i(`d_ = {'b': 1, 'a': ${v}}`),
        i(`d_.setdefault('c', []).append(${v})`),
        i(`d_.update(a=0, e=5)`),
        i(`print(d_, d_.pop('b'), list(d_.keys()), list(d_.values()), 'e' in d_, len(d_))`),
      ],
      [
        i(`s1_, s2_ = {1, 2, ${v}}, {2, 3}`),
        i(
          `print(sorted(s1_ | s2_), sorted(s1_ & s2_), sorted(s1_ - s2_), sorted(s1_ ^ s2_), s2_ <= s1_)`,
        ),
      ],
      [
        i(`try:`),
        i(`try:`, 1),
        i(`raise ValueError('inner', ${v})`, 2),
        i(`except ValueError as e:`, 1),
        i(`raise KeyError('outer') from ${r.pick(['e', 'None'])}`, 2),
        i(`except KeyError as e:`),
        i(`print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)`, 1),
      ],
      [
        i(`def fin_(m):`),
        i(`for q in range(3):`, 1),
        i(`try:`, 2),
        i(`if q == m:`, 3),
        i(`return q`, 4),
        i(`finally:`, 2),
        i(`print('finally', q)`, 3),
        i(`return 'none'`, 1),
        i(`print(fin_(${v} % 4))`),
      ],
      [
        i(`e_ = ValueError('noted', ${v})`),
        i(`e_.add_note('a note')`),
        i(
          `print(e_, e_.args, e_.__notes__, str(KeyError('k')), str(KeyError()), repr(OSError('x')))`,
        ),
      ],
      [
        i(`total_ = 0`),
        i(`for q in range(10):`),
        i(`if q % 3 == 0:`, 1),
        i(`continue`, 2),
        i(`if q > ${v} + 5:`, 1),
        i(`break`, 2),
        i(`total_ += q`, 1),
        i(`else:`),
        i(`print('no break')`, 1),
        i(`print('total', total_)`),
      ],
      [
        i(`def fact_(m):`),
        i(`return 1 if m <= 1 else m * fact_(m - 1)`, 1),
        i(
          `print(fact_(${v} + 20), fact_(25) // fact_(23), 10 ** 20 + 1, -(10 ** 19) % 7, (2 ** 64 - 1) ^ 255)`,
        ),
      ],
      [
        i(
          `print(f'{${v}:>6.2f}|{-${v}:<6}|{${v}:^6}|{${v} * 1e6:.2e}|{${v} / 3:.0%}|{${v} * 100:_}|{${v}:x}|{${v}:#o}|{255 + ${v}:08b}')`,
        ),
      ],
      [
        i(
          `print(${v} == float(${v}), 0.1 + 0.2 == 0.3, ${v} is None, [${v}] == [${v}], (1, 2) < (1, 2, 0), 'a' < 'B', None == 0)`,
        ),
      ],
      [
        i(`g_ = (q * q for q in range(${v} + 2))`),
        i(
          `print(next(g_), sum(g_), list(g_), list(map(str, range(3))), list(zip(*[(1, 'a'), (2, 'b')])))`,
        ),
      ],
      [
        i(
          `print(' '.join(f'{w:>3}' for w in 'ab c'.split()), 'A-B'.lower().replace('-', '+'), 'abc'.startswith(('x', 'a')), '  x '.rstrip() + '|')`,
        ),
      ],
      [
        i(`assert ${v} >= 0, 'non-negative'`),
        i(`try:`),
        i(`assert ${v} < 0, f'got {${v}}'`, 1),
        i(`except AssertionError as e:`),
        i(`print('assert', e)`, 1),
      ],
      [
        i(`global_counter_ = dict(global_counter_=1).get('global_counter_', 0) if False else 0`),
        i(
          `print(type(${v}).__name__, type(1.5).__name__, type('s').__name__, type([]).__name__, type(None).__name__, type(len).__name__)`,
        ),
      ],
    ]);
  }

  /** Tasks awaiting tasks in a chain; one link may be cancelled. */
  private chainSnippet(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    this.spend(ctx, 6);
    const f = this.name('follow');
    const k = r.int(2, 4);
    const ts = Array.from({ length: k }, () => this.name('c'));
    const out = [
      `${ind(n)}async def ${f}(prev, tag):`,
      `${ind(n + 1)}try:`,
      `${ind(n + 2)}got = await prev`,
      `${ind(n + 1)}except asyncio.CancelledError:`,
      `${ind(n + 2)}print(tag, 'link cancelled', prev.cancelled())`,
      `${ind(n + 2)}raise`,
      `${ind(n + 1)}print(tag, 'after', got)`,
      ...(r.chance(0.5) ? [`${ind(n + 1)}await asyncio.sleep(${r.pick(['0', '0.1'])})`] : []),
      `${ind(n + 1)}return (tag, got)`,
      `${ind(n)}${ts[0]} = asyncio.create_task(${this.awaitable(ctx, false)})`,
    ];
    for (let i = 1; i < k; i++)
      out.push(`${ind(n)}${ts[i]} = asyncio.create_task(${f}(${ts[i - 1]}, '${ts[i]}'))`);
    if (r.chance(0.6)) {
      out.push(
        `${ind(n)}await asyncio.sleep(${r.pick(['0', '0.1', '0.5', '1'])})`,
        `${ind(n)}print('cancel link', ${r.pick(ts)}.cancel())`,
      );
    }
    out.push(
      `${ind(n)}print(await asyncio.gather(${(r.chance(0.5) ? ts : [...ts].reverse()).join(', ')}, return_exceptions=True))`,
    );
    return out;
  }

  /** Tasks updating a shared counter through `nonlocal`, interleaved by sleep(0). */
  private sharedStateSnippet(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    this.spend(ctx, 8);
    const f = this.name('bump');
    const k = r.int(2, 3);
    return [
      `${ind(n)}count_ = 0`,
      `${ind(n)}log_ = []`,
      `${ind(n)}async def ${f}(tag, times):`,
      `${ind(n + 1)}nonlocal count_`,
      `${ind(n + 1)}for _ in range(times):`,
      `${ind(n + 2)}seen = count_`,
      `${ind(n + 2)}await asyncio.sleep(${r.pick(['0', '0', '0.1', 'random.choice([0, 0.1])'])})`,
      `${ind(n + 2)}count_ = seen + 1`,
      `${ind(n + 2)}log_.append(tag)`,
      `${ind(n + 1)}return count_`,
      `${ind(n)}print(await asyncio.gather(*[${f}(t, ${r.int(1, 3)}) for t in 'xyz'[:${k}]]), count_, ''.join(log_))`,
    ];
  }

  private multilinePrintSnippet(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    const v = this.anyVal(ctx);
    this.spend(ctx, 1);
    return [
      `${ind(n)}${r.pick([
        `print('a\\nb', ${v})`,
        `print('x', ${v}, sep='\\n')`,
        `print(f'line {${v}}\\n')`,
        `print()`,
        `print('', end='')`,
        `print(*[${v}, 'q'], sep='')`,
        `print('tab\\there', repr('\\n'))`,
      ])}`,
    ];
  }

  /** CPython's own messages for errors raised by builtins and operators. */
  private builtinErrorSnippet(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    const v = this.anyVal(ctx);
    this.spend(ctx, 1);
    const e = r.pick([
      `[1, 2][${v} + 5]`,
      `'a' + ${v}`,
      `${v} + 'a'`,
      `(${v}).foo`,
      `int('3.5')`,
      `float('x${v}')`,
      `[].pop()`,
      `{}.popitem()`,
      `1 / 0.0`,
      `${v} % 0`,
      `divmod(${v}, 0)`,
      `round('a')`,
      `len(${v})`,
      `undefined_name_${r.int(0, 9)}`,
      `{'a': 1}[${v}]`,
      `'abc'.index('z')`,
      `[1, 2].index(${v} + 9)`,
      `(1, 2)[5]`,
      `None + ${v}`,
      `${v} < 'a'`,
      `sorted([1, 'a'])`,
      `max([])`,
      `int(None)`,
      `'x' * 'y'`,
      `[${v}].remove(99)`,
      `'%d' % 'a'`,
      `'{}{}'.format(${v})`,
      `(${v})()`,
      `next(iter([]))`,
      `2 ** -1 // 0`,
      `chr(-1)`,
      `int('ff', 16) + int('z', 10)`,
      `list(range(3))[::0]`,
    ]);
    return [
      `${ind(n)}try:`,
      `${ind(n + 1)}print(${e})`,
      `${ind(n)}except Exception as e:`,
      `${ind(n + 1)}print(type(e).__name__, e${r.chance(0.3) ? ', e.args' : ''})`,
    ];
  }

  /** The float clock: many small sleeps, printed exactly. */
  private clockSnippet(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    const k = r.int(2, 5);
    this.spend(ctx, k);
    return [
      `${ind(n)}for _ in range(${k}):`,
      `${ind(n + 1)}await asyncio.sleep(${r.pick(['0.1', '1 / 3', '0.7', '0.01', '1e-9', '0.2', '1e-10', '5e-10'])})`,
      `${ind(n)}print(time.monotonic(), asyncio.get_running_loop().time() == time.monotonic())`,
    ];
  }

  /** A finally block that awaits, run when the task is cancelled or fails. */
  private finallyAwaitSnippet(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    this.spend(ctx, 3);
    const inner = this.sub(ctx, {});
    const body = this.block(inner, n + 1, 1, 2);
    const tail = r.weighted<string[]>([
      [6, []],
      // replaces the exception (or the cancellation) in flight
      [1, [`${ind(n + 1)}raise ValueError('from finally')`]],
      // swallows it
      ...(ctx.inLoop
        ? []
        : ([[1, [`${ind(n + 1)}return 'finally wins'`]]] as [number, string[]][])),
    ]);
    return [
      `${ind(n)}try:`,
      ...body,
      `${ind(n)}finally:`,
      `${ind(n + 1)}print(${this.label(ctx)}, 'cleanup starts')`,
      `${ind(n + 1)}await asyncio.sleep(${r.pick(['0', '0.1', '0.5'])})`,
      `${ind(n + 1)}print(${this.label(ctx)}, 'cleanup done')`,
      ...tail,
    ];
  }

  private innerSnippet(ctx: Ctx, n: number): string[] {
    const r = this.rng;
    const f = this.name('inner');
    const inner: Ctx = {
      ...ctx,
      fn: `${ctx.fn}.${f}`,
      ints: [...ctx.ints, 'y'],
      depth: 2,
      mult: 1,
      cost: { n: 0, limit: 12 },
      inLib: true,
      inLoop: false,
    };
    const body = this.block(inner, n + 1, 1, 3);
    this.spend(ctx, inner.cost.n + 1);
    const out = [`${ind(n)}async def ${f}(y):`, ...body, `${ind(n + 1)}return y * ${r.int(1, 5)}`];
    const a = String(r.int(0, 4));
    if (r.chance(0.5)) out.push(`${ind(n)}print('${f}', await ${f}(${a}))`);
    else out.push(`${ind(n)}print(await asyncio.gather(${f}(${a}), ${f}(${r.int(0, 4)})))`);
    return out;
  }

  // ---- functions and the program ----

  private fnDef(j: number): string[] {
    const r = this.rng;
    const ctx: Ctx = {
      fn: `f${j}`,
      callable: Array.from({ length: j }, (_, i) => i),
      ints: ['x'],
      depth: 0,
      mult: 1,
      cost: { n: 0, limit: j === 0 ? 6 : 25 },
      main: false,
      inLoop: false,
      inLib: false,
    };
    const body = this.block(ctx, 1, 1, j === 0 ? 3 : 4);
    const ret = r.weighted<string | null>([
      [4, `return x * ${r.int(1, 5)}`],
      [1, `return [x, '${ctx.fn}']`],
      [1, `return f'{x}-${j}'`],
      [1, `return (x, x / ${r.int(2, 7)}, "it's")`],
      [1, `return {'x': x, 'neg': -x, 'half': x / 2}`],
      [1, `return x > ${r.int(0, 3)}`],
      [2, null],
    ]);
    if (ret) body.push(`${IND}${ret}`);
    this.fnCost[j] = Math.max(1, ctx.cost.n);
    return [`async def f${j}(x):`, ...body];
  }

  private mainDef(k: number): string[] {
    const r = this.rng;
    const ctx: Ctx = {
      fn: 'main',
      callable: Array.from({ length: k }, (_, i) => i),
      ints: [],
      depth: 0,
      mult: 1,
      cost: { n: 0, limit: 120 },
      main: true,
      inLoop: false,
      inLib: false,
    };
    const body: string[] = [];
    if (r.chance(0.3)) body.push(`${IND}print('main starts', asyncio.current_task().get_name())`);
    body.push(...this.block(ctx, 1, 2, 5));
    const end = r.weighted<number>([
      [5, 0],
      [2, 1],
      [1, 2],
      [1, 3],
      [1, 4],
    ]);
    if (end === 1) {
      // leave tasks pending when main returns
      const a = this.awaitable(ctx);
      if (r.chance(0.5)) body.push(`${IND}asyncio.create_task(${a})`);
      else body.push(`${IND}bg = asyncio.create_task(${a}, name='left')`);
      if (r.chance(0.4)) body.push(`${IND}await asyncio.sleep(0)`);
      if (r.chance(0.3)) body.push(`${IND}asyncio.create_task(${this.stubborn()}('late', 5))`);
    } else if (end === 2) {
      body.push(`${IND}raise RuntimeError('main gives up')`);
    } else if (end === 3) {
      body.push(`${IND}return 'main result'`);
    } else if (end === 4) {
      body.push(`${IND}print('main done at', time.monotonic())`);
    }
    return ['async def main():', ...body];
  }

  generate(): string {
    const r = this.rng;
    if (r.chance(0.2)) this.limit = r.int(1, 3);
    const k = r.int(1, 4);
    const fns: string[][] = [];
    for (let j = 0; j < k; j++) fns.push(this.fnDef(j));
    const main = this.mainDef(k);
    const out: string[] = [
      `# fuzz program, seed ${this.seed}`,
      'import asyncio',
      'import random',
      'import time',
      '',
    ];
    if (this.limit) out.push(`LIMIT = ${this.limit}`, '');
    const defs = [...this.helperOrder.map((h) => this.helpers.get(h)!), ...fns, main];
    for (const d of defs) out.push('', ...d, '');
    out.push('');
    if (r.chance(0.15)) out.push(`print('before run', random.randint(0, 9))`);
    const run = r.chance(0.2) ? 'print(asyncio.run(main()))' : 'asyncio.run(main())';
    const style = r.int(0, 9);
    if (style < 2) out.push("if __name__ == '__main__':", `${IND}${run}`);
    else if (style === 2)
      out.push(
        'try:',
        `${IND}${run}`,
        'except Exception as e:',
        `${IND}print('asyncio.run raised', repr(e))`,
      );
    else out.push(run);
    if (r.chance(0.1)) {
      // a second event loop: the task counter goes on, the clock too
      out.push(`print(asyncio.run(f0(${r.int(0, 4)})), time.monotonic())`);
    }
    return out.join('\n') + '\n';
  }
}

/** A random, valid, terminating asyncio program; the same seed always gives the same text. */
export function generateProgram(seed: number): string {
  // Try sub-seeds until the program is small enough (at most 80 lines), else the shortest.
  let best = '';
  let bestLines = Infinity;
  for (let attempt = 0; attempt < 200 && bestLines > 80; attempt++) {
    const text = new ProgramGen((seed * 31 + attempt) >>> 0).generate();
    const lines = text.split('\n').length;
    if (lines < bestLines) [best, bestLines] = [text, lines];
  }
  return best.replace(/seed \d+\n/, `seed ${seed}\n`);
}
