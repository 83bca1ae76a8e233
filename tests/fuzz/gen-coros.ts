/**
 * Random programs that pass coroutine objects around: made and dropped, passed to calls by
 * position, keyword, `*` and `**`, kept in lists, tuples and dicts, returned, rebound,
 * deleted, looped over, awaited, given to tasks, left in globals at exit. Each coroutine
 * function has a name of its own, so the order of CPython's "never awaited" warnings shows
 * in the trace; a `print` after each statement places them. Run against CPython with
 * `npm run fuzz -- --coros` (tests/fuzz/run.ts).
 *
 * Deterministic (mulberry32 from rng.ts). Avoided on purpose: exceptions (a traceback
 * keeps frames), sets (their order is by address), closures, printing a coroutine's repr
 * (it shows an address), awaiting one coroutine twice.
 */
import { mulberry32 } from './rng.ts';

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
}

const CORO_FUNCS = ['a0', 'a1', 'a2', 'a3', 'a4', 'a5'];

/** Helpers the statements call; each takes what it is given in a different way. */
const PRELUDE = `import asyncio

store = []
box = {}


async def a0(x=None, y=None):
    return 0


async def a1(x=None, y=None):
    await asyncio.sleep(0)
    return 1


async def a2(x=None, y=None):
    return 2


async def a3(x=None, y=None):
    await asyncio.sleep(0)
    return 3


async def a4(x=None, y=None):
    return 4


async def a5(x=None, y=None):
    return 5


async def a6(x, y=None):
    await asyncio.sleep(0)
    return await x


def pick(x, y):
    return y


def keep(x):
    store.append(x)
    return len(store)


def drop(x, y=None):
    print('drop', type(y).__name__)
    return 0


def ret(x):
    return x


def kwonly(*, x=None, y=None):
    print('kwonly')


def star(*args, **kwargs):
    print('star', len(args), sorted(kwargs))


def make():
    spare = a5()
    return a4()


def hold(p, q=None):
    t = [p, q]
    u = {'q': q}
    print('hold', len(t))
`;

interface Ctx {
  /** Names that hold a coroutine object made right there and never awaited nor aliased. */
  fresh: Set<string>;
  async: boolean;
  /** In `scene` itself (which must not call itself). */
  scene: boolean;
  names: string[];
}

class Gen {
  private readonly r: Rng;
  private marker = 0;
  private varCount = 0;
  constructor(seed: number) {
    this.r = new Rng(seed);
  }

  private coro(depth = 0): string {
    const r = this.r;
    const f = r.pick(CORO_FUNCS);
    if (depth < 1 && r.chance(0.2)) return `${f}(${this.coroExpr(depth + 1)})`;
    if (depth < 1 && r.chance(0.1)) return `${f}(y=${this.coroExpr(depth + 1)})`;
    return `${f}()`;
  }

  /** An expression whose value is, or holds, coroutine objects. */
  private coroExpr(depth = 0): string {
    const r = this.r;
    if (depth > 1) return this.coro(depth);
    switch (r.int(9)) {
      case 0:
        return `[${this.coro(depth)}, ${this.coro(depth)}]`;
      case 1:
        return `(${this.coro(depth)},)`;
      case 2:
        return `{'k': ${this.coro(depth)}, 'j': ${this.coro(depth)}}`;
      case 3:
        return 'make()';
      case 4:
        return `ret(${this.coro(depth)})`;
      case 5:
        return `[${r.pick(CORO_FUNCS)}() for _ in range(2)]`;
      case 6:
        return `[[${this.coro(depth)}], {'d': ${this.coro(depth)}}]`;
      default:
        return this.coro(depth);
    }
  }

  private newName(ctx: Ctx): string {
    const n = `v${this.varCount++}`;
    ctx.names.push(n);
    return n;
  }

