import { describe, expect, it } from 'vitest';
import { runProgram } from '../run';

function outcome(src: string): string {
  const r = runProgram(src);
  return r.status === 'invalid' ? String(r.diagnostic) : `${r.status}: ${r.message ?? ''}`;
}

const GENERIC =
  'from typing import TypeVar, Generic\nT = TypeVar("T")\nclass B(Generic[T]):\n    pass\n';

describe('typing forms the simulator refuses (never a wrong trace)', () => {
  it('refuses substituting the type variables of a generic alias', () => {
    expect(outcome(`${GENERIC}print(B[T][int])\n`)).toBe(
      'main.py:5:8: NotSupported: substituting the type variables of a generic alias is not supported yet',
    );
  });

  it('refuses runtime_checkable, ParamSpec and TypeVar defaults', () => {
    expect(outcome('from typing import runtime_checkable\n')).toBe(
      'main.py:1:1: NotSupported: typing.runtime_checkable is not supported yet',
    );
    expect(outcome('from typing import ParamSpec\n')).toBe(
      'main.py:1:1: NotSupported: typing.ParamSpec is not supported yet',
    );
    expect(outcome('from typing import TypeVar\nT = TypeVar("T", default=int)\n')).toBe(
      'main.py:2:18: NotSupported: TypeVar(default=) is not supported yet',
    );
  });

  it('refuses NamedTuple and TypedDict beyond annotated fields', () => {
    const method =
      'from typing import NamedTuple\nclass P(NamedTuple):\n    x: int\n    def __str__(self):\n        return "p"\n';
    expect(outcome(method)).toBe(
      "main.py:2:1: NotSupported: '__str__' in a typing.NamedTuple class body is not supported yet",
    );
    expect(outcome('from typing import NamedTuple\nP = NamedTuple("P", [("x", int)])\n')).toBe(
      'main.py:2:5: NotSupported: the functional form of typing.NamedTuple is not supported yet',
    );
    expect(
      outcome('from typing import TypedDict\nclass M(TypedDict, total=False):\n    x: int\n'),
    ).toBe("main.py:2:26: NotSupported: the class keyword argument 'total=' is not supported yet");
  });

  it('runs a generic class and a protocol', () => {
    const src = `${GENERIC}from typing import Protocol\nclass P(Protocol):\n    def m(self) -> int: ...\nprint(B[int](), P)\n`;
    expect(outcome(src)).toMatch(/^ok/);
  });
});
