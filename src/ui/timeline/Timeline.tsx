/**
 * The run in virtual seconds: one row per task, colored by lane, on a linear time axis with
 * ticks at round seconds; beside it a lens on the instant at the cursor, where the many
 * events that take no time get one column each. Above, the run's length against the same
 * sleeps one after another. A cursor you can drag; click to seek.
 *
 * Both charts are canvases painted once per run and width (the lens once per instant): a
 * frame of playback moves only the cursors. The plot is itself the slider and the box that
 * scrolls when the rows outgrow it (many tasks): it takes focus, so a keyboard can scroll the
 * rows (↑/↓, Page Up/Down) as well as step (←/→, Home/End, handled page-wide).
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import { useLoopscope, useLoopscopeShallow, useStoreApi } from '../../store/react';
import {
  selectCursor,
  selectLength,
  selectReplay,
  selectShownClock,
  selectVerdict,
} from '../../store/selectors';
import type { Replay } from '../../trace/replay';
import { Lane } from '../../trace/replay';
import { formatClock, formatCount } from '../format';
import { LANE_FILL, LANE_TITLES } from '../palette';
import { useWidth } from '../useWidth';
import { drawLens, drawMain, EDGE, rowLayout, rowsHeight, rowViewAt } from './draw';
import type { RowLayout, RowView } from './draw';
import { buildAxis, cursorAtX, cursorInBurst, projectionFor, ticksFor, xOf } from './scale';
import type { Burst, Projection, TimeAxis } from './scale';

/** Between the time plot and the lens, px. */
const GAP = 10;
/** Room between two tick labels, px. */
const TICK_ROOM = 56;

function Legend() {
  return (
    <ul className="legend" aria-label="Legend">
      {[Lane.Running, Lane.Ready, Lane.Awaiting, Lane.Done].map((lane) => (
        <li key={lane}>
          <span className={`swatch swatch-${lane}`} style={{ background: LANE_FILL[lane] }} />
          {LANE_TITLES[lane]}
        </li>
      ))}
    </ul>
  );
}

function seconds(s: number): string {
  return `${Number(s.toFixed(s >= 10 ? 0 : 2))} s`;
}

/** The run's length as a bar, and the same sleeps one after another as a ghost bar beside it. */
const Comparison = memo(function Comparison() {
  const verdict = useLoopscopeShallow(selectVerdict);
  const total = verdict?.total ?? 0;
  const sequential = verdict?.sequential ?? 0;
  const most = Math.max(total, sequential, 1e-9);
  const pct = (s: number) => `${Math.max(0.4, (s / most) * 100)}%`;
  return (
    <div
      className="compare"
      data-testid="timeline-compare"
      aria-label={`This run: ${seconds(total)}; its sleeps one after another: ${seconds(sequential)}`}
      role="img"
    >
      <span className="compare-label">this run</span>
      <span className="compare-track">
        <span
          className="compare-bar real"
          data-testid="timeline-real"
          style={{ width: pct(total) }}
        />
      </span>
      <span className="compare-value">{seconds(total)}</span>
      <span className="compare-label">one after another</span>
      <span className="compare-track">
        <span
          className="compare-bar ghost"
          data-testid="timeline-ghost"
          style={{ width: pct(sequential) }}
        />
      </span>
      <span className="compare-value">{seconds(sequential)}</span>
    </div>
  );
});

/** Where things go across the plot's content box. */
interface Geometry {
  axis: TimeAxis;
  rows: RowLayout;
  /** Width of the time plot (gutter included) and of the lens. */
  mainWidth: number;
  lensWidth: number;
  projection: Projection;
}

function geometryFor(axis: TimeAxis, replay: Replay, width: number): Geometry {
  const rows = rowLayout(replay.spans.length, width);
  const lensWidth = Math.round(Math.max(110, Math.min(320, width * 0.28)));
  const mainWidth = Math.max(40, width - lensWidth - GAP);
  const projection = projectionFor(
    axis.end,
    rows.gutter + EDGE,
    mainWidth - rows.gutter - 2 * EDGE,
  );
  return { axis, rows, mainWidth, lensWidth, projection };
}

/** The cursor on both charts; the only part that moves each frame. */
function Cursors({ g }: { g: Geometry }) {
  const clock = useLoopscope(selectShownClock);
  const cursor = useLoopscope(selectCursor);
  const burst = g.axis.burstOf(cursor);
  const columns = burst.to - burst.from + 1;
  const lensX = g.mainWidth + GAP + ((cursor - burst.from + 0.5) / columns) * g.lensWidth;
  return (
    <>
      <div
        className="timeline-cursor"
        data-testid="timeline-cursor"
        style={{ transform: `translateX(${xOf(g.projection, clock)}px)` }}
      />
      <div className="timeline-cursor lens" style={{ transform: `translateX(${lensX}px)` }} />
    </>
  );
}

/** The lens' canvas, repainted when the cursor enters another instant (or the rows scroll). */
const Lens = memo(function Lens({
  g,
  replay,
  burst,
  view,
}: {
  g: Geometry;
  replay: Replay;
  burst: Burst;
  view: RowView;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (canvas.current) drawLens(canvas.current, replay, burst, g.rows, g.lensWidth, view);
  }, [replay, burst, g, view]);
  return <canvas ref={canvas} className="lens-canvas" aria-hidden="true" />;
});

