/**
 * What the editor marks, worked out from the replay state without CodeMirror: where each
 * task is (one gutter marker per line, dots in the tasks' colors), which line runs now,
 * and where the latest edit stopped parsing.
 */
import { Lane } from '../../trace/replay';
import type { TaskState } from '../../trace/replay';

export interface LineTasks {
  readonly line: number;
  /** Tasks at this line, running first. */
  readonly tasks: readonly { id: number; name: string; lane: Lane }[];
}

export interface EditorMarks {
  readonly lines: readonly LineTasks[];
  /** The line to highlight, in the color of the task that runs it (null: module code). */
  readonly active: { line: number; task: number | null } | null;
}

/** Groups the unfinished tasks by line; the running task (else module code) is active. */
export function editorMarks(
  tasks: readonly TaskState[],
  running: TaskState | null,
  moduleLine: number | null,
): EditorMarks {
  const byLine = new Map<number, { id: number; name: string; lane: Lane }[]>();
  for (const t of tasks) {
    if (t.lane === Lane.Done) continue;
    const list = byLine.get(t.line) ?? [];
    const entry = { id: t.id, name: t.name, lane: t.lane };
    if (t.lane === Lane.Running) list.unshift(entry);
    else list.push(entry);
    byLine.set(t.line, list);
  }
  const lines = [...byLine.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([line, list]) => ({ line, tasks: list }));
  const active = running
    ? { line: running.line, task: running.id }
    : moduleLine !== null
      ? { line: moduleLine, task: null }
      : null;
  return { lines, active };
}

/** A cheap identity for marks: equal keys, equal marks. */
export function marksKey(m: EditorMarks): string {
  let key = m.active ? `${m.active.line}:${m.active.task ?? '-'}|` : '|';
  for (const l of m.lines) key += `${l.line}=${l.tasks.map((t) => t.id + t.lane[0]!).join(',')};`;
  return key;
}
