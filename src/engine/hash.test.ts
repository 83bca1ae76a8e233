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

describe('hash() and id()', () => {
  it('hash by a made-up address what CPython hashes by address, consistently', () => {
    const prog = [
      'class A:',
      '    pass',
      'a, b = A(), A()',
      'def f():',
      '    pass',
      'print(hash(a) == hash(a), hash(a) == hash(b), hash(a) == id(a) >> 4, id(a) == id(b))',
      'print(hash(f) == id(f) >> 4, hash(A) == hash(A), hash(None))',
    ].join('\n');
    expect(outcome(prog + '\n')).toBe('True False True False|True True 4238894112');
  });

  it('refuse a value hash they do not compute, and the id of a cached value', () => {
    expect(outcome('print(hash(frozenset([range(2)])))\n')).toMatch(
      /hash\(\) of an object of type 'frozenset' is not supported/,
    );
    expect(outcome('print(hash(range(3)))\n')).toMatch(/hash\(\) of an object of type 'range'/);
    expect(outcome('print(id(5))\n')).toMatch(
      /:1:7: NotSupported: id\(\) of an object of type 'int'/,
    );
  });

  it('raise what CPython raises for an unhashable value or a wrong call', () => {
    expect(outcome('try:\n    hash({})\nexcept TypeError as e:\n    print(e)\n')).toBe(
      "unhashable type: 'dict'",
    );
    expect(outcome('try:\n    hash()\nexcept TypeError as e:\n    print(e)\n')).toMatch(
      /^hash\(\) takes exactly one argument/,
    );
  });
});
