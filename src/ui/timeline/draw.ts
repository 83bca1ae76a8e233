/** Paints the timeline: one row per task, each lane span with its own fill and height. */
import { Lane } from '../../trace/replay';
import type { Replay } from '../../trace/replay';
import { LANE_FILL, taskColor } from '../palette';
import type { TimeScale } from './scale';

/** How tall each lane's bar is, as a share of the row: readable without color. */
const LANE_HEIGHT: Record<Lane, number> = {
  [Lane.Running]: 1,
  [Lane.Ready]: 0.6,
  [Lane.Awaiting]: 0.3,
  [Lane.Done]: 0.12,
};

export interface Layout {
  width: number;
  rowHeight: number;
  /** Room for task names on the left (0 when rows are too thin to label). */
  gutter: number;
}

export function layoutFor(rows: number, width: number): Layout {
  const rowHeight = rows <= 16 ? 13 : rows <= 40 ? 10 : rows <= 150 ? 4 : 2;
  return { width, rowHeight, gutter: rowHeight >= 10 ? 72 : 0 };
}

export function drawTimeline(
  canvas: HTMLCanvasElement,
  replay: Replay,
  scale: TimeScale,
  layout: Layout,
): void {
  const rows = replay.spans.length;
  const { width, rowHeight, gutter } = layout;
  const height = Math.max(rowHeight, rows * rowHeight);
  const dpr = window.devicePixelRatio || 1;
  canvas.width = Math.round(width * dpr);
  canvas.height = Math.round(height * dpr);
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  const plot = width - gutter;

  // Idle stretches (clock jumps) as light bands behind every row.
  ctx.fillStyle = '#eef2ff';
  for (const m of scale.marks) {
    if (m.k === 0) continue;
    const x0 = gutter + scale.x(m.k - 1) * plot;
    const x1 = gutter + scale.x(m.k) * plot;
    ctx.fillRect(x0, 0, Math.max(1, x1 - x0), height);
  }

  ctx.font = '11px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';
  ctx.textBaseline = 'middle';
  replay.spans.forEach((spans, row) => {
    const y = row * rowHeight;
    const color = taskColor(replay.taskIds[row] ?? row + 1);
    if (gutter > 0) {
      ctx.fillStyle = color;
      ctx.fillText(replay.taskNames[row] ?? '', 4, y + rowHeight / 2, gutter - 8);
    }
    for (const s of spans) {
      const x0 = gutter + scale.x(s.from) * plot;
      const x1 = gutter + scale.x(s.to) * plot;
      const h = Math.max(1, (rowHeight - (rowHeight > 4 ? 2 : 0)) * LANE_HEIGHT[s.lane]);
      ctx.fillStyle = s.lane === Lane.Running ? color : LANE_FILL[s.lane];
      ctx.fillRect(x0, y + (rowHeight - h) / 2, Math.max(1, x1 - x0), h);
    }
  });
}
