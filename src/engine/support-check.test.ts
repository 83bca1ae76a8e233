/**
 * Never silently wrong: what CPython has and the simulator lacks is refused with a located
 * NotSupported diagnostic (before the run when the AST shows it, uncatchably during it
 * otherwise); what CPython lacks too fails as it fails in CPython.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from './run';

const prints = (src: string): string[] =>
  runProgram(src).events.flatMap((e) => (e.type === 'print' ? [e.text] : []));

describe('the static check', () => {
  it('refuses a missing asyncio name where it is used, before anything runs', () => {
    const r = runProgram(
      'import asyncio\n\nasync def main():\n    print("hi")\n    await asyncio.to_thread(asyncio.sleep(1))\n\nasyncio.run(main())\n',
    );
    expect(r.status).toBe('invalid');
    expect(r.events).toEqual([]);
    expect(String(r.diagnostic)).toBe(
      'main.py:5:11: NotSupported: asyncio.to_thread is not supported yet',
    );
  });

  it('sees through `import ... as` and `from ... import`', () => {
    expect(String(runProgram('import asyncio as aio\nx = aio.to_thread\n').diagnostic)).toBe(
      'main.py:2:5: NotSupported: asyncio.to_thread is not supported yet',
    );
    expect(String(runProgram('import asyncio.tasks\n').diagnostic)).toBe(
      "main.py:1:1: NotSupported: 'import asyncio.tasks' is not supported yet",
    );
    expect(String(runProgram('import time\nfrom random import betavariate\n').diagnostic)).toBe(
      'main.py:2:1: NotSupported: random.betavariate is not supported yet',
    );
  });

  it('refuses missing builtins and builtin type attributes, even in code that never runs', () => {
    expect(String(runProgram('if False:\n    print(dir(1))\n').diagnostic)).toBe(
      'main.py:2:11: NotSupported: dir is not supported yet',
    );
    expect(String(runProgram('try:\n    pass\nexcept memoryview:\n    pass\n').diagnostic)).toBe(
      'main.py:3:8: NotSupported: memoryview is not supported yet',
    );
    expect(String(runProgram('d = str.maketrans("ab")\n').diagnostic)).toBe(
      'main.py:1:5: NotSupported: str.maketrans is not supported yet',
    );
  });

  it('leaves names the program binds itself alone', () => {
    expect(prints('def getattr(o, n):\n    return n\nprint(getattr(1, "x"))\n')).toEqual(['x']);
    expect(prints('def f(vars):\n    return vars\nprint(f(2))\n')).toEqual(['2']);
    expect(prints('ascii = "a"\ndef f():\n    return ascii\nprint(f())\n')).toEqual(['a']);
    expect(prints('def f():\n    global slice\n    slice = 3\nf()\nprint(slice)\n')).toEqual(['3']);
    // a name that is a module only some of the time is left to the run-time guard
    expect(prints('import random\nrandom = [random]\nprint(random[0].random() < 1)\n')).toEqual([
      'True',
    ]);
  });
});

describe('the run-time guard', () => {
  it('stops the run where the program reached a missing name, whatever catches', () => {
    for (const handler of ['AttributeError', 'Exception', 'BaseException']) {
      const r = runProgram(
        `import asyncio\n\nasync def main():\n    m = asyncio\n    try:\n        await m.to_thread(asyncio.sleep(1))\n    except ${handler}:\n        print("caught")\n\nasyncio.run(main())\n`,
      );
      expect(r.status).toBe('invalid');
      expect(String(r.diagnostic)).toBe(
        'main.py:6:17: NotSupported: asyncio.to_thread is not supported yet',
      );
      expect(r.events.some((e) => e.type === 'print')).toBe(false);
    }
  });

  it('refuses missing methods of builtin values and setting attributes', () => {
    expect(String(runProgram('x = 1\ny = 2\nprint(x.to_bytes(2))\n').diagnostic)).toBe(
      'main.py:3:9: NotSupported: int.to_bytes is not supported yet',
    );
    expect(
      String(
        runProgram(
          'd = {}\ntry:\n    d.copy()\n    d.__sizeof__()\nexcept AttributeError:\n    pass\n',
        ).diagnostic,
      ),
    ).toBe('main.py:4:7: NotSupported: dict.__sizeof__ is not supported yet');
    expect(runProgram('f = [1]\nf.calls = 0\n').diagnostic?.message).toBe(
      "setting the attribute 'calls' of list objects is not supported yet",
    );
  });

  it('refuses what CPython computes and the simulator cannot, instead of a TypeError', () => {
    const refusal = (src: string) => String(runProgram(src).diagnostic);
    expect(refusal('x = -8.0\ntry:\n    print(x ** 0.5)\nexcept TypeError:\n    pass\n')).toBe(
      'main.py:3:13: NotSupported: complex numbers are not supported yet',
    );
    expect(refusal('from typing import Optional\nAlias = Optional | str\n')).toBe(
      'main.py:2:18: NotSupported: type unions (X | Y) are not supported yet',
    );
    expect(refusal('SENTINEL = object()\n')).toBe(
      'main.py:1:12: NotSupported: object() is not supported yet',
    );
    expect(refusal('import random\nrandom.seed()\n')).toBe(
      'main.py:2:8: NotSupported: random.seed(None) is not supported yet',
    );
    expect(refusal('T = type("T", (), {})\n')).toBe(
      'main.py:1:5: NotSupported: type() with three arguments is not supported yet',
    );
    expect(prints('try:\n    type(1, 2)\nexcept TypeError as e:\n    print(e)\n')).toEqual([
      'type() takes 1 or 3 arguments',
    ]);
  });

  it('leaves names CPython lacks too to fail with CPython’s message', () => {
    const src =
      'import asyncio\nfor get in (lambda: asyncio.nosuch, lambda: "".nosuch, lambda: nosuch, lambda: asyncio.Queue.nosuch):\n' +
      '    try:\n        get()\n    except (AttributeError, NameError) as e:\n        print(type(e).__name__, e)\n';
    expect(prints(src)).toEqual([
      "AttributeError module 'asyncio' has no attribute 'nosuch'",
      "AttributeError 'str' object has no attribute 'nosuch'",
      "NameError name 'nosuch' is not defined",
      "AttributeError type object 'Queue' has no attribute 'nosuch'",
    ]);
  });
});

describe('classes the simulator cannot run', () => {
  const diag = (src: string) => String(runProgram(src).diagnostic);
  it('are refused, located, before or while they run', () => {
    expect(diag('class A(metaclass=type):\n    pass\n')).toBe(
      "main.py:1:19: NotSupported: the class keyword argument 'metaclass=' is not supported yet",
    );
    expect(diag('class A:\n    __slots__ = ("x",)\n')).toBe(
      "main.py:2:5: NotSupported: defining '__slots__' in a class is not supported yet",
    );
    expect(diag('class A:\n    def __getattr__(self, n):\n        return 1\n')).toBe(
      "main.py:2:5: NotSupported: defining '__getattr__' in a class is not supported yet",
    );
    expect(diag('class A:\n    pass\nprint(ValueError().__dict__)\n')).toBe(
      'main.py:3:20: NotSupported: ValueError.__dict__ is not supported yet',
    );
    expect(diag('class L(list):\n    pass\n')).toBe(
      "main.py:1:9: NotSupported: subclassing 'list' is not supported yet",
    );
    expect(diag('import functools\n@functools.singledispatch\ndef f():\n    pass\n')).toBe(
      'main.py:2:12: NotSupported: functools.singledispatch is not supported yet',
    );
  });
});
