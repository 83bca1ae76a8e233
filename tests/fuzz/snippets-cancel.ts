/**
 * The fuzzer's cancellation and timing pieces (tests/fuzz/generate.ts): cancelling tasks
 * (ones that swallow the cancel too), nested timeouts, a task cancelling itself or another,
 * `finally` blocks that await, many timers due at once, and the loop's clock.
 */

import { IND, ind } from './core.ts';
import type { Ctx, GenCore } from './core.ts';
import { stubborn } from './helpers.ts';

export function cancelSnippet(gen: GenCore, ctx: Ctx, n: number): string[] {
  const r = gen.rng;
  const t = gen.name('t');
  gen.spend(ctx, 4);
  const out = [
    `${ind(n)}${t} = asyncio.create_task(${stubborn(gen)}('${t}', ${r.pick(['0.5', '1', '2'])}))`,
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

export function nestedTimeoutSnippet(gen: GenCore, ctx: Ctx, n: number): string[] {
  const r = gen.rng;
  const a = r.pick(['0.5', '1', '2', 'None']);
  const b = r.pick(['0.2', '0.5', '1.5', '3']);
  const inner = gen.sub(ctx, { inLib: true, depth: 2 });
  const resched = r.chance(0.3);
  const body = gen.block(inner, n + 3, 1, 2);
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
export function selfCancelSnippet(gen: GenCore, ctx: Ctx, n: number): string[] {
  const r = gen.rng;
  gen.spend(ctx, 2);
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

/** Several timers, some due together after a blocking sleep. */
export function timerStormSnippet(gen: GenCore, ctx: Ctx, n: number): string[] {
  const r = gen.rng;
  gen.spend(ctx, 6);
  const ds = Array.from({ length: r.int(2, 5) }, () =>
    r.pick(['0.3', '0.1', '0.1 + 0.2', '0.2', '0.1', '0', '0.30000000000000004', '1 / 3', '0.5']),
  );
  const ts = gen.name('ts');
  const out = [
    `${ind(n)}${ts} = [asyncio.create_task(asyncio.sleep(d, i)${r.chance(0.4) ? ", name=f'timer{i}'" : ''}) for i, d in enumerate([${ds.join(', ')}])]`,
  ];
  if (r.chance(0.5)) out.push(`${ind(n)}await asyncio.sleep(0)`);
  if (r.chance(0.7)) out.push(`${ind(n)}time.sleep(${r.pick(['0.25', '0.3', '0.1', '1'])})`);
  out.push(`${ind(n)}print(await asyncio.gather(*${ts}), f'{time.monotonic():.17f}')`);
  return out;
}

/** One task cancels another through a shared name. */
export function crossCancelSnippet(gen: GenCore, ctx: Ctx, n: number): string[] {
  const r = gen.rng;
  gen.spend(ctx, 4);
  const v = gen.name('victim');
  const k = gen.name('killer');
  const target = gen.awaitable(ctx, false);
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
export function stubbornWaitSnippet(gen: GenCore, ctx: Ctx, n: number): string[] {
  const r = gen.rng;
  gen.spend(ctx, 4);
  const st = `${stubborn(gen)}('sw', ${r.pick(['0.5', '1', '2'])})`;
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

/** The float clock: many small sleeps, printed exactly. */
export function clockSnippet(gen: GenCore, ctx: Ctx, n: number): string[] {
  const r = gen.rng;
  const k = r.int(2, 5);
  gen.spend(ctx, k);
  return [
    `${ind(n)}for _ in range(${k}):`,
    `${ind(n + 1)}await asyncio.sleep(${r.pick(['0.1', '1 / 3', '0.7', '0.01', '1e-9', '0.2', '1e-10', '5e-10'])})`,
    `${ind(n)}print(time.monotonic(), asyncio.get_running_loop().time() == time.monotonic())`,
  ];
}

/** A finally block that awaits, run when the task is cancelled or fails. */
export function finallyAwaitSnippet(gen: GenCore, ctx: Ctx, n: number): string[] {
  const r = gen.rng;
  gen.spend(ctx, 3);
  const inner = gen.sub(ctx, {});
  const body = gen.block(inner, n + 1, 1, 2);
  const tail = r.weighted<string[]>([
    [6, []],
    // replaces the exception (or the cancellation) in flight
    [1, [`${ind(n + 1)}raise ValueError('from finally')`]],
    // swallows it
    ...(ctx.inLoop ? [] : ([[1, [`${ind(n + 1)}return 'finally wins'`]]] as [number, string[]][])),
  ]);
  return [
    `${ind(n)}try:`,
    ...body,
    `${ind(n)}finally:`,
    `${ind(n + 1)}print(${gen.label(ctx)}, 'cleanup starts')`,
    `${ind(n + 1)}await asyncio.sleep(${r.pick(['0', '0.1', '0.5'])})`,
    `${ind(n + 1)}print(${gen.label(ctx)}, 'cleanup done')`,
    ...tail,
  ];
}
