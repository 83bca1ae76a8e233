/**
 * The fuzzer's callback, future and generator pieces (tests/fuzz/generate.ts): `call_soon`
 * and `call_later` callbacks, futures set by hand, async generators, odd awaitables,
 * coroutines never awaited, chains of tasks and nested `async def`s.
 */

import { ind } from './core.ts';
import type { Ctx, GenCore } from './core.ts';
import { ticker } from './helpers.ts';

/** Futures resolved by loop callbacks: call_soon / call_later / add_done_callback. */
export function callbackSnippet(gen: GenCore, ctx: Ctx, n: number): string[] {
  const r = gen.rng;
  const fut = gen.name('fut');
  gen.spend(ctx, 4);
  const out = [
    `${ind(n)}loop = asyncio.get_running_loop()`,
    `${ind(n)}${fut} = loop.create_future()`,
  ];
  const v = gen.anyVal(ctx);
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
  if (r.chance(0.3)) out.push(...gen.sleepStmt(ctx, n));
  out.push(`${ind(n)}print('future gave', await ${fut}, ${fut}.done())`);
  return out;
}

export function asyncGenSnippet(gen: GenCore, ctx: Ctx, n: number): string[] {
  const r = gen.rng;
  gen.spend(ctx, 5);
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
    const g = gen.name('agen');
    return [
      `${ind(n)}${g} = ${ticker(gen)}(${k + 1}, ${d})`,
      `${ind(n)}print('first', await ${g}.__anext__())`,
      ...(r.chance(0.5) ? [`${ind(n)}print('second', await anext(${g}))`] : []),
      `${ind(n)}await ${g}.aclose()`,
      ...(r.chance(0.5) ? [`${ind(n)}print('after close', await anext(${g}, 'done'))`] : []),
    ];
  }
  if (how === 0) {
    // the body may raise or be cancelled: `async for` then drops the generator
    const inner = gen.sub(ctx, {
      ints: [...ctx.ints, 'v_'],
      depth: 2,
      inLoop: true,
      mult: ctx.mult * k,
    });
    return [
      `${ind(n)}async for v_ in ${ticker(gen)}(${k}, ${d}):`,
      `${ind(n + 1)}print('tick', v_)`,
      ...(r.chance(0.4) ? [`${ind(n + 1)}await asyncio.sleep(0)`] : []),
      ...(r.chance(0.5) ? gen.block(inner, n + 1, 1, 1) : []),
    ];
  }
  if (how === 1) return [`${ind(n)}print([v_ * 2 async for v_ in ${ticker(gen)}(${k}, ${d})])`];
  return [
    `${ind(n)}async for v_ in ${ticker(gen)}(${k + 1}, ${d}):`,
    `${ind(n + 1)}if v_ == ${r.int(0, k)}:`,
    `${ind(n + 2)}break`,
    `${ind(n)}print('after break')`,
  ];
}

/** A coroutine object made and dropped: RuntimeWarning at once (reference counting). */
export function neverAwaitedSnippet(gen: GenCore, ctx: Ctx, n: number): string[] {
  const r = gen.rng;
  const j = ctx.callable.length ? `f${r.pick(ctx.callable)}` : 'asyncio.sleep';
  if (r.chance(0.5)) return [`${ind(n)}${j}(1)`];
  const c = gen.name('c');
  // Only names hold it here; tests/fuzz/gen-coros.ts passes coroutines around.
  if (r.chance(0.5))
    return [`${ind(n)}${c} = ${j}(2)`, `${ind(n)}print('made')`, `${ind(n)}del ${c}`];
  return [`${ind(n)}${c} = ${j}(2)`, `${ind(n)}${c} = ${j}(3)`, `${ind(n)}${c} = None`];
}

/** Awaiting things that are already done, empty gathers, queue misuse. */
export function oddAwaitSnippet(gen: GenCore, ctx: Ctx, n: number): string[] {
  const r = gen.rng;
  gen.spend(ctx, 2);
  return r.pick([
    [`${ind(n)}print('empty gather', await asyncio.gather())`],
    [
      `${ind(n)}done_ = asyncio.get_running_loop().create_future()`,
      `${ind(n)}done_.set_result(${gen.anyVal(ctx)})`,
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
export function futureSnippet(gen: GenCore, ctx: Ctx, n: number): string[] {
  const r = gen.rng;
  gen.spend(ctx, 6);
  const fut = gen.name('fut');
  const w = gen.name('waitfut');
  const k = r.int(1, 3);
  const how = r.pick([
    `${fut}.set_result(${gen.anyVal(ctx)})`,
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

/** Tasks awaiting tasks in a chain; one link may be cancelled. */
export function chainSnippet(gen: GenCore, ctx: Ctx, n: number): string[] {
  const r = gen.rng;
  gen.spend(ctx, 6);
  const f = gen.name('follow');
  const k = r.int(2, 4);
  const ts = Array.from({ length: k }, () => gen.name('c'));
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
    `${ind(n)}${ts[0]} = asyncio.create_task(${gen.awaitable(ctx, false)})`,
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

export function innerSnippet(gen: GenCore, ctx: Ctx, n: number): string[] {
  const r = gen.rng;
  const f = gen.name('inner');
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
  const body = gen.block(inner, n + 1, 1, 3);
  gen.spend(ctx, inner.cost.n + 1);
  const out = [`${ind(n)}async def ${f}(y):`, ...body, `${ind(n + 1)}return y * ${r.int(1, 5)}`];
  const a = String(r.int(0, 4));
  if (r.chance(0.5)) out.push(`${ind(n)}print('${f}', await ${f}(${a}))`);
  else out.push(`${ind(n)}print(await asyncio.gather(${f}(${a}), ${f}(${r.int(0, 4)})))`);
  return out;
}
