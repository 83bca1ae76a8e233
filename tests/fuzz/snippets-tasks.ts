/**
 * The fuzzer's task pieces (tests/fuzz/generate.ts): `create_task` and what is done with the
 * task after, `gather` (nested, with `return_exceptions`, cancelled), `wait_for`,
 * `asyncio.timeout`, `TaskGroup`, and one task awaited by several others.
 */

import { IND, ind, TIMEOUTS } from './core.ts';
import type { Ctx, GenCore } from './core.ts';

export function taskSnippet(gen: GenCore, ctx: Ctx, n: number): string[] {
  const r = gen.rng;
  const t = gen.name('t');
  const out: string[] = [];
  if (r.chance(0.25)) {
    // several tasks at once
    const c = gen.call({ ...ctx, ints: [...ctx.ints, 'i'] }, 3);
    if (c) {
      const k = r.int(2, 3);
      const named = r.chance(0.4) ? `, name=f'w{i}'` : '';
      out.push(`${ind(n)}${t} = [asyncio.create_task(${c}${named}) for i in range(${k})]`);
      if (r.chance(0.3)) out.push(...gen.sleepStmt(ctx, n));
      const how = r.int(0, 2);
      if (how === 0) {
        out.push(`${ind(n)}print(await asyncio.gather(*${t}, return_exceptions=True))`);
      } else if (how === 1) {
        out.push(
          `${ind(n)}for x_ in ${t}:`,
          ...gen.wrapTry(ctx, n + 1, [`${ind(n + 2)}print('result', await x_)`]),
        );
      } else {
        out.push(
          `${ind(n)}await asyncio.sleep(${gen.delay(ctx)})`,
          `${ind(n)}print([x_.done() for x_ in ${t}])`,
        );
      }
      return out;
    }
  }
  const a = gen.awaitable(ctx);
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
    out.push(...(r.chance(0.5) ? gen.sleepStmt(ctx, n) : [`${ind(n)}${gen.printStmt(ctx)}`]));
  }
  const end = r.weighted<number>([
    [4, 0],
    [3, 1],
    [2, 2],
    [1, 3],
  ]);
  if (end === 0) {
    const lines = [`${ind(n + 1)}print(${gen.label(ctx)}, 'task gave', await ${t})`];
    if (r.chance(0.6)) out.push(...gen.wrapTry(ctx, n, lines));
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
      `${ind(n)}await asyncio.sleep(${gen.delay(ctx)})`,
      `${ind(n)}print(${t}.done(), ${t}.cancelled())`,
      `${ind(n)}if ${t}.done() and not ${t}.cancelled():`,
      `${ind(n + 1)}print('exc', repr(${t}.exception()))`,
    );
  }
  return out;
}

function gatherArgs(gen: GenCore, ctx: Ctx, depth: number): string {
  const r = gen.rng;
  const k = r.int(depth > 0 ? 1 : 2, 3);
  const args: string[] = [];
  for (let i = 0; i < k; i++) {
    if (depth < 1 && r.chance(0.2)) {
      const re = r.chance(0.5) ? ', return_exceptions=True' : '';
      args.push(`asyncio.gather(${gatherArgs(gen, ctx, depth + 1)}${re})`);
    } else if (depth < 1 && r.chance(0.1) && ctx.callable.length) {
      const c = gen.call({ ...ctx, ints: [...ctx.ints, 'q_'] }, 2);
      if (c) args.push(`*[${c} for q_ in range(2)]`);
      else args.push(gen.awaitable(ctx));
    } else {
      args.push(gen.awaitable(ctx));
    }
  }
  return args.join(', ');
}

export function gatherSnippet(gen: GenCore, ctx: Ctx, n: number): string[] {
  const r = gen.rng;
  const v = gen.name('rs');
  const re = r.chance(0.4);
  const line = `${v} = await asyncio.gather(${gatherArgs(gen, ctx, 0)}${re ? ', return_exceptions=True' : ''})`;
  const show = `print(${gen.label(ctx)}, ${v})`;
  if (!re && r.chance(0.7))
    return gen.wrapTry(ctx, n, [`${ind(n + 1)}${line}`, `${ind(n + 1)}${show}`]);
  return [`${ind(n)}${line}`, `${ind(n)}${show}`];
}

