import { describe, expect, it } from 'vitest';
import { runProgram } from './run';

function outcome(src: string): string {
  const r = runProgram(src);
  return r.status === 'invalid' ? String(r.diagnostic) : `${r.status}: ${r.message ?? ''}`;
}

describe("the program module's globals besides __name__", () => {
  it('refuses __file__ and __builtins__, which CPython has (never a NameError)', () => {
    expect(outcome('print(__file__)\n')).toBe(
      'main.py:1:7: NotSupported: __file__ is not supported yet',
    );
    const caught = 'try:\n    b = __builtins__\nexcept NameError:\n    print("missing")\n';
    expect(outcome(caught)).toBe('main.py:2:9: NotSupported: __builtins__ is not supported yet');
  });

  it("has __annotations__ from the start, as CPython's __main__ has", () => {
    const r = runProgram('print(__annotations__)\nx: int = 1\nprint(__annotations__)\n');
    expect(r.events.filter((e) => e.type === 'print').map((e) => e.text)).toEqual([
      '{}',
      "{'x': <class 'int'>}",
    ]);
  });

  it('runs a program that binds one of those names itself', () => {
    expect(outcome('__file__ = "mine.py"\nprint(__file__)\n')).toMatch(/^ok/);
  });
});
