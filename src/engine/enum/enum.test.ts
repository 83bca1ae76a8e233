/**
 * What the enum core does not do is refused, located, never run on: the other enum
 * kinds, the `_sunder_` hooks, the functional API, `__members__`, a body that rebinds.
 * (What it does is in the enum_* goldens, traced by CPython.)
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../run';

const HEAD = 'from enum import Enum, auto\nclass S(Enum):\n    A = 1\n    B = 2\n';
const diag = (src: string): string => String(runProgram(src).diagnostic);

describe('enum refusals', () => {
  it.each([
    ['from enum import IntEnum\n', 'main.py:1:1: NotSupported: enum.IntEnum is not supported yet'],
    [
      'import enum\nx = enum.StrEnum\n',
      'main.py:2:5: NotSupported: enum.StrEnum is not supported yet',
    ],
    ['import enum\nx = enum.Flag\n', 'main.py:2:5: NotSupported: enum.Flag is not supported yet'],
    ['from enum import member\n', 'main.py:1:1: NotSupported: enum.member is not supported yet'],
  ])('refuses the names it lacks before the run: %s', (src, msg) => {
    expect(diag(src)).toBe(msg);
  });

  it.each([
    ['print(S.__members__)\n', 'main.py:5:9: NotSupported: S.__members__ is not supported yet'],
    [
      'x = Enum("X", "A B")\n',
      "main.py:5:5: NotSupported: the enum functional API ('Enum(name, names)') is not supported yet",
    ],
    [
      'class T(Enum):\n    A = 1\n    @classmethod\n    def _missing_(cls, v):\n        return cls.A\n',
      "main.py:5:1: NotSupported: the enum hook '_missing_' is not supported yet",
    ],
    [
      'class T(Enum):\n    A = 1\n    A = 2\n',
      "main.py:7:5: NotSupported: binding 'A' twice in an enum class body is not supported yet",
    ],
    [
      'class T(Enum):\n    for i in range(3):\n        pass\n',
      "main.py:6:5: NotSupported: 'for' in an enum class body is not supported yet",
    ],
    [
      'class T(Enum):\n    A = "a"\n    B = auto()\n',
      'main.py:5:1: NotSupported: auto() after a value that is not an int is not supported yet',
    ],
    [
      'class T(Enum):\n    def __new__(cls, v):\n        pass\n',
      "main.py:6:5: NotSupported: defining '__new__' in a class is not supported yet",
    ],
    [
      'class T(int, Enum):\n    A = 1\n',
      'main.py:5:7: NotSupported: an enum with a mixin or data type is not supported yet',
    ],
  ])('refuses at run time, located: %s', (src, msg) => {
    const r = runProgram(HEAD + src);
    expect(r.status).toBe('invalid');
    expect(String(r.diagnostic)).toBe(msg);
  });

  it('runs what it does', () => {
    const r = runProgram(HEAD + 'print(S(2), S["A"], list(S), len(S), 2 in S)\n');
    expect(r.events.flatMap((e) => (e.type === 'print' ? [e.text] : []))).toEqual([
      'S.B S.A [<S.A: 1>, <S.B: 2>] 2 True',
    ]);
    // with members, extra arguments are one tuple value (CPython's ValueError), not the functional API
    const t = runProgram(HEAD + 'S("X", "A B")\n');
    expect(t.status).toBe('ok');
    expect(t.events.at(-1)).toMatchObject({ type: 'uncaught' });
  });
});
