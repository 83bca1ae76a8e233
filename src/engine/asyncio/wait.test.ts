import { describe, expect, it } from 'vitest';
import { runProgram } from '../run';

const PRELUDE = [
  'import asyncio',
  'async def work(d):',
  '    await asyncio.sleep(d)',
  '    return d',
  'async def main():',
  '    ts = [asyncio.create_task(work(1)), asyncio.create_task(work(2))]',
].join('\n');

/** Runs `body` (lines of main, after PRELUDE) and returns the result. */
function run(...body: string[]) {
  return runProgram(`${PRELUDE}\n${body.map((l) => `    ${l}`).join('\n')}\nasyncio.run(main())\n`);
}

function refusal(r: ReturnType<typeof run>) {
  return r.status === 'invalid'
    ? `${r.diagnostic?.line}:${r.diagnostic?.col} ${r.diagnostic?.message}`
    : r.status;
}

const ORDER =
  'the order of a set holding objects hashed by identity (memory addresses in CPython) is not supported yet';

describe('sets of tasks, whose order is memory addresses in CPython', () => {
  it('refuses to iterate a set of several tasks', () => {
    const r = run('done, pending = await asyncio.wait(ts)', 'for t in done:', '    print(t)');
    expect(refusal(r)).toBe(`8:5 ${ORDER}`);
  });

  it('refuses to print one, list it, sort it or pop from it', () => {
    for (const use of [
      'print(done)',
      'list(done)',
      'sorted(done, key=lambda t: t.result())',
      'done.pop()',
    ])
      expect(refusal(run('done, pending = await asyncio.wait(ts)', use)), use).toMatch(
        new RegExp(`^8:\\d+ ${ORDER.replace(/[()]/g, '\\$&')}$`),
      );
  });

  it('refuses all_tasks() iterated with several tasks', () => {
    expect(refusal(run('for t in asyncio.all_tasks():', '    pass'))).toBe(`7:5 ${ORDER}`);
  });

  it('gives a set of one task, its length and membership', () => {
    const r = run(
      'done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)',
      'print([t.result() for t in done], len(pending), ts[1] in pending, done.pop() is ts[0])',
    );
    expect(r.status).toBe('ok');
    expect(r.events.filter((e) => e.type === 'print').map((e) => e.text)).toEqual([
      '[1] 1 True True',
    ]);
  });
});

describe('as_completed, where CPython goes through a set', () => {
  it('refuses several coroutines (their tasks are made in set order)', () => {
    const r = run('for c in asyncio.as_completed([work(1), work(2)]):', '    await c');
    expect(refusal(r)).toBe(
      '7:22 asyncio.as_completed() of several coroutines (CPython starts them in memory-address order) is not supported yet',
    );
  });

  it('refuses several futures already done (they come out in set order)', () => {
    const r = run(
      'await asyncio.sleep(3)',
      'async for t in asyncio.as_completed(ts):',
      '    print(t)',
    );
    expect(refusal(r)).toBe(
      '8:28 asyncio.as_completed() of several futures already done (CPython yields them in memory-address order) is not supported yet',
    );
  });

  it('runs one coroutine among tasks, and one done future among pending ones', () => {
    const r = run(
      'async for t in asyncio.as_completed([work(0.5), *ts]):',
      '    print(t.result())',
      'for c in asyncio.as_completed([ts[1], asyncio.create_task(work(3))]):',
      '    print(await c)',
    );
    expect(r.status).toBe('ok');
    expect(r.events.filter((e) => e.type === 'print').map((e) => e.text)).toEqual([
      '0.5',
      '1',
      '2',
      '2',
      '3',
    ]);
  });
});
