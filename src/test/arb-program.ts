/**
 * fast-check arbitraries for random asyncio programs, for the property tests in
 * `invariants.test.ts`. Each arbitrary yields the program's source (so a failing property
 * prints, and shrinks, the program itself).
 *
 * - `asyncioProgram`: a few worker coroutines `w0 … wK` (each may await only the ones
 *   before it, so nothing recurses) and a `main` that mixes sleeps, `sleep(0)` loops,
 *   `time.sleep`, prints, raised-and-caught exceptions, nested awaits, `create_task`,
 *   awaited and cancelled tasks, `gather` (with and without `return_exceptions`),
 *   `wait_for` and fire-and-forget tasks that `asyncio.run` cancels at the end.
 * - `gatherProgram`: a `gather` over items that sleep distinct amounts (some nested in an
 *   inner gather, some wrapped in tasks, some failing), with the output CPython prints.
 */
import fc from 'fast-check';

const DELAYS = [0, 0.1, 0.25, 0.5, 1, 1.5, 2] as const;
const EXCS = ['ValueError', 'KeyError', 'ZeroDivisionError'] as const;

type Stmt =
  | { k: 'sleep'; d: number }
  | { k: 'spin'; n: number }
  | { k: 'print'; tag: number }
  | { k: 'block'; d: number }
  | { k: 'catch'; exc: number }
  | { k: 'raise'; when: number; exc: number }
  | { k: 'await'; callee: number; arg: number }
  | { k: 'task'; callee: number; arg: number; cancelAfter: number | null }
  | { k: 'gather'; callees: { callee: number; arg: number }[]; returnExceptions: boolean }
  | { k: 'waitfor'; callee: number; arg: number; timeout: number }
  | { k: 'spawn'; callee: number; arg: number }
  | { k: 'loop'; n: number; body: Stmt[] };

const delay = fc.constantFrom(...DELAYS);
const arg = fc.integer({ min: 0, max: 3 });
const callee = fc.nat({ max: 7 });

function stmt(depth: number): fc.Arbitrary<Stmt> {
  const leaf = fc.oneof(
    { weight: 3, arbitrary: fc.record({ k: fc.constant('sleep' as const), d: delay }) },
    {
      weight: 1,
      arbitrary: fc.record({ k: fc.constant('spin' as const), n: fc.integer({ min: 1, max: 3 }) }),
    },
    {
      weight: 2,
      arbitrary: fc.record({ k: fc.constant('print' as const), tag: fc.nat({ max: 9 }) }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ k: fc.constant('block' as const), d: fc.constantFrom(0, 0.1, 0.5) }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ k: fc.constant('catch' as const), exc: fc.nat({ max: 2 }) }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        k: fc.constant('raise' as const),
        when: arg,
        exc: fc.nat({ max: 2 }),
      }),
    },
    { weight: 2, arbitrary: fc.record({ k: fc.constant('await' as const), callee, arg }) },
    {
      weight: 2,
      arbitrary: fc.record({
        k: fc.constant('task' as const),
        callee,
        arg,
        cancelAfter: fc.option(fc.constantFrom(0, 0.1, 0.5, 1), { nil: null }),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        k: fc.constant('gather' as const),
        callees: fc.array(fc.record({ callee, arg }), { minLength: 0, maxLength: 3 }),
        returnExceptions: fc.boolean(),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        k: fc.constant('waitfor' as const),
        callee,
        arg,
        timeout: fc.constantFrom(0, 0.1, 0.5, 1, 3),
      }),
    },
    { weight: 1, arbitrary: fc.record({ k: fc.constant('spawn' as const), callee, arg }) },
  );
  if (depth <= 0) return leaf;
  return fc.oneof(
    { weight: 9, arbitrary: leaf },
    {
      weight: 1,
      arbitrary: fc.record({
        k: fc.constant('loop' as const),
        n: fc.integer({ min: 1, max: 3 }),
        body: fc.array(stmt(depth - 1), { minLength: 1, maxLength: 3 }),
      }),
    },
  );
}

const body = fc.array(stmt(1), { minLength: 0, maxLength: 4 });

interface ProgramSpec {
  workers: Stmt[][];
  main: Stmt[];
  returnsValue: boolean;
}

