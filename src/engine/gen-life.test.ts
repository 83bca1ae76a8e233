import { describe, expect, it } from 'vitest';
import { canonicalLines } from '../trace/canonical';
import { runProgram } from './run';

const NUMBERS =
  'def numbers(n):\n    try:\n        for i in range(n):\n            yield i\n    finally:\n        print("finally")\n';

function refusal(body: string): string | null {
  const r = runProgram(NUMBERS + body);
  return r.status === 'invalid' ? r.message : null;
}

describe('generator finalization the engine cannot time', () => {
  it('refuses a generator held by a list that is dropped', () => {
    expect(refusal('gens = [numbers(3)]\nnext(gens[0])\ngens = None\nprint("end")\n')).toBe(
      "main.py:4:13: NotSupported: freeing generator 'numbers' while it is suspended inside try, with or yield from is not supported yet",
    );
  });

  it('refuses a generator passed to a function or wrapped by enumerate', () => {
    expect(refusal('def f(g):\n    next(g)\nf(numbers(3))\n')).toMatch(/freeing generator/);
    expect(refusal('for i, x in enumerate(numbers(3)):\n    break\n')).toMatch(/freeing generator/);
  });

  it('refuses one held by the locals of a function with a closure', () => {
    const body =
      'def f():\n    g = numbers(3)\n    next(g)\n    h = lambda: 1\n    return h()\nf()\n';
    expect(refusal(body)).toMatch(/freeing generator/);
  });

  it('refuses locals of a function left by an exception (its traceback keeps them)', () => {
    // CPython: "caught", then "finally" when the handler ends and the exception goes
    const body =
      'def use():\n    g = numbers(3)\n    next(g)\n    raise KeyError\n' +
      'try:\n    use()\nexcept KeyError:\n    print("caught")\n';
    expect(refusal(body)).toMatch(/freeing generator/);
  });

  it('refuses locals once an exception object is kept in a variable (a possible cycle)', () => {
    const body =
      'def use():\n    g = numbers(3)\n    next(g)\n    err = ValueError()\n    return err\nuse()\n';
    expect(refusal(body)).toMatch(/freeing generator/);
  });

  it('runs what it can time, and generators without try, with or yield from', () => {
    const ok = runProgram(
      NUMBERS +
        'def plain():\n    yield 1\n    yield 2\nkeep = [plain()]\nnext(keep[0])\n' +
        'g = numbers(3)\nnext(g)\nsum(numbers(2))\nfor x in numbers(5):\n    break\nprint("end")\n',
    );
    expect(ok.status).toBe('ok');
    expect(canonicalLines(ok.events)).toEqual([
      '0.000 print finally',
      '0.000 print finally',
      '0.000 print end',
      '0.000 print finally',
    ]);
  });
});

const TICKS = 'import asyncio\nasync def ticks():\n    for i in range(3):\n        yield i\n';

describe('async generators left unfinished', () => {
  it('are refused at the end of asyncio.run: asyncio closes them in tasks the engine does not model', () => {
    const rebound =
      'async def main():\n    g = ticks()\n    await g.__anext__()\n    g = None\n    await asyncio.sleep(0)\n' +
      'asyncio.run(main())\n';
    expect(runProgram(TICKS + rebound).message).toBe(
      "main.py:4:9: NotSupported: leaving async generator 'ticks' unfinished is not supported yet",
    );
    const named =
      'async def main():\n    g = ticks()\n    async for x in g:\n        break\nasyncio.run(main())\n';
    expect(runProgram(TICKS + named).status).toBe('invalid');
  });

  it('run when finished, closed, or closed by a loop that made them', () => {
    const ok =
      'async def main():\n    g = ticks()\n    await g.__anext__()\n    await g.aclose()\n' +
      '    async for x in ticks():\n        break\n    print([x async for x in ticks()])\n' +
      'asyncio.run(main())\n';
    const r = runProgram(TICKS + ok);
    expect(r.status, r.message ?? '').toBe('ok');
  });
});
