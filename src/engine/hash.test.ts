import { describe, expect, it } from 'vitest';
import { runProgram } from './run';

function outcome(src: string): string {
  const r = runProgram(src);
  if (r.status === 'invalid') return String(r.diagnostic);
  return r.events
    .filter((e) => e.type === 'print')
    .map((e) => e.text)
    .join('|');
}

describe('hash()', () => {
  it('refuses what CPython hashes by address, never a made-up number', () => {
    expect(outcome('print(hash(None))\n')).toBe(
      'main.py:1:7: NotSupported: hash() of a NoneType is not supported yet',
    );
    expect(outcome('def f():\n    pass\nprint(hash(f))\n')).toMatch(/hash\(\) of a function/);
    expect(outcome('print(hash(float("nan")))\n')).toMatch(/hash\(\) of a float/);
    expect(outcome('print(hash(frozenset()))\n')).toMatch(/hash\(\) of a frozenset/);
  });

  it('raises what CPython raises for an unhashable value or a wrong call', () => {
    expect(outcome('try:\n    hash({})\nexcept TypeError as e:\n    print(e)\n')).toBe(
      "unhashable type: 'dict'",
    );
    expect(outcome('try:\n    hash()\nexcept TypeError as e:\n    print(e)\n')).toMatch(
      /^hash\(\) takes exactly one argument/,
    );
  });
});
