import { describe, expect, it } from 'vitest';
import { canonicalLines } from '../trace/canonical';
import { runProgram } from './run';

/**
 * CPython 3.13 keeps the frame an exception leaves in the exception's traceback, with its
 * locals (a coroutine thrown into before it started included): a coroutine never awaited
 * that such a frame held warns only when the exception goes, which the engine does not
 * follow. These programs must be refused where that matters, never warned at a guess.
 * The CPython traces quoted were made by tests/oracle/tracer.py.
 */
const head = 'import asyncio\n\n\nasync def run_it(c):\n    return await c\n\n\n';

function refusal(src: string): { message: string | null; lines: string[] } {
  const r = runProgram(src, { filename: 'p.py' });
  expect(r.status).toBe('invalid');
  return { message: r.message, lines: canonicalLines(r.events) };
}

describe('a coroutine never awaited that a traceback holds', () => {
  it('refuses a task cancelled before it started whose argument is a fresh coroutine', () => {
    const { message, lines } = refusal(
      head +
        'async def main():\n' +
        '    t = asyncio.create_task(run_it(asyncio.sleep(1)))\n' +
        '    t.cancel()\n' +
        '    await asyncio.sleep(0)\n' +
        "    print('cancelled', t.cancelled())\n" +
        '\n\nasyncio.run(main())\n',
    );
    // CPython warns only after `done Task-1`, when the CancelledError goes.
    expect(message).toBe(
      'p.py:4:1: NotSupported: an exception leaving a frame that holds a coroutine never awaited is not supported yet',
    );
    expect(lines.at(-1)).toBe('0.000 run Task-2 L4');
  });

  it('refuses to warn when another holder lets go while the traceback still holds it', () => {
    // CPython: `after del c`, `end`, `done Task-1`, then the warning.
    const { message, lines } = refusal(
      head +
        'async def main():\n' +
        '    c = asyncio.sleep(1)\n' +
        '    t = asyncio.create_task(run_it(c))\n' +
        '    t.cancel()\n' +
        '    await asyncio.sleep(0)\n' +
        '    del c\n' +
        "    print('after del c')\n" +
        '\n\nasyncio.run(main())\n',
    );
    expect(message).toMatch(
      /^p\.py:13:1: NotSupported: a coroutine never awaited, held by a frame/,
    );
    expect(lines).not.toContainEqual(expect.stringContaining('warning'));
  });

  it('does the same for a frame that raised after it started', () => {
    const { message, lines } = refusal(
      'import asyncio\n\n\nasync def boom(c):\n    await asyncio.sleep(0)\n    raise ValueError(1)\n\n\n' +
        'async def main():\n' +
        '    c = asyncio.sleep(1)\n' +
        '    t = asyncio.create_task(boom(c))\n' +
        '    await asyncio.sleep(0)\n' +
        '    await asyncio.sleep(0)\n' +
        '    del c\n' +
        '\n\nasyncio.run(main())\n',
    );
    expect(message).toMatch(
      /^p\.py:14:1: NotSupported: a coroutine never awaited, held by a frame/,
    );
    expect(lines).toContain('0.000 error Task-2 ValueError: 1');
    expect(lines).not.toContainEqual(expect.stringContaining('warning'));
  });

  it('still warns at once for a coroutine no traceback held', () => {
    const r = runProgram(
      head +
        'async def main():\n    c = asyncio.sleep(1)\n    del c\n    print("after")\n\n\nasyncio.run(main())\n',
    );
    expect(r.status).toBe('ok');
    expect(canonicalLines(r.events).slice(2, 4)).toEqual([
      "0.000 warning RuntimeWarning: coroutine 'sleep' was never awaited",
      '0.000 print after',
    ]);
  });
});