export function waitForSnippet(gen: GenCore, ctx: Ctx, n: number): string[] {
  const r = gen.rng;
  const v = gen.name('w');
  const to = r.pick(TIMEOUTS);
  const target = gen.awaitable(ctx);
  const pre: string[] = [];
  let arg = target;
  if (r.chance(0.25)) {
    const t = gen.name('t');
    pre.push(`${ind(n)}${t} = asyncio.create_task(${target})`);
    arg = t;
  }
  const out = [
    ...pre,
    `${ind(n)}try:`,
    `${ind(n + 1)}${v} = await asyncio.wait_for(${arg}, ${r.chance(0.5) ? 'timeout=' : ''}${to})`,
    `${ind(n + 1)}print('wait_for gave', ${v})`,
    `${ind(n)}except ${r.pick(['TimeoutError', 'asyncio.TimeoutError'])}:`,
    `${ind(n + 1)}print(${gen.label(ctx)}, 'wait_for timed out'${pre.length ? `, ${arg}.cancelled()` : ''})`,
  ];
  if (r.chance(0.4))
    out.push(`${ind(n)}except ValueError as e:`, `${ind(n + 1)}print('inner error', e)`);
  return out;
}

export function timeoutSnippet(gen: GenCore, ctx: Ctx, n: number): string[] {
  const r = gen.rng;
  const to = r.pick(TIMEOUTS);
  const cm = r.chance(0.3) ? gen.name('cm') : null;
  const inner = gen.sub(ctx, { inLib: true });
  const body = gen.block(inner, n + 2, 1, 3);
  const out = [
    `${ind(n)}try:`,
    `${ind(n + 1)}async with asyncio.timeout(${to})${cm ? ` as ${cm}` : ''}:`,
    ...body,
    `${ind(n + 1)}print(${gen.label(ctx)}, 'in time')`,
    `${ind(n)}except TimeoutError:`,
    `${ind(n + 1)}print(${gen.label(ctx)}, 'timed out')`,
  ];
  if (r.chance(0.4))
    out.push(
      `${ind(n)}except Exception as e:`,
      `${ind(n + 1)}print('timeout block error', repr(e))`,
    );
  if (cm) out.push(`${ind(n)}print('expired', ${cm}.expired())`);
  return out;
}

export function taskGroupSnippet(gen: GenCore, ctx: Ctx, n: number): string[] {
  const r = gen.rng;
  const tg = gen.name('tg');
  const k = r.int(1, 3);
  const ts: string[] = [];
  const body: string[] = [];
  for (let i = 0; i < k; i++) {
    const t = gen.name('g');
    ts.push(t);
    const name = r.chance(0.3) ? `, name='${t}'` : '';
    body.push(`${ind(n + 2)}${t} = ${tg}.create_task(${gen.awaitable(ctx)}${name})`);
  }
  if (r.chance(0.5)) {
    const inner = gen.sub(ctx, { inLib: true });
    body.push(...gen.block(inner, n + 2, 1, 2));
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

/** A gather future cancelled from outside. */
export function gatherCancelSnippet(gen: GenCore, ctx: Ctx, n: number): string[] {
  const r = gen.rng;
  const g = gen.name('g');
  const re = r.chance(0.4) ? ', return_exceptions=True' : '';
  const out = [`${ind(n)}${g} = asyncio.gather(${gatherArgs(gen, ctx, 0)}${re})`];
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
export function sharedTaskSnippet(gen: GenCore, ctx: Ctx, n: number): string[] {
  const r = gen.rng;
  const t = gen.name('t');
  const a = gen.awaitable(ctx);
  const out = [`${ind(n)}${t} = asyncio.create_task(${a})`];
  const how = r.int(0, 2);
  if (how === 0)
    out.push(`${ind(n)}print(await asyncio.gather(${t}, ${t}, return_exceptions=True))`);
  else if (how === 1)
    out.push(
      `${ind(n)}print(await asyncio.gather(${t}, ${gen.awaitable(ctx)}, return_exceptions=True))`,
      `${ind(n)}print(${t}.done())`,
    );
  else {
    const w = gen.name('watch');
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