/** Renders one statement of function `fn`, which may call the workers `w0 … w(callable-1)`. */
function render(s: Stmt, fn: string, callable: number, pad: string, out: string[]): void {
  // A call to a worker, or a plain sleep when this function may call none.
  const call = (c: number, a: number): string =>
    callable > 0 ? `w${c % callable}(${a})` : `asyncio.sleep(${DELAYS[c % DELAYS.length]}, ${a})`;
  const guarded = (lines: string[], what: string): void => {
    out.push(`${pad}try:`, ...lines.map((l) => `${pad}    ${l}`));
    out.push(
      `${pad}except asyncio.CancelledError:`,
      `${pad}    print('${fn}', '${what} cancelled')`,
    );
    out.push(`${pad}except Exception as e:`, `${pad}    print('${fn}', '${what} failed', repr(e))`);
  };
  switch (s.k) {
    case 'sleep':
      out.push(`${pad}await asyncio.sleep(${s.d})`);
      break;
    case 'spin':
      out.push(`${pad}for _ in range(${s.n}):`, `${pad}    await asyncio.sleep(0)`);
      break;
    case 'print':
      out.push(`${pad}print('${fn}', x, ${s.tag}, time.monotonic())`);
      break;
    case 'block':
      out.push(`${pad}time.sleep(${s.d})`);
      break;
    case 'catch': {
      const exc = EXCS[s.exc % EXCS.length]!;
      out.push(`${pad}try:`, `${pad}    raise ${exc}('${fn}', x)`);
      out.push(`${pad}except ${exc} as e:`, `${pad}    print('${fn} caught', repr(e))`);
      break;
    }
    case 'raise': {
      const exc = EXCS[s.exc % EXCS.length]!;
      out.push(`${pad}if x == ${s.when}:`, `${pad}    raise ${exc}('${fn}', x)`);
      break;
    }
    case 'await':
      guarded([`print('${fn} got', await ${call(s.callee, s.arg)})`], 'await');
      break;
    case 'task': {
      const lines = [`t = asyncio.create_task(${call(s.callee, s.arg)})`];
      if (s.cancelAfter !== null) {
        lines.push(`await asyncio.sleep(${s.cancelAfter})`, `print('${fn} cancel', t.cancel())`);
      }
      lines.push(`print('${fn} task gave', await t)`);
      guarded(lines, 'task');
      break;
    }
    case 'gather': {
      const args = s.callees.map((c) => call(c.callee, c.arg));
      if (s.returnExceptions) args.push('return_exceptions=True');
      guarded([`print('${fn} gathered', await asyncio.gather(${args.join(', ')}))`], 'gather');
      break;
    }
    case 'waitfor':
      out.push(`${pad}try:`);
      out.push(
        `${pad}    print('${fn} in time', await asyncio.wait_for(${call(s.callee, s.arg)}, ${s.timeout}))`,
      );
      out.push(`${pad}except TimeoutError:`, `${pad}    print('${fn} timed out')`);
      out.push(`${pad}except Exception as e:`, `${pad}    print('${fn} wait_for failed', repr(e))`);
      break;
    case 'spawn':
      out.push(`${pad}asyncio.create_task(${call(s.callee, s.arg)})`);
      break;
    case 'loop':
      out.push(`${pad}for i in range(${s.n}):`);
      for (const b of s.body) render(b, fn, callable, `${pad}    `, out);
      if (s.body.length === 0) out.push(`${pad}    pass`);
      break;
  }
}

function renderProgram(p: ProgramSpec): string {
  const out = ['import asyncio', 'import time', ''];
  p.workers.forEach((b, i) => {
    out.push('', `async def w${i}(x):`);
    for (const s of b) render(s, `w${i}`, i, '    ', out);
    out.push(`    return x * 10 + ${i}`, '');
  });
  out.push('', 'async def main():', '    x = 0');
  for (const s of p.main) render(s, 'main', p.workers.length, '    ', out);
  out.push(p.returnsValue ? "    return 'main done'" : '    pass', '', '');
  out.push(p.returnsValue ? 'print(asyncio.run(main()))' : 'asyncio.run(main())', '');
  return out.join('\n');
}

/** A random, valid asyncio program (it may still run into the run's limits). */
export const asyncioProgram: fc.Arbitrary<string> = fc
  .record({
    workers: fc.array(body, { minLength: 0, maxLength: 4 }),
    main: fc.array(stmt(1), { minLength: 1, maxLength: 6 }),
    returnsValue: fc.boolean(),
  })
  .map(renderProgram);

/** One argument of the gather: an item, or an inner gather of items. */
type GatherArg =
  | { k: 'item'; task: boolean; fails: boolean }
  | { k: 'inner'; items: { task: boolean; fails: boolean }[] };

export interface GatherCase {
  source: string;
  /** What the program prints: the gather's result, or the exception it raised. */
  expected: string;
  /** When the gather's awaiting task gets its result. */
  doneAt: number;
}

