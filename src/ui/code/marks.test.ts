import { describe, expect, it } from 'vitest';
import { Lane } from '../../trace/replay';
import type { TaskState } from '../../trace/replay';
import { editorMarks, marksKey } from './marks';

const task = (id: number, line: number, lane: Lane): TaskState => ({
  id,
  name: `Task-${id}`,
  coro: 'f',
  lane,
  line,
  stack: [line],
  awaiting: null,
  outcome: null,
  outcomeText: null,
  queued: 0,
  gatherParent: null,
});

describe('editor marks', () => {
  it('groups unfinished tasks by line, the running one first', () => {
    const running = task(3, 9, Lane.Running);
    const tasks = [
      task(1, 20, Lane.Awaiting),
      task(2, 9, Lane.Awaiting),
      running,
      task(4, 9, Lane.Done),
    ];
    const marks = editorMarks(tasks, running, null);
    expect(marks.lines.map((l) => [l.line, l.tasks.map((t) => t.id)])).toEqual([
      [9, [3, 2]],
      [20, [1]],
    ]);
    expect(marks.active).toEqual({ line: 9, task: 3 });
  });

  it('highlights module code when no task runs', () => {
    expect(editorMarks([], null, 26).active).toEqual({ line: 26, task: null });
    expect(editorMarks([], null, null).active).toBeNull();
  });

  it('gives equal keys to equal marks', () => {
    const a = editorMarks([task(1, 3, Lane.Ready)], null, null);
    const b = editorMarks([task(1, 3, Lane.Ready)], null, null);
    expect(marksKey(a)).toBe(marksKey(b));
    expect(marksKey(a)).not.toBe(marksKey(editorMarks([task(1, 3, Lane.Awaiting)], null, null)));
  });
});
