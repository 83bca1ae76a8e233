import { describe, expect, it } from 'vitest';
import { runProgram } from './run';

/** The message of the run's refusal (the program must not run to an end). */
function refusal(src: string): string | null {
  const r = runProgram(src, { filename: 'p.py' });
  expect(r.status).toBe('invalid');
  return r.message;
}

describe('namespaces as dicts, where ours differ from CPython', () => {
  it("refuses to list globals(): CPython's holds the interpreter's names too", () => {
    expect(refusal('x = 1\nprint(len(globals()))\n')).toBe(
      "p.py:2:11: NotSupported: listing globals() (CPython's module dict holds the interpreter's names too) is not supported yet",
    );
    expect(refusal('for k in globals():\n    pass\n')).toMatch(
      /^p\.py:1:10: NotSupported: listing globals\(\)/,
    );
    expect(refusal('print(globals()["__file__"])\n')).toMatch(
      /^p\.py:1:7: NotSupported: globals\(\)\['__file__'\]/,
    );
  });

  it('refuses locals() and vars() in a function, at the call', () => {
    expect(refusal('def f():\n    return locals()\n\n\nf()\n')).toBe(
      'p.py:2:12: NotSupported: locals() or vars() inside a function is not supported yet',
    );
    expect(
      refusal('import asyncio\n\n\nasync def main():\n    vars()\n\n\nasyncio.run(main())\n'),
    ).toMatch(/^p\.py:5:5: NotSupported: locals\(\) or vars\(\) inside a function/);
  });

  it('refuses a key that is not a str, and replacing __dict__', () => {
    const cls = 'class A:\n    pass\n\n\na = A()\n';
    expect(refusal(cls + 'vars(a)[1] = 2\n')).toMatch(
      /^p\.py:6:8: NotSupported: a key that is not a str/,
    );
    expect(refusal(cls + 'a.__dict__ = {}\n')).toMatch(
      /^p\.py:6:3: NotSupported: replacing an object's __dict__/,
    );
  });
});