  private statement(ctx: Ctx, ind: string): string[] {
    const r = this.r;
    const some = (): string | null => (ctx.names.length ? r.pick(ctx.names) : null);
    const k = r.int(24);
    const v = some();
    switch (k) {
      case 0:
        return [`${ind}${this.coro()}`];
      case 1: {
        const n = r.chance(0.5) && v ? v : this.newName(ctx);
        const plain = r.chance(0.5);
        ctx.fresh.delete(n);
        if (plain && ctx.async) ctx.fresh.add(n);
        return [`${ind}${n} = ${plain ? this.coro() : this.coroExpr()}`];
      }
      case 2:
        if (!v) return [`${ind}drop(${this.coroExpr()})`];
        ctx.fresh.delete(v);
        return [`${ind}${v} = None`];
      case 3:
        if (!v) return [`${ind}drop(1, ${this.coroExpr()})`];
        ctx.fresh.delete(v);
        ctx.names.splice(ctx.names.indexOf(v), 1);
        return [`${ind}del ${v}`];
      case 4:
        return [`${ind}drop(${this.coroExpr()})`];
      case 5:
        return [`${ind}drop(0, y=${this.coroExpr()})`];
      case 6:
        return [`${ind}kwonly(x=${this.coroExpr()}, y=${r.chance(0.5) ? this.coro() : '1'})`];
      case 7:
        return [`${ind}star(*[${this.coro()}, ${this.coro()}], **{'k': ${this.coro()}})`];
      case 8:
        return [`${ind}print(len([${this.coro()}, ${this.coro()}]), drop(${this.coro()}))`];
      case 9:
        return [`${ind}keep(${v && r.chance(0.5) ? v : this.coroExpr()})`];
      case 10:
        return [r.pick([`${ind}store.clear()`, `${ind}store.pop() if store else None`])];
      case 11:
        return [
          r.pick([
            `${ind}box['k'] = ${this.coroExpr()}`,
            `${ind}box.pop('k', None)`,
            `${ind}box.clear()`,
            `${ind}box['k'] = 0`,
          ]),
        ];
      case 12:
        return [
          `${ind}for it in ${this.r.chance(0.5) ? `[${this.coro()}, ${this.coro()}]` : `(${this.coro()}, 1)`}:`,
          `${ind}    print('it')`,
          `${ind}it = None`,
        ];
      case 13:
        return [`${ind}hold(${this.coroExpr()}${r.chance(0.5) ? `, ${this.coro()}` : ''})`];
      case 14:
        if (ctx.async && v && ctx.fresh.has(v)) {
          ctx.fresh.delete(v);
          return [`${ind}print('awaited', await ${v})`];
        }
        return [`${ind}print('made', ${this.coro()} is None)`];
      case 15:
        if (ctx.async) return [`${ind}await asyncio.sleep(0)`];
        return [`${ind}scene_drop(${this.coroExpr()})`];
      case 16:
        if (ctx.async) return [`${ind}tasks.append(asyncio.create_task(${this.coro()}))`];
        return [`${ind}${this.coro()}`];
      case 17:
        if (ctx.async)
          return [`${ind}print('gathered', await asyncio.gather(${this.coro()}, ${this.coro()}))`];
        return [`${ind}drop(${this.coro()})`];
      case 18:
        if (ctx.async)
          return [`${ind}print('awaited', await ${r.pick(CORO_FUNCS)}(${this.coroExpr(1)}))`];
        return [`${ind}drop([${this.coro()}] and 'x')`];
      case 19:
        if (ctx.async) {
          const t = `asyncio.create_task(a6(${this.coro(1)}, ${this.coroExpr(1)}))`;
          return [`${ind}tasks.append(${t})`];
        }
        return [`${ind}drop(pick(${this.coroExpr()}, ${this.coro()}))`];
      case 20:
        if (ctx.async) return [`${ind}print('a6', await a6(${this.coro(1)}, ${this.coroExpr(1)}))`];
        return [`${ind}box[${this.coro()}] = ${this.coroExpr()}`];
      case 21: {
        const n = this.newName(ctx);
        return [
          `${ind}${n} = []`,
          `${ind}for i in range(2):`,
          `${ind}    ${n}.append(${this.coro()})`,
          `${ind}    ${n} = [${n}] if i else ${n}`,
        ];
      }
      case 22: {
        const n = v ?? this.newName(ctx);
        ctx.fresh.delete(n);
        return [`${ind}${n} = pick(${v ?? 'None'}, ${this.coroExpr()})`];
      }
      default:
        if (ctx.scene) return [`${ind}hold(${this.coroExpr()})`];
        return [`${ind}scene(${this.coroExpr()}, ${r.chance(0.5) ? this.coro() : 'None'})`];
    }
  }

  private block(ctx: Ctx, ind: string, n: number): string[] {
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      out.push(...this.statement(ctx, ind));
      out.push(`${ind}print('s${this.marker++}')`);
    }
    return out;
  }

  program(): string {
    const r = this.r;
    const out = [PRELUDE];
    const sceneCtx: Ctx = { fresh: new Set(), async: false, scene: true, names: ['p', 'q'] };
    out.push('', 'def scene(p, q):', ...this.block(sceneCtx, '    ', 2 + r.int(4)));
    out.push('', 'def scene_drop(p):', `    p = ${this.coro()}`, `    print('scene_drop')`);
    const mainCtx: Ctx = { fresh: new Set(), async: true, scene: false, names: [] };
    out.push('', '', 'async def main():', '    tasks = []');
    out.push(...this.block(mainCtx, '    ', 4 + r.int(8)));
    out.push('    for t in tasks:', '        await t', "    print('main ends')");
    const modCtx: Ctx = { fresh: new Set(), async: false, scene: false, names: [] };
    out.push('', '');
    out.push(...this.block(modCtx, '', 1 + r.int(3)));
    out.push('asyncio.run(main())');
    if (r.chance(0.7)) out.push(`_private = ${this.coroExpr()}`);
    if (r.chance(0.7)) out.push(`public = ${this.coroExpr()}`);
    out.push("print('the end')", '');
    return out.join('\n');
  }
}

export function generateCoroProgram(seed: number): string {
  return new Gen(seed).program();
}
