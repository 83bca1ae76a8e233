/**
 * One row per task, colored by lane over the run; a cursor you can drag, click to seek.
 * The chart is a canvas painted once per run and width; only the cursor moves with playback.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import { useLoopscope, useStoreApi } from '../../store/react';
import { selectCursor, selectLength, selectRun } from '../../store/selectors';
import { Lane } from '../../trace/replay';
import { LANE_FILL, LANE_TITLES } from '../palette';
import { useWidth } from '../useWidth';
import { drawTimeline, layoutFor } from './draw';
import { buildScale } from './scale';

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
      const rect = el.getBoundingClientRect();
      const plot = rect.width - layout.gutter;
      store.getState().seek(scale.indexAt((clientX - rect.left - layout.gutter) / plot));
    },
    [scale, store, layout.gutter],
  );
  const onPointerDown = (e: ReactPointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    seekAt(e.clientX);
  };
  const onPointerMove = (e: ReactPointerEvent<HTMLDivElement>) => {
    if (e.currentTarget.hasPointerCapture(e.pointerId)) seekAt(e.clientX);
  };

  const plotWidth = Math.max(0, width - layout.gutter);
  const cursorX = scale ? layout.gutter + scale.x(cursor) * plotWidth : 0;
  return (
    <section className="panel timeline-panel" aria-labelledby="timeline-title">
      <div className="panel-head">
        <h2 id="timeline-title">Timeline</h2>
        <Legend />
      </div>
      <div
        ref={plotRef}
        className="timeline"
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
        <div className="timeline-scroll">
          <canvas ref={canvasRef} aria-hidden="true" />
        </div>
        <div className="timeline-cursor" style={{ transform: `translateX(${cursorX}px)` }} />
      </div>
      <div className="axis" aria-hidden="true">
        {scale?.marks.map((m) => (
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