const Axis = memo(function Axis({ g, burst }: { g: Geometry; burst: Burst }) {
  const ticks = useMemo(
    () => ticksFor(g.axis.end, Math.max(2, Math.floor(g.projection.width / TICK_ROOM))),
    [g],
  );
  const events = burst.to - burst.from;
  return (
    <div className="timeline-foot">
      <div className="axis" style={{ width: g.mainWidth }}>
        {ticks.map((t) => (
          <span
            key={t}
            className="axis-tick"
            data-testid="timeline-tick"
            data-t={t}
            style={{ left: `${xOf(g.projection, t)}px` }}
          >
            {Number(t.toFixed(3))} s
          </span>
        ))}
        <span
          className="axis-lens"
          aria-hidden="true"
          style={{ left: `${xOf(g.projection, burst.t)}px` }}
        />
      </div>
      <p className="lens-caption" style={{ width: g.lensWidth }} data-testid="timeline-lens">
        Zoom on <strong>{formatClock(burst.t)}</strong>: {formatCount(events)}{' '}
        {events === 1 ? 'event' : 'events'}, no time passes
      </p>
    </div>
  );
});

/** Where `clientX` falls across the plot's content box (inside its border). */
function contentX(el: HTMLElement, clientX: number): number {
  return clientX - el.getBoundingClientRect().left - el.clientLeft;
}

export function Timeline() {
  const replay = useLoopscope(selectReplay);
  const length = useLoopscope(selectLength);
  const cursor = useLoopscope(selectCursor);
  const store = useStoreApi();
  const plotRef = useRef<HTMLDivElement>(null);
  const mainRef = useRef<HTMLCanvasElement>(null);
  const width = useWidth(plotRef);
  const axis = useMemo(() => (replay ? buildAxis(replay) : null), [replay]);
  const g = useMemo(
    () => (axis && replay && width > 0 ? geometryFor(axis, replay, width) : null),
    [axis, replay, width],
  );
  const burst = useLoopscope((s) => (axis ? axis.burstOf(s.cursor) : null));
  const [scrollTop, setScrollTop] = useState(0);
  const viewTop = g ? rowViewAt(g.rows, scrollTop).top : 0;
  const viewHeight = g ? rowViewAt(g.rows, scrollTop).height : 0;
  // The same object while the rows in view are the same: the canvases repaint on a change.
  const view = useMemo(() => ({ top: viewTop, height: viewHeight }), [viewTop, viewHeight]);

  useEffect(() => {
    if (g && replay && mainRef.current)
      drawMain(mainRef.current, replay, g.axis, g.rows, g.mainWidth, g.projection, view);
  }, [g, replay, view]);

  /** Whether the current drag started on the lens. */
  const onLens = useRef(false);
  const seekAt = useCallback(
    (clientX: number) => {
      const el = plotRef.current;
      if (!el || !g) return;
      const x = contentX(el, clientX);
      const s = store.getState();
      if (onLens.current) {
        const b = g.axis.burstOf(s.cursor);
        s.seek(cursorInBurst(b, (x - g.mainWidth - GAP) / g.lensWidth));
      } else {
        s.seek(cursorAtX(g.axis, g.projection, x));
      }
    },
    [g, store],
  );
  const onPointerDown = (e: ReactPointerEvent<HTMLDivElement>) => {
    if (e.button !== 0 || !g) return;
    const el = e.currentTarget;
    const x = contentX(el, e.clientX);
    // A press on the rows' scrollbar scrolls them; it does not seek.
    if (x >= el.clientWidth) return;
    onLens.current = x >= g.mainWidth + GAP / 2;
    el.setPointerCapture(e.pointerId);
    seekAt(e.clientX);
  };
  const onPointerMove = (e: ReactPointerEvent<HTMLDivElement>) => {
    if (e.currentTarget.hasPointerCapture(e.pointerId)) seekAt(e.clientX);
  };

  const clock = axis?.clockAt(cursor) ?? 0;
  return (
    <section className="panel timeline-panel" aria-labelledby="timeline-title">
      <div className="panel-head timeline-head">
        <h2 id="timeline-title">
          Timeline <span className="timeline-unit">in virtual seconds</span>
        </h2>
        <Legend />
        <Comparison />
      </div>
      <div className="timeline">
        <div
          ref={plotRef}
          className="timeline-plot"
          data-testid="timeline"
          role="slider"
          tabIndex={0}
          aria-label="Replay position: drag or click to seek"
          aria-valuemin={0}
          aria-valuemax={length}
          aria-valuenow={cursor}
          aria-valuetext={`event ${cursor} of ${length}, at ${formatClock(clock)}`}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        >
          <div className="timeline-rows" style={{ height: g ? rowsHeight(g.rows) : undefined }}>
            <canvas ref={mainRef} aria-hidden="true" style={{ width: g?.mainWidth }} />
            {g && replay && burst && <Lens g={g} replay={replay} burst={burst} view={view} />}
          </div>
        </div>
        {g && <Cursors g={g} />}
        {g && burst && (
          <div
            className="lens-band"
            aria-hidden="true"
            style={{ transform: `translateX(${xOf(g.projection, burst.t)}px)` }}
          />
        )}
      </div>
      {g && burst ? <Axis g={g} burst={burst} /> : <div className="timeline-foot" />}
    </section>
  );
}
