import { describe, expect, it } from 'vitest';

import type { Stmt, StmtOf } from './ast';
import { markCalls } from './calls';
import type { NodeMarks } from './calls';
import { parse } from './parse';

const SOURCE = `
def f(n):
    x = n + 1
    if n > 0:
        return f(n - 1) + x
    return [i for i in range(n)]
`;

function parsed(): { f: StmtOf<'def'> } {
  const m = parse(SOURCE, 'm.py').module!;
  return { f: m.body[0] as StmtOf<'def'> };
}

describe('markCalls', () => {
  it('marks what contains a call, in a side table, and leaves the AST as parsed', () => {
    const { f } = parsed();
    const before = structuredClone(f);
    const marks: NodeMarks = new WeakSet();
    markCalls(f.fn, marks);
    expect(f).toEqual(before);
    const [assign, ifStmt, ret] = f.fn.body as [Stmt, StmtOf<'if'>, Stmt];
    expect(marks.has(assign)).toBe(false);
    expect(marks.has(ifStmt)).toBe(true);
    expect(marks.has(ifStmt.body[0]!)).toBe(true);
    // A comprehension runs synchronously: its call is not the trampoline's.
    expect(marks.has(ret)).toBe(false);
  });

  it('marks every node the generator executor can run, with everything', () => {
    const { f } = parsed();
    const marks: NodeMarks = new WeakSet();
    markCalls(f.fn, marks, true);
    const [assign, , ret] = f.fn.body as [StmtOf<'assign'>, Stmt, StmtOf<'return'>];
    expect(marks.has(assign)).toBe(true);
    expect(marks.has(assign.value)).toBe(true);
    expect(marks.has(ret)).toBe(true);
    // A name is evaluated where it stands, a comprehension by the synchronous evaluator.
    expect(marks.has(ret.value!)).toBe(false);
  });
});
