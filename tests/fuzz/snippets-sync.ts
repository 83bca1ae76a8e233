/**
 * The fuzzer's synchronisation pieces (tests/fuzz/generate.ts): queues (producers and
 * consumers, workers and `join`, hand-offs, `get` under a timeout), events, locks,
 * semaphores and `sleep(0)` spinners. Every waiter has its waker in the same piece and every
 * queue's puts and gets balance, so each piece ends on its own.
 */

import { ind, DELAYS } from './core.ts';
import type { Ctx, GenCore } from './core.ts';
import {
  consumer,
  guarded,
  limited,
  producer,
  setter,
  spinner,
  waiter,
  worker,
} from './helpers.ts';

export function queueSnippet(gen: GenCore, ctx: Ctx, n: number): string[] {
  const r = gen.rng;
  const q = gen.name('q');
  const maxsize = r.int(0, 3);
  gen.spend(ctx, 8);
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
        (k, i) => `${producer(gen)}(${q}, ${k}, 'p${i}', ${r.pick(DELAYS.slice(0, 5))})`,
      ),
      ...takes.map(
        (k, i) => `${consumer(gen)}(${q}, ${k}, 'c${i}', ${r.pick(DELAYS.slice(0, 5))})`,
      ),
    ];
    // shuffle the argument order
    for (let i = args.length - 1; i > 0; i--) {
      const j = r.int(0, i);
      [args[i], args[j]] = [args[j]!, args[i]!];
    }
    out.push(`${ind(n)}print(await asyncio.gather(${args.join(', ')}))`);
  } else {
    const w = gen.name('ws');
    const k = r.int(1, 3);
    const items = r.int(1, 5);
    out.push(
      `${ind(n)}${w} = [asyncio.create_task(${worker(gen)}(${q}, f'w{i}')) for i in range(${k})]`,
      `${ind(n)}for i in range(${items}):`,
      `${ind(n + 1)}await ${q}.put(i * ${r.pick(['0.1', '1', '0.5'])})`,
    );
    if (r.chance(0.3)) out.push(`${ind(n + 1)}print('queued', i, ${q}.qsize())`);
    out.push(`${ind(n)}await ${q}.join()`, `${ind(n)}print('joined', ${q}.qsize(), ${q}.empty())`);
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

export function eventSnippet(gen: GenCore, ctx: Ctx, n: number): string[] {
  const r = gen.rng;
  const ev = gen.name('ev');
  gen.spend(ctx, 6);
  const out = [`${ind(n)}${ev} = asyncio.Event()`];
  const k = r.int(1, 3);
  if (r.chance(0.5)) {
    const ws = gen.name('ws');
    out.push(
      `${ind(n)}${ws} = [asyncio.create_task(${waiter(gen)}(${ev}, f'e{i}')) for i in range(${k})]`,
      `${ind(n)}await asyncio.sleep(${r.pick(['0', '0.1', '0.5', '1'])})`,
      `${ind(n)}print('setting', ${ev}.is_set())`,
      `${ind(n)}${ev}.set()`,
    );
    if (r.chance(0.3)) out.push(`${ind(n)}${ev}.clear()`);
    out.push(`${ind(n)}print(await asyncio.gather(*${ws}))`);
  } else {
    const args = Array.from({ length: k }, (_, i) => `${waiter(gen)}(${ev}, 'v${i}')`);
    args.splice(r.int(0, k), 0, `${setter(gen)}(${ev}, ${r.pick(['0', '0.1', '0.5', '1', '2'])})`);
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

export function lockSnippet(gen: GenCore, ctx: Ctx, n: number): string[] {
  const r = gen.rng;
  const lock = gen.name('lock');
  gen.spend(ctx, 6);
  const k = r.int(2, 4);
  const out = [`${ind(n)}${lock} = asyncio.Lock()`];
  if (r.chance(0.3)) {
    // cancel a task that waits for the lock
    const t = gen.name('t');
    out.push(
      `${ind(n)}${t} = asyncio.create_task(${guarded(gen)}(${lock}, 'x', 1))`,
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
      `${ind(n)}print(await asyncio.gather(${ds.map((d, i) => `${guarded(gen)}(${lock}, 'L${i}', ${d})`).join(', ')}))`,
    );
  } else {
    out.push(
      `${ind(n)}print(await asyncio.gather(*[${guarded(gen)}(${lock}, f'L{i}', ${r.pick(['0.1', 'i * 0.5', '0'])}) for i in range(${k})]))`,
    );
  }
  return out;
}

export function semSnippet(gen: GenCore, ctx: Ctx, n: number): string[] {
  const r = gen.rng;
  const sem = gen.name('sem');
  gen.spend(ctx, 6);
  const k = r.int(2, 5);
  const ret = r.chance(0.5) ? ', return_exceptions=True' : '';
  const g = `asyncio.gather(*[${limited(gen)}(${sem}, f's{i}', ${r.pick(['0.5', 'i * 0.5', '1', '(i % 3) * 0.75'])}) for i in range(${k})]${ret})`;
  const lines = [`${ind(n)}${sem} = asyncio.Semaphore(${r.int(1, 3)})`];
  if (ret) return [...lines, `${ind(n)}print(await ${g})`];
  return [...lines, ...gen.wrapTry(ctx, n, [`${ind(n + 1)}print(await ${g})`])];
}

export function spinSnippet(gen: GenCore, ctx: Ctx, n: number): string[] {
  const r = gen.rng;
  gen.spend(ctx, 6);
  const k = r.int(2, 3);
  const args = Array.from(
    { length: k },
    (_, i) => `${spinner(gen)}('${'abc'[i]}', ${r.int(1, 4)})`,
  );
  if (r.chance(0.3)) {
    const t = gen.name('t');
    return [
      `${ind(n)}${t} = asyncio.create_task(${args[0]!})`,
      `${ind(n)}print(await asyncio.gather(${args.slice(1).join(', ')}))`,
      `${ind(n)}print(${t}.done())`,
    ];
  }
  return [`${ind(n)}print(await asyncio.gather(${args.join(', ')}))`];
}

/** A lock / semaphore / event handed over to a waiter that is cancelled at that moment. */
export function handoffSnippet(gen: GenCore, ctx: Ctx, n: number): string[] {
  const r = gen.rng;
  gen.spend(ctx, 8);
  const a = gen.name('ta');
  let b = gen.name('tb');
  const kind = r.int(0, 2);
  const prim = gen.name(kind === 2 ? 'sem' : 'lock');
  const helper = kind === 2 ? limited(gen) : guarded(gen);
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
    const c = gen.name('tc');
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
export function queueTimeoutSnippet(gen: GenCore, ctx: Ctx, n: number): string[] {
  const r = gen.rng;
  gen.spend(ctx, 8);
  const q = gen.name('q');
  const g = gen.name('getter');
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