const item = fc.record({ task: fc.boolean(), fails: fc.boolean() });

/**
 * A gather of items with distinct sleeps, so that they finish in an order unrelated to the
 * argument order, and the line CPython prints for it.
 */
export const gatherProgram: fc.Arbitrary<GatherCase> = fc
  .record({
    args: fc.array(
      fc.oneof(
        {
          weight: 4,
          arbitrary: fc.record({
            k: fc.constant('item' as const),
            task: fc.boolean(),
            fails: fc.boolean(),
          }),
        },
        {
          weight: 1,
          arbitrary: fc.record({
            k: fc.constant('inner' as const),
            items: fc.array(item, { minLength: 1, maxLength: 3 }),
          }),
        },
      ),
      { minLength: 1, maxLength: 6 },
    ),
    returnExceptions: fc.boolean(),
    failures: fc.boolean(),
    // Tenths of a second for each item, all different.
    delays: fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { minLength: 18, maxLength: 18 }),
  })
  .map(({ args, returnExceptions, failures, delays }) =>
    gatherCase(args, returnExceptions, failures, delays),
  );

function gatherCase(
  args: GatherArg[],
  returnExceptions: boolean,
  failures: boolean,
  delays: number[],
): GatherCase {
  let n = 0;
  // Each item: its index, delay and fate; `failures` off keeps every item succeeding.
  const made: { i: number; d: number; fails: boolean }[] = [];
  const exprOf = (it: { task: boolean; fails: boolean }): { expr: string; i: number } => {
    const i = n++;
    const d = delays[i]! / 10;
    const fails = failures && it.fails;
    made.push({ i, d, fails });
    const coro = `item(${i}, ${d}, ${fails ? 'True' : 'False'})`;
    return { expr: it.task ? `asyncio.create_task(${coro})` : coro, i };
  };
  const reprItem = (i: number): string => (made[i]!.fails ? `ValueError('e${i}')` : `'r${i}'`);
  const parts: string[] = [];
  const results: string[] = [];
  // The inner gathers never take return_exceptions: one failure fails the inner gather.
  let firstFailure: { d: number; i: number } | null = null;
  const noteFailure = (i: number): void => {
    const d = made[i]!.d;
    if (made[i]!.fails && (firstFailure === null || d < firstFailure.d)) firstFailure = { d, i };
  };
  for (const a of args) {
    if (a.k === 'item') {
      const { expr, i } = exprOf(a);
      parts.push(expr);
      results.push(reprItem(i));
      noteFailure(i);
    } else {
      const inner = a.items.map(exprOf);
      parts.push(`asyncio.gather(${inner.map((x) => x.expr).join(', ')})`);
      // An inner gather fails with its earliest failing item.
      const failing = inner
        .filter((x) => made[x.i]!.fails)
        .sort((p, q) => made[p.i]!.d - made[q.i]!.d);
      results.push(
        failing.length
          ? reprItem(failing[0]!.i)
          : `[${inner.map((x) => reprItem(x.i)).join(', ')}]`,
      );
      for (const x of inner) noteFailure(x.i);
    }
  }
  if (returnExceptions) parts.push('return_exceptions=True');
  const allDone = Math.max(...made.map((m) => m.d));
  // With return_exceptions the outer gather waits for every argument; an inner gather that
  // failed is done at its first failure, though its other items go on.
  let doneAt = allDone;
  if (returnExceptions) {
    doneAt = 0;
    let k = 0;
    for (const a of args) {
      const items = a.k === 'item' ? [made[k++]!] : a.items.map(() => made[k++]!);
      const failing = items.filter((m) => m.fails).map((m) => m.d);
      doneAt = Math.max(
        doneAt,
        failing.length && a.k === 'inner'
          ? Math.min(...failing)
          : Math.max(...items.map((m) => m.d)),
      );
    }
  }
  const ff = firstFailure as { d: number; i: number } | null;
  const raises = !returnExceptions && ff !== null;
  const expected = raises ? `raised ValueError('e${ff.i}')` : `[${results.join(', ')}]`;
  const source = [
    'import asyncio',
    '',
    '',
    'async def item(i, d, fails):',
    '    await asyncio.sleep(d)',
    '    if fails:',
    "        raise ValueError(f'e{i}')",
    "    return f'r{i}'",
    '',
    '',
    'async def main():',
    '    try:',
    `        print(await asyncio.gather(${parts.join(', ')}))`,
    '    except ValueError as e:',
    "        print('raised', repr(e))",
    '',
    '',
    'asyncio.run(main())',
    '',
  ].join('\n');
  return { source, expected, doneAt: raises ? ff.d : doneAt };
}
