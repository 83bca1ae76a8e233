/**
 * Paints the timeline's two canvases, each once per run and size (the lens once per burst):
 * the run on a linear time axis, and the lens with the burst at the cursor, one column an
 * event. One row per task; each lane's bar has its own fill and height.
 */
import { Lane } from '../../trace/replay';
import type { LaneSpan, Replay } from '../../trace/replay';
import { LANE_FILL, taskColor } from '../palette';
import type { Burst, Projection, TimeAxis } from './scale';
import { xOf } from './scale';

/** How tall each lane's bar is, as a share of the row: readable without color. */
const LANE_HEIGHT: Record<Lane, number> = {
  [Lane.Running]: 1,
  [Lane.Ready]: 0.6,
  [Lane.Awaiting]: 0.3,
  [Lane.Done]: 0.12,
};

/** Back to front: the running bar is never hidden under another. */
const PAINT_ORDER = [Lane.Done, Lane.Awaiting, Lane.Ready, Lane.Running] as const;

/** The rows fit in this many px before the plot scrolls. */
export const PLOT_HEIGHT = 100;
/** Room for the task names, when rows are tall enough to label. */
const GUTTER = 64;
/** Bars at the very start and end stay inside the plot. */
export const EDGE = 6;
/** Narrowest bar: an instant still shows. */
const MIN_BAR = 3;

export interface RowLayout {
  rows: number;
  rowHeight: number;
  /** Room for task names on the left (0 when rows are too thin to label). */
  gutter: number;
}

/** The plot is this wide or more before it spares room for names. */
const LABELS_FROM_WIDTH = 520;

export function rowLayout(rows: number, width: number): RowLayout {
  const rowHeight = Math.max(2, Math.min(10, Math.floor(PLOT_HEIGHT / Math.max(1, rows))));
  const labelled = rowHeight >= 8 && width >= LABELS_FROM_WIDTH;
  return { rows, rowHeight, gutter: labelled ? GUTTER : 0 };
}

/** Sizes the canvas for `width` × the rows, and returns its context (null without one). */
function prepare(canvas: HTMLCanvasElement, width: number, layout: RowLayout) {
  const height = Math.max(layout.rowHeight, layout.rows * layout.rowHeight);
  const dpr = window.devicePixelRatio || 1;
  canvas.width = Math.max(1, Math.round(width * dpr));
  canvas.height = Math.round(height * dpr);
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  return { ctx, height };
}

/** Paints every task's spans, lane by lane, with `xs` giving a span's extent (or null). */
function paintRows(
  ctx: CanvasRenderingContext2D,
  replay: Replay,
  layout: RowLayout,
  xs: (s: LaneSpan) => readonly [number, number] | null,
): void {
  const { rowHeight } = layout;
  const inset = rowHeight > 4 ? 2 : 0;
  for (const lane of PAINT_ORDER) {
    const h = Math.max(1, (rowHeight - inset) * LANE_HEIGHT[lane]);
    replay.spans.forEach((spans, row) => {
      ctx.fillStyle =
        lane === Lane.Running ? taskColor(replay.taskIds[row] ?? row + 1) : LANE_FILL[lane];
      const y = row * rowHeight + (rowHeight - h) / 2;
      for (const s of spans) {
        if (s.lane !== lane) continue;
        const extent = xs(s);
        if (!extent) continue;
        const [x0, x1] = extent;
        const w = Math.max(MIN_BAR, x1 - x0);
        ctx.fillRect(x1 - x0 < MIN_BAR ? x0 - MIN_BAR / 2 : x0, y, w, h);
      }
    });
  }
}

/** The run on the time axis: idle stretches are wide, bursts are thin marks at their instant. */
export function drawMain(
  canvas: HTMLCanvasElement,
  replay: Replay,
  axis: TimeAxis,
  layout: RowLayout,
  width: number,
  projection: Projection,
): void {
  const prepared = prepare(canvas, width, layout);
  if (!prepared) return;
  const { ctx, height } = prepared;
  // The loop asleep between two instants: a light band; each instant: a line down the rows.
  ctx.fillStyle = '#f3f5ff';
  axis.bursts.forEach((b, i) => {
    const next = axis.bursts[i + 1];
    if (next)
      ctx.fillRect(xOf(projection, b.t), 0, xOf(projection, next.t) - xOf(projection, b.t), height);
  });
  ctx.fillStyle = '#c7d2fe';
  for (const b of axis.bursts) ctx.fillRect(Math.round(xOf(projection, b.t)) - 0.5, 0, 1, height);
  if (layout.gutter > 0) {
    ctx.font = `${Math.min(11, layout.rowHeight)}px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace`;
    ctx.textBaseline = 'middle';
    replay.taskNames.forEach((name, row) => {
      ctx.fillStyle = taskColor(replay.taskIds[row] ?? row + 1);
      ctx.fillText(name, 4, row * layout.rowHeight + layout.rowHeight / 2, layout.gutter - 8);
    });
  }
  paintRows(ctx, replay, layout, (s) => [
    xOf(projection, axis.clockAt(s.from)),
    xOf(projection, axis.clockAt(s.to)),
  ]);
}

/** The burst at the cursor, one column per cursor: the order of events at one instant. */
export function drawLens(
  canvas: HTMLCanvasElement,
  replay: Replay,
  burst: Burst,
  layout: RowLayout,
  width: number,
): void {
  const prepared = prepare(canvas, width, layout);
  if (!prepared) return;
  const columns = burst.to - burst.from + 1;
  const x = (k: number) => ((k - burst.from) / columns) * width;
  paintRows(prepared.ctx, replay, layout, (s) => {
    // A span that runs to the end holds its lane at the last state too.
    const end = s.to === replay.length ? s.to + 1 : s.to;
    const from = Math.max(s.from, burst.from);
    const to = Math.min(end, burst.to + 1);
    return from < to ? [x(from), x(to)] : null;
  });
}
