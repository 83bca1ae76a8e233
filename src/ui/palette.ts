/**
 * Task colors and lane names. Each task color has at least 4.5:1 contrast on white (AA),
 * so it can color text as well as borders; lanes are never told apart by color alone.
 */
import { Lane } from '../trace/replay';
import type { TaskState } from '../trace/replay';

export const TASK_COLORS = [
  '#1d4ed8',
  '#b91c1c',
  '#047857',
  '#7e22ce',
  '#c2410c',
  '#0e7490',
  '#be185d',
  '#4d7c0f',
  '#a16207',
  '#4338ca',
  '#0f766e',
  '#9f1239',
] as const;

/** Where task `id`'s color is in TASK_COLORS (ids start at 1: Task-1 gets the first). */
export function taskColorIndex(id: number): number {
  return (((id - 1) % TASK_COLORS.length) + TASK_COLORS.length) % TASK_COLORS.length;
}

/** The color of task `id`. */
export function taskColor(id: number): string {
  return TASK_COLORS[taskColorIndex(id)]!;
}

export const LANE_TITLES: Record<Lane, string> = {
  [Lane.Running]: 'Running',
  [Lane.Ready]: 'Ready',
  [Lane.Awaiting]: 'Awaiting',
  [Lane.Done]: 'Done',
};

export const LANE_HINTS: Record<Lane, string> = {
  [Lane.Running]: 'the one task the loop runs now',
  [Lane.Ready]: 'step queued, front first',
  [Lane.Awaiting]: 'suspended at an await',
  [Lane.Done]: 'returned, raised or cancelled',
};

/** Timeline fills (with a height per lane, so the chart never relies on color alone). */
export const LANE_FILL: Record<Lane, string> = {
  [Lane.Running]: '#4f46e5',
  [Lane.Ready]: '#f59e0b',
  [Lane.Awaiting]: '#94a3b8',
  [Lane.Done]: '#d1fae5',
};

/** The task's state in words, for labels and screen readers. */
export function describeTask(t: TaskState, clock: number): string {
  switch (t.lane) {
    case Lane.Running:
      return `running line ${t.line}`;
    case Lane.Ready:
      return 'ready';
    case Lane.Awaiting:
      return `awaiting ${awaitText(t, clock)}`;
    case Lane.Done:
      return doneText(t);
    default:
      return t.lane satisfies never;
  }
}

/** What an awaiting card says: `sleep(3) · 1.2s`, `gather 7/10`, `Task-3`. */
export function awaitText(t: TaskState, clock: number): string {
  const a = t.awaiting;
  if (!a) return '';
  if (a.gather) return `gather ${a.gather.done}/${a.gather.total}`;
  if (a.until !== null && a.wait === 'sleep') {
    const left = Math.max(0, a.until - clock);
    return `${a.detail} · ${left.toFixed(1)}s`;
  }
  return a.detail;
}

/**
 * What a lane of small cards holds, in words: `sleep(3) ×25 · gather 0/25`. The cards are
 * too small to say it each.
 */
export function laneSummary(tasks: readonly TaskState[]): string {
  const counts = new Map<string, number>();
  for (const t of tasks) {
    const what =
      t.lane === Lane.Awaiting
        ? t.awaiting?.gather
          ? `gather ${t.awaiting.gather.done}/${t.awaiting.gather.total}`
          : (t.awaiting?.detail ?? '')
        : t.lane === Lane.Done
          ? (t.outcome ?? '')
          : '';
    if (what) counts.set(what, (counts.get(what) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([what, n]) => (n > 1 ? `${what} ×${n}` : what))
    .join(' · ');
}

export function doneText(t: TaskState): string {
  switch (t.outcome) {
    case 'result':
      return `returned ${t.outcomeText ?? ''}`;
    case 'error':
      return `raised ${t.outcomeText ?? ''}`;
    case 'cancelled':
      return 'cancelled';
    case null:
      return '';
    default:
      return t.outcome satisfies never;
  }
}
