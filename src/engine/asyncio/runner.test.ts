import { describe, expect, it } from 'vitest';
import { runProgram } from '../run';

function refusal(src: string): string {
  const r = runProgram(src);
  return r.status === 'invalid' ? String(r.diagnostic) : `${r.status}: ${r.message ?? ''}`;
}

const WORK = ['import asyncio', 'async def work(d):', '    await asyncio.sleep(d)', ''];

describe('event loops CPython would destroy at exit, in an order of its own', () => {
  it('refuses a loop of its own left open at exit, located at the call that made it', () => {
    expect(
      refusal(
        [...WORK, 'loop = asyncio.new_event_loop()', 'loop.run_until_complete(work(1))', ''].join(
          '\n',
        ),
      ),
    ).toBe(
      'main.py:5:16: NotSupported: an event loop left open at exit (new_event_loop() without close()) is not supported yet',
    );
  });

  it('refuses a Runner never closed, and the loop get_event_loop() made', () => {
    expect(refusal([...WORK, 'r = asyncio.Runner()', 'r.run(work(1))', ''].join('\n'))).toMatch(
      /^main\.py:5:13: NotSupported: an event loop left open at exit \(Runner\(\)/,
    );
    expect(
      refusal([...WORK, 'asyncio.get_event_loop().run_until_complete(work(1))', ''].join('\n')),
    ).toMatch(/^main\.py:5:9: NotSupported: an event loop left open at exit \(get_event_loop\(\)/);
  });

  it('refuses run_until_complete leaving tasks pending, and closing a loop that has some', () => {
    const leaves = [
      ...WORK,
      'async def main():',
      '    asyncio.create_task(work(5))',
      'loop = asyncio.new_event_loop()',
      'loop.run_until_complete(main())',
      'loop.close()',
      '',
    ].join('\n');
    expect(refusal(leaves)).toBe(
      'main.py:8:6: NotSupported: an event loop left with pending tasks (CPython destroys them at exit, in its own order) is not supported yet',
    );
    const closes = [
      ...WORK,
      'loop = asyncio.new_event_loop()',
      'loop.create_task(work(5))',
      'loop.close()',
      '',
    ].join('\n');
    expect(refusal(closes)).toBe(
      'main.py:7:6: NotSupported: closing an event loop with pending tasks (CPython destroys them at exit, in its own order) is not supported yet',
    );
  });

  it('runs a Runner whose leftovers close() cancels, and a closed loop of its own', () => {
    const ok = [
      ...WORK,
      'async def main():',
      '    asyncio.create_task(work(5))',
      'r = asyncio.Runner()',
      'r.run(main())',
      'r.close()',
      'loop = asyncio.new_event_loop()',
      'loop.run_until_complete(work(1))',
      'loop.close()',
      '',
    ].join('\n');
    expect(refusal(ok)).toBe('ok: ');
  });

  it('refuses as_completed() and shield() outside a running loop', () => {
    expect(refusal([...WORK, 'asyncio.as_completed([])', ''].join('\n'))).toBe(
      'main.py:5:9: NotSupported: asyncio.as_completed() outside a running event loop is not supported yet',
    );
    expect(refusal([...WORK, 'asyncio.shield(None)', ''].join('\n'))).toBe(
      'main.py:5:9: NotSupported: asyncio.shield() outside a running event loop is not supported yet',
    );
  });
});

describe('threads, which cannot wake a virtual loop', () => {
  it('refuses to_thread and run_in_executor before the run', () => {
    for (const [call, at] of [
      ['asyncio.to_thread(print, 1)', 'main.py:3:11: NotSupported: asyncio.to_thread'],
      [
        'asyncio.get_running_loop().run_in_executor(None, print, 1)',
        'main.py:3:11: NotSupported: loop.run_in_executor',
      ],
    ]) {
      const r = runProgram(
        `import asyncio\nasync def main():\n    await ${call}\nasyncio.run(main())\n`,
      );
      expect(r.events, call).toEqual([]);
      expect(String(r.diagnostic)).toBe(`${at} is not supported yet`);
    }
  });
});
