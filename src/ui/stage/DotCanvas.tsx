/**
 * A lane of a big run (hundreds of tasks and more) as dots painted on one canvas: a jump of
 * the replay that moves a thousand tasks repaints a canvas instead of re-creating a
 * thousand elements. The same dots as the small cards (`.task-card.dot`): the task's color,
 * an outline while it awaits; hovering one names it in the tooltip.
 */
import { memo, useEffect, useRef } from 'react';
import type { PointerEvent as ReactPointerEvent, ReactNode } from 'react';
import { Lane } from '../../trace/replay';
import type { TaskState } from '../../trace/replay';
import { describeTask, taskColor } from '../palette';
import { useWidth } from '../useWidth';
import { CARD_SIZE, Density } from './TaskCard';

const { w: DOT, gap: GAP } = CARD_SIZE[Density.Dot];

/** Dots in one row across `width`. */
export function dotsPerRow(width: number): number {
  return Math.max(1, Math.floor((width + GAP) / (DOT + GAP)));
}

/** The index of the dot at (x, y), or -1. */
export function dotAt(x: number, y: number, width: number, count: number): number {
  const col = Math.floor(x / (DOT + GAP));
  const row = Math.floor(y / (DOT + GAP));
  const perRow = dotsPerRow(width);
  // In the gap between two dots: none.
  if (x - col * (DOT + GAP) >= DOT || y - row * (DOT + GAP) >= DOT || col >= perRow) return -1;
  const i = row * perRow + col;
  return i >= 0 && i < count ? i : -1;
}

function paint(canvas: HTMLCanvasElement, tasks: readonly TaskState[], width: number): void {
  const perRow = dotsPerRow(width);
  const rows = Math.ceil(tasks.length / perRow);
  const height = Math.max(DOT, rows * (DOT + GAP) - GAP);
  const dpr = window.devicePixelRatio || 1;
  const pw = Math.max(1, Math.round(width * dpr));
  const ph = Math.round(height * dpr);
  if (canvas.width !== pw) canvas.width = pw;
  if (canvas.height !== ph) canvas.height = ph;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  tasks.forEach((t, i) => {
    const x = (i % perRow) * (DOT + GAP);
    const y = Math.floor(i / perRow) * (DOT + GAP);
    ctx.fillStyle = taskColor(t.id);
    ctx.fillRect(x, y, DOT, DOT);
    // Awaiting: an outline, as the small dots have.
    if (t.lane === Lane.Awaiting) {
      ctx.fillStyle = '#fff';
      ctx.fillRect(x + 2, y + 2, DOT - 4, DOT - 4);
    }
  });
}

interface Props {
  tasks: readonly TaskState[];
  /** The state's clock, for the tooltip. */
  clock: number;
  /** Said when the lane is empty. */
  empty: ReactNode;
  /** After the dots (the count of the tasks not drawn). */
  children?: ReactNode;
}

/**
 * It stays mounted while the lane empties and fills (a replay jump does both), so its
 * canvas and its size observer are made once.
 */
export const DotCanvas = memo(function DotCanvas({ tasks, clock, empty, children }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const width = useWidth(box);
  useEffect(() => {
    if (canvas.current && width > 0 && tasks.length > 0) paint(canvas.current, tasks, width);
  }, [tasks, width]);
  const onPointerMove = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    const el = e.currentTarget;
    const box = el.getBoundingClientRect();
    const t = tasks[dotAt(e.clientX - box.left, e.clientY - box.top, width, tasks.length)];
    const title = t ? `${t.name} (${t.coro}): ${describeTask(t, clock)}` : '';
    if (el.title !== title) el.title = title;
  };
  return (
    <div ref={box} className="cards dot painted">
      <canvas
        ref={canvas}
        className="lane-dots"
        data-testid="lane-dots"
        role="img"
        aria-label={`${tasks.length} tasks, one dot each`}
        hidden={tasks.length === 0}
        onPointerMove={onPointerMove}
      />
      {tasks.length === 0 ? <p className="lane-empty">{empty}</p> : children}
    </div>
  );
});
