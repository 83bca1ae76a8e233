import { describe, expect, it } from 'vitest';
import { canonicalLines } from '../trace/canonical';
import { runProgram } from './run';

const loopForever = 'while True:\n    pass\n';
const timersForever =
  'import asyncio\nasync def f():\n    while True:\n        await asyncio.sleep(1)\nasyncio.run(f())\n';

describe('runProgram on bad programs', () => {
  it('returns a located diagnostic for a syntax error and runs nothing', () => {
    const r = runProgram('print(1)\nx = (1 +\n', { filename: 'bad.py' });
    expect(r.status).toBe('invalid');
    expect(r.message).toBe("bad.py:2:5: SyntaxError: '(' was never closed");
    expect(r.events).toEqual([]);
  });

  it('names an unknown module at its import', () => {
    const r = runProgram('import asyncio\nimport numpy as np\n', { filename: 'm.py' });
    expect(r.status).toBe('invalid');
    expect(r.message).toMatch(/^m\.py:2:1: ModuleNotFoundError: No module named 'numpy'/);
  });

  it('stops an endless loop at the statement limit, keeping the log so far', () => {
    const r = runProgram('print("before")\n' + loopForever, { limits: { maxStatements: 10_000 } });
    expect(r.status).toBe('limit');
    expect(r.message).toMatch(/more than 10,000 statements \(the statement limit\)/);
    expect(canonicalLines(r.events)).toEqual(['0.000 print before']);
  });

  it('stops timers that never end at the virtual-time limit', () => {
    const r = runProgram(timersForever, { limits: { maxTime: 50 } });
    expect(r.status).toBe('limit');
    expect(r.message).toMatch(/virtual time passed 50 s \(the time limit\)/);
    expect(r.events.at(-1)).toMatchObject({ type: 'limit', limit: 'time' });
  });

  it('stops a run that floods the log at the event limit', () => {
    const r = runProgram(timersForever, { limits: { maxEvents: 500 } });
    expect(r.status).toBe('limit');
    expect(r.message).toMatch(/more than 500 events \(the event limit\)/);
  });

  it('stops runaway output at the output limit', () => {
    const r = runProgram('while True:\n    print("x" * 100)\n', { limits: { maxOutput: 10_000 } });
    expect(r.status).toBe('limit');
    expect(r.message).toMatch(/printed more than 10,000 characters \(the output limit\)/);
  });

  it('says so when the program would wait forever', () => {
    const r = runProgram(
      'import asyncio\nasync def main():\n    await asyncio.Event().wait()\nasyncio.run(main())\n',
    );
    expect(r.status).toBe('limit');
    expect(r.message).toMatch(/waits forever/);
  });

  it('raises RecursionError, not a JS stack overflow, past the recursion limit', () => {
    const r = runProgram(
      'def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print("caught", e)\n',
    );
    expect(r.status).toBe('ok');
    expect(canonicalLines(r.events)).toEqual([
      '0.000 print caught maximum recursion depth exceeded',
    ]);
  });

  it('recurses through awaits as deep as CPython allows', () => {
    const src =
      'import asyncio\nasync def f(n):\n    return 0 if n == 0 else 1 + await f(n - 1)\nasync def main():\n    print(await f(900))\nasyncio.run(main())\n';
    expect(canonicalLines(runProgram(src).events)).toContain('0.000 print 900');
  });

  it('reports an uncaught exception as the last line', () => {
    const r = runProgram('print(1)\nraise ValueError("boom")\n');
    expect(canonicalLines(r.events)).toEqual(['0.000 print 1', '0.000 uncaught ValueError: boom']);
  });

  it('uses CPython messages for errors the interpreter raises', () => {
    const lines = (src: string): string[] => canonicalLines(runProgram(src).events);
    expect(lines('print(x)\n')).toEqual(["0.000 uncaught NameError: name 'x' is not defined"]);
    expect(lines('1 / 0\n')).toEqual(['0.000 uncaught ZeroDivisionError: division by zero']);
    expect(lines('[1][5]\n')).toEqual(['0.000 uncaught IndexError: list index out of range']);
    expect(lines('{}["k"]\n')).toEqual(["0.000 uncaught KeyError: 'k'"]);
    expect(lines('1 + "a"\n')).toEqual([
      "0.000 uncaught TypeError: unsupported operand type(s) for +: 'int' and 'str'",
    ]);
    expect(lines('def f(a): pass\nf()\n')).toEqual([
      "0.000 uncaught TypeError: f() missing 1 required positional argument: 'a'",
    ]);
    expect(lines('None.x\n')).toEqual([
      "0.000 uncaught AttributeError: 'NoneType' object has no attribute 'x'",
    ]);
  });

  it('never throws: every input gives a run, a diagnostic or a limit', () => {
    for (const src of [
      '',
      '\n\n',
      'x',
      'import asyncio\nasyncio.run(1)\n',
      'import asyncio\nasyncio.run(asyncio.sleep(1))\n',
      'def f():\n    yield\n',
      'async def f():\n    yield 1\n    return 2\n',
    ]) {
      const r = runProgram(src);
      expect(['ok', 'invalid', 'limit']).toContain(r.status);
    }
  });
});
