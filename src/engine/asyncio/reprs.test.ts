import { describe, expect, it } from 'vitest';
import { runProgram } from '../run';

function refusal(src: string): string {
  const r = runProgram(src);
  return r.status === 'invalid' ? String(r.diagnostic) : `${r.status}: ${r.message ?? ''}`;
}

const MAIN = [
  'import asyncio',
  'async def job():',
  '    await asyncio.sleep(1)',
  'async def main():',
];
const RUN = ['asyncio.run(main())', ''];

describe('reprs CPython fills with file paths and callbacks (tests/programs/future_reprs has the others)', () => {
  it('refuses the repr of a task, pending or done, wherever it is asked for', () => {
    const pending = ['    t = asyncio.create_task(job())', '    print(t)', '    await t'];
    expect(refusal([...MAIN, ...pending, ...RUN].join('\n'))).toBe(
      "main.py:6:5: NotSupported: repr() of a task (CPython's shows file paths, lines and callbacks) is not supported yet",
    );
    const done = ['    t = asyncio.create_task(job())', '    await t', '    s = f"{[t]}"'];
    expect(refusal([...MAIN, ...done, ...RUN].join('\n'))).toMatch(
      /^main\.py:7:\d+: NotSupported: repr\(\) of a task/,
    );
  });

  it('refuses the repr of a future a task waits on (its callbacks), not of one without', () => {
    const waited = [
      '    f = asyncio.get_running_loop().create_future()',
      '    print(f)',
      '    t = asyncio.create_task(asyncio.wait_for(f, 5))',
      '    await asyncio.sleep(0)',
      '    print(f)',
    ];
    expect(refusal([...MAIN, ...waited, ...RUN].join('\n'))).toBe(
      "main.py:9:5: NotSupported: repr() of a future with callbacks (CPython's shows them) is not supported yet",
    );
  });

  it("refuses the repr of a loop's handle: CPython's names the callback's file and line", () => {
    const handle = [
      '    h = asyncio.get_running_loop().call_later(1, print)',
      '    h.cancel()',
      '    print(h)',
    ];
    expect(refusal([...MAIN, ...handle, ...RUN].join('\n'))).toBe(
      "main.py:7:5: NotSupported: repr() of a loop's handle (CPython's shows file paths) is not supported yet",
    );
  });
});
