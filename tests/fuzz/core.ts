/**
 * The fuzzer's generator state and small pieces (tests/fuzz/generate.ts): fresh names,
 * delays and int expressions, the work budget (`afford`/`spend`), calls of the `fN`
 * coroutines, prints, raises, sleeps and try wrappers, and the top-level helper registry.
 * `block` (a list of statements) is left abstract: ProgramGen in generate.ts supplies it, so
 * the snippet modules can recurse into statements without importing the generator.
 */

import { Rng } from './rng.ts';
import type { SnippetKit } from './snippets-more.ts';

export const IND = '    ';
export const ind = (n: number): string => IND.repeat(n);

/** Where a statement is being generated. */
export interface Ctx {
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

export const DELAYS = ['0', '0.1', '0.25', '0.5', '1', '1.5', '2', '3'];
export const ODD_DELAYS = ['0.1 + 0.2', '0.3', '1 / 3', '0.05', '0.7 - 0.2', '2 * 0.15', '0.001'];
export const TIMEOUTS = ['0', '0.1', '0.3', '0.5', '1', '1.2', '2', '4', 'None'];
export const EXCS = ['ValueError', 'KeyError', 'ZeroDivisionError'] as const;

/** The generator as the snippet modules see it. */
export abstract class GenCore {
  readonly rng: Rng;
  readonly helpers = new Map<string, string[]>();
  readonly helperOrder: string[] = [];
  readonly fnCost: number[] = [];
  private fresh = 0;
  readonly seed: number;
  /** A top-level `LIMIT = N` that loops may use. */
  limit = 0;

  constructor(seed: number) {
    this.seed = seed;
    this.rng = new Rng(seed);
  }

  /** A list of statements at indent n. */
  abstract block(ctx: Ctx, n: number, lo: number, hi: number): string[];

  name(prefix: string): string {
    this.fresh += 1;
    return `${prefix}${this.fresh}`;
  }

  delay(ctx: Ctx): string {
    const r = this.rng;
    return r.weighted<() => string>([
      [8, () => r.pick(DELAYS)],
      [2, () => r.pick(ODD_DELAYS)],
      [ctx.ints.length ? 2 : 0, () => `${r.pick(ctx.ints)} * ${r.pick(['0.1', '0.25', '0.5'])}`],
    ])();
  }

  intExpr(ctx: Ctx): string {
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

  anyVal(ctx: Ctx): string {
    return ctx.ints.length && this.rng.chance(0.7)
      ? this.rng.pick(ctx.ints)
      : String(this.rng.int(0, 9));
  }

  afford(ctx: Ctx, c: number): boolean {
    return ctx.cost.n + c * ctx.mult <= ctx.cost.limit;
  }

  spend(ctx: Ctx, c: number): void {
    ctx.cost.n += c * ctx.mult;
  }

  /** A call `fJ(arg)` of a coroutine this body may await, or null when none fits the budget. */
  call(ctx: Ctx, extra = 1): string | null {
    const ok = ctx.callable.filter((j) => this.afford(ctx, (this.fnCost[j] ?? 1) * extra));
    if (ok.length === 0) return null;
    const j = this.rng.pick(ok);
    this.spend(ctx, (this.fnCost[j] ?? 1) * extra);
    return `f${j}(${this.intExpr(ctx)})`;
  }

  /** An awaitable for gather / wait_for / create_task: a call, or a bare sleep. */
  awaitable(ctx: Ctx, allowSleep = true): string {
    const c = this.rng.chance(allowSleep ? 0.85 : 1) ? this.call(ctx) : null;
    if (c) return c;
    this.spend(ctx, 1);
    return this.rng.chance(0.5)
      ? `asyncio.sleep(${this.rng.pick(['0', '0.1', '0.5', '1'])}, ${this.anyVal(ctx)})`
      : `asyncio.sleep(${this.rng.pick(['0.2', '1', '0.1 + 0.2'])})`;
  }

  label(ctx: Ctx): string {
    return `'${ctx.fn}'`;
  }

  printStmt(ctx: Ctx): string {
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
  raiseStmt(ctx: Ctx, n: number): string[] {
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

  /** What the pieces in snippets-more.ts use of this generator. */
  kit(): SnippetKit<Ctx> {
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

  helper(name: string, make: () => string[]): string {
    if (!this.helpers.has(name)) {
      this.helpers.set(name, make());
      this.helperOrder.push(name);
    }
    return name;
  }

  sub(ctx: Ctx, over: Partial<Ctx>): Ctx {
    return { ...ctx, depth: ctx.depth + 1, ...over };
  }

  sleepStmt(ctx: Ctx, n: number): string[] {
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

  /** try: BODY (already indented at n+1) with one or two handlers, maybe finally. */
  wrapTry(ctx: Ctx, n: number, body: string[]): string[] {
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
}
