import { describe, expect, it } from 'vitest';
import { runProgram } from '../run';

function outcome(src: string): string {
  const r = runProgram(src);
  return r.status === 'invalid' ? String(r.diagnostic) : `${r.status}: ${r.message ?? ''}`;
}

describe('a lock, event or queue bound to the first loop that waited on it', () => {
  it('refuses waiting on it under a second asyncio.run (CPython: a RuntimeError with its address)', () => {
    const src = [
      'import asyncio',
      'lock = asyncio.Lock()',
      'async def job():',
      '    async with lock:',
      '        await asyncio.sleep(0.1)',
      'async def main():',
      '    await asyncio.gather(job(), job())',
      'asyncio.run(main())',
      'asyncio.run(main())',
      '',
    ].join('\n');
    expect(outcome(src)).toBe(
      "main.py:4:5: NotSupported: an asyncio.Lock waited on under a second event loop (CPython's RuntimeError shows its address) is not supported yet",
    );
  });

  it('runs it in a second loop when it never waited in the first (tests/programs/module_level_primitives)', () => {
    const src = [
      'import asyncio',
      'q = asyncio.Queue()',
      'async def put():',
      '    await q.put(1)',
      'async def get():',
      '    return await q.get()',
      'asyncio.run(put())',
      'print(asyncio.run(get()))',
      '',
    ].join('\n');
    expect(outcome(src)).toMatch(/^ok/);
  });
});
