/**
 * One row per task, colored by lane over the run; a cursor you can drag, click to seek.
 * The chart is a canvas painted once per run and width; only the cursor moves with playback.
 *
 * The slider is itself the box that scrolls when the rows outgrow it (many tasks): it takes
 * focus, so a keyboard can scroll the rows (↑/↓, Page Up/Down) as well as step (←/→,
 * Home/End, handled page-wide). The cursor is laid over it, not in it, so it spans the
 * visible rows and stays put as they scroll.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import { useLoopscope, useStoreApi } from '../../store/react';
import { selectCursor, selectLength, selectRun } from '../../store/selectors';
import { Lane } from '../../trace/replay';
import { LANE_FILL, LANE_TITLES } from '../palette';
import { useWidth } from '../useWidth';
import { drawTimeline, layoutFor } from './draw';
import { buildScale, spacedMarks } from './scale';

function Legend() {
  return (
    <ul className="legend" aria-label="Legend">
      {[Lane.Running, Lane.Ready, Lane.Awaiting, Lane.Done].map((lane) => (
        <li key={lane}>
          <span className={`swatch swatch-${lane}`} style={{ background: LANE_FILL[lane] }} />
          {LANE_TITLES[lane]}
        </li>
      ))}
      <li>
        <span className="swatch swatch-idle" /> clock jump
      </li>
    </ul>
  );
}

/** Where `clientX` falls across the plot's content box (inside its border). */
function contentX(el: HTMLElement, clientX: number): number {
  return clientX - el.getBoundingClientRect().left - el.clientLeft;
}

export function Timeline() {
  const run = useLoopscope(selectRun);
  const cursor = useLoopscope(selectCursor);
  const length = useLoopscope(selectLength);
  const store = useStoreApi();
  const plotRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const width = useWidth(plotRef);
  const scale = useMemo(() => (run ? buildScale(run.events) : null), [run]);
  const rows = run?.replay.spans.length ?? 0;
  const layout = layoutFor(rows, width);

  useEffect(() => {
    if (run && scale && canvasRef.current && width > 0)
      drawTimeline(canvasRef.current, run.replay, scale, layoutFor(rows, width));
  }, [run, scale, width, rows]);

  const seekAt = useCallback(
    (clientX: number) => {
      const el = plotRef.current;
      if (!el || !scale) return;
      const plot = el.clientWidth - layout.gutter;
      store.getState().seek(scale.indexAt((contentX(el, clientX) - layout.gutter) / plot));
    },
    [scale, store, layout.gutter],
  );
  const onPointerDown = (e: ReactPointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    const el = e.currentTarget;
    // A press on the rows' scrollbar scrolls them; it does not seek.
    if (contentX(el, e.clientX) >= el.clientWidth) return;
    el.setPointerCapture(e.pointerId);
    seekAt(e.clientX);
  };
  const onPointerMove = (e: ReactPointerEvent<HTMLDivElement>) => {
    if (e.currentTarget.hasPointerCapture(e.pointerId)) seekAt(e.clientX);
  };

  const plotWidth = Math.max(0, width - layout.gutter);
  const cursorX = scale ? layout.gutter + scale.x(cursor) * plotWidth : 0;
  const marks = useMemo(() => (scale ? spacedMarks(scale, plotWidth) : []), [scale, plotWidth]);
  return (
    <section className="panel timeline-panel" aria-labelledby="timeline-title">
      <div className="panel-head">
        <h2 id="timeline-title">Timeline</h2>
        <Legend />
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
          aria-valuetext={`event ${cursor} of ${length}`}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
        >
          <canvas ref={canvasRef} aria-hidden="true" />
        </div>
        <div className="timeline-cursor" style={{ transform: `translateX(${cursorX}px)` }} />
      </div>
      <div className="axis" aria-hidden="true">
        {scale &&
          marks.map((m) => (
            <span
              key={m.k}
              className="axis-mark"
              style={{ left: `${layout.gutter + scale.x(m.k) * plotWidth}px` }}
            >
              {m.t.toFixed(m.t % 1 === 0 ? 0 : 1)} s
            </span>
          ))}
      </div>
    </section>
  );
}
