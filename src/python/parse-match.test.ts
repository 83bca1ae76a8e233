import { describe, expect, it } from 'vitest';
import { parse } from './parse';

function message(source: string): string {
  const d = parse(source, 'prog.py').diagnostic;
  return d ? `${d.kind}: ${d.message}` : 'ok';
}

const match = (cases: string) => `match v:\n${cases}`;

describe('match statements', () => {
  it('accepts the empty sequence, mapping and class patterns Lezer recovers from', () => {
    expect(
      message(match('    case [] | () | {}:\n        pass\n    case _:\n        pass\n')),
    ).toBe('ok');
    expect(message(match('    case int() | float():\n        pass\n'))).toBe('ok');
    // where Lezer's recovery fails, CPython runs the program
    expect(message(match('    case {} | int() | str():\n        pass\n'))).toBe(
      "NotSupported: this 'case' pattern is not supported yet",
    );
  });

  it("reports CPython's compile-time errors", () => {
    // the messages CPython 3.13 gives for these (checked with compile())
    expect(message(match('    case 1 | x:\n        pass\n'))).toBe(
      'SyntaxError: alternative patterns bind different names',
    );
    expect(message(match('    case x:\n        pass\n    case 2:\n        pass\n'))).toBe(
      "SyntaxError: name capture 'x' makes remaining patterns unreachable",
    );
    expect(message(match('    case _:\n        pass\n    case 2:\n        pass\n'))).toBe(
      'SyntaxError: wildcard makes remaining patterns unreachable',
    );
    expect(message(match('    case [x, x]:\n        pass\n'))).toBe(
      "SyntaxError: multiple assignments to name 'x' in pattern",
    );
    expect(message(match('    case {1: a, 1: b}:\n        pass\n'))).toBe(
      'SyntaxError: mapping pattern checks duplicate key (1)',
    );
    expect(message(match('    case (1 | _):\n        pass\n    case 2:\n        pass\n'))).toBe(
      'SyntaxError: wildcard makes remaining patterns unreachable',
    );
  });

  it('reads `A | B as n` as Python does, the alternatives bound as a whole', () => {
    const r = parse(match('    case 1 | 2 as n:\n        pass\n'));
    const s = r.module!.body[0]!;
    expect(s.kind === 'match' && s.cases[0]!.pattern).toMatchObject({
      kind: 'pas',
      pattern: { kind: 'por' },
    });
  });

  it('refuses a tuple subject without parentheses, which the grammar cannot read', () => {
    expect(message('match 1, 2:\n    case (a, b):\n        pass\n')).toBe(
      "NotSupported: a tuple without parentheses as the 'match' subject is not supported yet",
    );
  });
});
