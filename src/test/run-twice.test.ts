/**
 * A run leaves nothing behind: the same program run twice in one process (as a worker
 * does when the learner presses Run again) gives the same event log, event for event,
 * object addresses in reprs included.
 */
import { describe, expect, it } from 'vitest';

import { runProgram } from '../engine/run.ts';
import type { RunOptions } from '../engine/run.ts';

const PROGRAM = `
import asyncio
import random

def helper():
    pass

def numbers():
    yield 1
    return 'done'

def delegate():
    result = yield from numbers()
    print('yield from gave', result)

class_like = frozenset([helper, print])

async def job(n):
    await asyncio.sleep(n / 10)
    return random.randint(1, 100)

async def main():
    print(helper, print, job)
    list(delegate())
    coro = job(0)
    print(coro)
    task = asyncio.create_task(coro)
    print(task.get_name())
    print(await asyncio.gather(task, job(1), job(2)))
    print(await asyncio.wait_for(job(1), timeout=5))
    print(asyncio.get_running_loop().call_soon(print, 'soon').cancelled())
    await asyncio.sleep(0)
    leftover = asyncio.create_task(job(50))
    print(leftover.get_name(), hash(class_like) == hash(frozenset([print, helper])))

asyncio.run(main())
print(random.random())
`;

function run(opts: RunOptions = {}): ReturnType<typeof runProgram> {
  return runProgram(PROGRAM, { traceLines: true, ...opts });
}

describe('running the same program twice in one process', () => {
  it('gives identical event logs, reprs with addresses included', () => {
    const first = run();
    expect(first.status, first.message ?? '').toBe('ok');
    const output = first.events.flatMap((e) => (e.type === 'print' ? [e.text] : []));
    expect(output.join('')).toMatch(/<function helper at 0x[0-9a-f]+>/);
    expect(output.join('')).toMatch(/<coroutine object job at 0x[0-9a-f]+>/);
    expect(output.join('')).toContain('yield from gave done');
    const second = run();
    expect(second.events).toEqual(first.events);
  });

  it('gives identical logs after a run that stopped at a limit or on the trampoline', () => {
    const first = run();
    runProgram('def f(n):\n    return f(n + 1)\nf(0)\n', { deepCallsFrom: 2 });
    runProgram('while True:\n    pass\n', { limits: { maxStatements: 1000 } });
    expect(run().events).toEqual(first.events);
  });

  it('meets a limit the same way the second time (a cached format spec once skipped it)', () => {
    const wide = "try:\n    '{:1000000000}'.format(1)\nexcept OverflowError as e:\n    print(e)\n";
    const printed = () =>
      runProgram(wide).events.flatMap((e) => (e.type === 'print' ? [e.text] : []));
    const first = printed();
    expect(first.join('')).toMatch(/^sequence longer than 10,000,000 items/);
    expect(printed()).toEqual(first);
  });
});
