import { describe, expect, it } from 'vitest';
import { runProgram } from './run';

/** The located refusal of a program, or its status when it ran. */
function refusal(...lines: string[]): string {
  const r = runProgram(`${lines.join('\n')}\n`);
  return r.status === 'invalid'
    ? `${r.diagnostic?.line}:${r.diagnostic?.col} ${r.diagnostic?.message}`
    : r.status;
}

const IDENTITY =
  'the order of a set holding objects hashed by identity (memory addresses in CPython) is not supported yet';

describe('what CPython decides by memory addresses or table compaction', () => {
  it('refuses the order of a set of plain objects, functions or classes', () => {
    expect(refusal('class A: pass', 'print({A(), A()})')).toBe(`2:1 ${IDENTITY}`);
    expect(refusal('def f(): pass', 'for x in {f, len}:', '    pass')).toBe(`2:1 ${IDENTITY}`);
    expect(refusal('class A: pass', 'print(sorted({A, int}, key=str))')).toBe(`2:1 ${IDENTITY}`);
  });

  it('still gives the length and membership of such a set, and a set of one', () => {
    expect(refusal('class A: pass', 'a = A()', 's = {a, A()}', 'print(len(s), a in s, {a})')).toBe(
      'ok',
    );
  });

  it('refuses keys removed and added at the same size while a dict or set is iterated', () => {
    expect(refusal('d = {1: 1, 2: 2}', 'for k in d:', '    del d[k]', '    d[k + 10] = 0')).toMatch(
      /^2:1 adding and removing keys of a dict while iterating over it \(the size unchanged\)/,
    );
    expect(refusal('s = {1, 2}', 'for x in s:', '    s.discard(x)', '    s.add(x + 10)')).toMatch(
      /^2:1 adding and removing keys of a set while iterating over it/,
    );
  });

  it("refuses a view's mapping, a mappingproxy", () => {
    expect(refusal('print({}.keys().mapping)')).toMatch(
      /^1:\d+ dict_keys\.mapping is not supported yet$/,
    );
  });
});
