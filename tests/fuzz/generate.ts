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
 *
 * Files: rng.ts (the PRNG), core.ts (the generator's state, budget and small pieces),
 * helpers.ts (the top-level helper coroutines), this file (statements, coroutine definitions,
 * the program) and the pieces by concern: snippets-tasks.ts, snippets-sync.ts,
 * snippets-cancel.ts, snippets-callbacks.ts, snippets-python.ts, and snippets-more.ts (wait,
 * as_completed, shield, conditions, barriers, all the queues, classes and coroutines handed
 * around).
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
import { GenCore, IND, ind } from './core.ts';
import type { Ctx } from './core.ts';
import { stubborn } from './helpers.ts';
import {
  asyncGenSnippet,
  callbackSnippet,
  chainSnippet,
  futureSnippet,
  innerSnippet,
  neverAwaitedSnippet,
  oddAwaitSnippet,
} from './snippets-callbacks.ts';
import {
  cancelSnippet,
  clockSnippet,
  crossCancelSnippet,
  finallyAwaitSnippet,
  nestedTimeoutSnippet,
  selfCancelSnippet,
  stubbornWaitSnippet,
  timerStormSnippet,
} from './snippets-cancel.ts';
import {
  builtinErrorSnippet,
  exprSnippet,
  multilinePrintSnippet,
  pythonSnippet,
  sharedStateSnippet,
} from './snippets-python.ts';
import {
  eventSnippet,
  handoffSnippet,
  lockSnippet,
  queueSnippet,
  queueTimeoutSnippet,
  semSnippet,
  spinSnippet,
} from './snippets-sync.ts';
import {
  gatherCancelSnippet,
  gatherSnippet,
  sharedTaskSnippet,
  taskGroupSnippet,
  taskSnippet,
  timeoutSnippet,
  waitForSnippet,
} from './snippets-tasks.ts';

/** Statements, coroutine definitions and the program; the pieces come from the snippet modules. */
class ProgramGen extends GenCore {
  /** A list of statements at indent n. */
  override block(ctx: Ctx, n: number, lo: number, hi: number): string[] {
    const out: string[] = [];
    const count = this.rng.int(lo, hi);
    for (let i = 0; i < count; i++) out.push(...this.stmt(ctx, n));
    if (out.length === 0) {
      this.spend(ctx, 1);
      out.push(`${ind(n)}await asyncio.sleep(${this.delay(ctx)})`);
    }
    return out;
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
      [lib ? 3 * m : 0, () => taskSnippet(this, ctx, n)],
      [lib ? 3 * m : 0, () => gatherSnippet(this, ctx, n)],
      [lib ? 1.5 * m : 0, () => waitForSnippet(this, ctx, n)],
      [lib ? 1.5 * m : 0, () => timeoutSnippet(this, ctx, n)],
      [lib ? 1.5 * m : 0, () => taskGroupSnippet(this, ctx, n)],
      [lib ? 1 * m : 0, () => queueSnippet(this, ctx, n)],
      [lib ? 1 * m : 0, () => eventSnippet(this, ctx, n)],
      [lib ? 1 * m : 0, () => lockSnippet(this, ctx, n)],
      [lib ? 1 * m : 0, () => semSnippet(this, ctx, n)],
      [lib ? 1 * m : 0, () => spinSnippet(this, ctx, n)],
      [lib ? 1 * m : 0, () => cancelSnippet(this, ctx, n)],
      [lib && !ctx.inLoop ? 1 : 0, () => innerSnippet(this, ctx, n)],
      [lib ? 1 * m : 0, () => callbackSnippet(this, ctx, n)],
      [lib ? 1 * m : 0, () => gatherCancelSnippet(this, ctx, n)],
      [lib ? 1 * m : 0, () => sharedTaskSnippet(this, ctx, n)],
      [lib ? 1 * m : 0, () => asyncGenSnippet(this, ctx, n)],
      [lib ? 1 * m : 0, () => handoffSnippet(this, ctx, n)],
      [lib ? 1 * m : 0, () => queueTimeoutSnippet(this, ctx, n)],
      [lib ? 0.7 * m : 0, () => nestedTimeoutSnippet(this, ctx, n)],
      [lib ? 0.5 : 0, () => selfCancelSnippet(this, ctx, n)],
      [0.3, () => neverAwaitedSnippet(this, ctx, n)],
      [2, () => exprSnippet(this, ctx, n)],
      [lib ? 1 * m : 0, () => timerStormSnippet(this, ctx, n)],
      [lib ? 0.7 * m : 0, () => crossCancelSnippet(this, ctx, n)],
      [lib ? 0.7 * m : 0, () => stubbornWaitSnippet(this, ctx, n)],
      [0.7, () => clockSnippet(this, ctx, n)],
      [0.3, () => oddAwaitSnippet(this, ctx, n)],
      [1.5, () => builtinErrorSnippet(this, ctx, n)],
      [lib && !ctx.inLoop ? 0.7 * m : 0, () => sharedStateSnippet(this, ctx, n)],
      [0.5, () => multilinePrintSnippet(this, ctx, n)],
      [lib && !ctx.inLoop ? 1 * m : 0, () => chainSnippet(this, ctx, n)],
      [lib ? 1 * m : 0, () => futureSnippet(this, ctx, n)],
      [2, () => pythonSnippet(this, ctx, n)],
      [1, () => finallyAwaitSnippet(this, ctx, n)],
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
      if (r.chance(0.3)) body.push(`${IND}asyncio.create_task(${stubborn(this)}('late', 5))`);
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
