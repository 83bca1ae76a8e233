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

/**
 * The rows on screen: the plot shows `PLOT_HEIGHT` px of them and scrolls; its canvases
 * stay in view (sticky) and paint only the rows under them, so a thousand tasks' rows cost
 * a canvas of the plot's size, not of all the rows.
 */
export interface RowView {
  /** The first px of the rows that the canvases show. */
  readonly top: number;
  readonly height: number;
}

/** The rows' whole height, px. */
export function rowsHeight(layout: RowLayout): number {
  return Math.max(layout.rowHeight, layout.rows * layout.rowHeight);
}

/** What the canvases show when the plot is scrolled `scrollTop` px down. */
export function rowViewAt(layout: RowLayout, scrollTop: number): RowView {
  const full = rowsHeight(layout);
  const height = Math.min(full, PLOT_HEIGHT);
  return { top: Math.max(0, Math.min(full - height, Math.round(scrollTop))), height };
}

/** Sizes the canvas for `width` × the rows in view, and returns its context (null without one). */
function prepare(canvas: HTMLCanvasElement, width: number, view: RowView) {
  const { height } = view;
  const dpr = window.devicePixelRatio || 1;
  const w = Math.max(1, Math.round(width * dpr));
  const h = Math.round(height * dpr);
  // Setting a size reallocates the bitmap even when it is the same: only when it changes.
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
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
  view: RowView,
  xs: (s: LaneSpan) => readonly [number, number] | null,
): void {
  const { rowHeight } = layout;
  const inset = rowHeight > 4 ? 2 : 0;
  const [first, end] = visibleRows(layout, view);
  for (const lane of PAINT_ORDER) {
    const h = Math.max(1, (rowHeight - inset) * LANE_HEIGHT[lane]);
    for (let row = first; row < end; row++) {
      const spans = replay.spans[row]!;
      ctx.fillStyle =
        lane === Lane.Running ? taskColor(replay.taskIds[row] ?? row + 1) : LANE_FILL[lane];
      const y = row * rowHeight - view.top + (rowHeight - h) / 2;
      for (const s of spans) {
        if (s.lane !== lane) continue;
        const extent = xs(s);
        if (!extent) continue;
        const [x0, x1] = extent;
        const w = Math.max(MIN_BAR, x1 - x0);
        ctx.fillRect(x1 - x0 < MIN_BAR ? x0 - MIN_BAR / 2 : x0, y, w, h);
      }
    }
  }
}

/** The rows [first, end) that show in `view`. */
function visibleRows(layout: RowLayout, view: RowView): [number, number] {
  const first = Math.max(0, Math.floor(view.top / layout.rowHeight));
  const end = Math.min(layout.rows, Math.ceil((view.top + view.height) / layout.rowHeight));
  return [first, end];
}

/** The run on the time axis: idle stretches are wide, bursts are thin marks at their instant. */
export function drawMain(
  canvas: HTMLCanvasElement,
  replay: Replay,
  axis: TimeAxis,
  layout: RowLayout,
  width: number,
  projection: Projection,
  view: RowView,
): void {
  const prepared = prepare(canvas, width, view);
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
    const [first, end] = visibleRows(layout, view);
    for (let row = first; row < end; row++) {
      ctx.fillStyle = taskColor(replay.taskIds[row] ?? row + 1);
      const y = row * layout.rowHeight - view.top + layout.rowHeight / 2;
      ctx.fillText(replay.taskNames[row] ?? '', 4, y, layout.gutter - 8);
    }
  }
  paintRows(ctx, replay, layout, view, (s) => [
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
  view: RowView,
): void {
  const prepared = prepare(canvas, width, view);
  if (!prepared) return;
  const columns = burst.to - burst.from + 1;
  const x = (k: number) => ((k - burst.from) / columns) * width;
  paintRows(prepared.ctx, replay, layout, view, (s) => {
    // A span that runs to the end holds its lane at the last state too.
    const end = s.to === replay.length ? s.to + 1 : s.to;
    const from = Math.max(s.from, burst.from);
    const to = Math.min(end, burst.to + 1);
    return from < to ? [x(from), x(to)] : null;
  });
}
