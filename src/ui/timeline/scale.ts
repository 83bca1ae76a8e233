/**
 * The timeline's x axis. Mostly event index, so that a burst of many events at one
 * instant gets room; clock jumps also get room, in proportion to their seconds, so idle
 * time shows as idle. `x` maps an event boundary k (0..length) to 0..1.
 */
import type { EngineEvent } from '../../engine/events';

/** Share of the width given to clock jumps, when the run has any. */
export const IDLE_SHARE = 0.25;

export interface TimeMark {
  /** Event boundary where the clock reads `t`. */
  readonly k: number;
  readonly t: number;
}

export interface TimeScale {
  readonly length: number;
  x(k: number): number;
  /** The event boundary nearest to `x` (0..1). */
  indexAt(x: number): number;
  /** Where the clock jumps land, and the start: for the axis labels. */
  readonly marks: readonly TimeMark[];
}

export function buildScale(events: readonly EngineEvent[]): TimeScale {
  const n = events.length;
  let idle = 0;
  let jumps = 0;
  for (const e of events) {
    if (e.type === 'clock') {
      idle += e.t - e.from;
      jumps++;
    }
  }
  const perIdleSecond = idle > 0 ? ((n - jumps) * IDLE_SHARE) / (1 - IDLE_SHARE) / idle : 0;
  const prefix = new Float64Array(n + 1);
  const marks: TimeMark[] = [{ k: 0, t: 0 }];
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    const w = e.type === 'clock' && perIdleSecond > 0 ? (e.t - e.from) * perIdleSecond : 1;
    prefix[i + 1] = prefix[i]! + w;
    if (e.type === 'clock') marks.push({ k: i + 1, t: e.t });
  }
  const total = prefix[n] || 1;
  return {
    length: n,
    marks,
    x: (k) => prefix[Math.max(0, Math.min(n, Math.round(k)))]! / total,
    indexAt(x) {
      const target = Math.max(0, Math.min(1, x)) * total;
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (prefix[mid]! <= target) lo = mid;
        else hi = mid - 1;
      }
      if (lo < n && prefix[lo + 1]! - target < target - prefix[lo]!) lo++;
      return lo;
    },
  };
}

/**
 * The marks the axis labels, at least `minPx` apart across `widthPx`: a run may jump the
 * clock 250,000 times, and a label for each would be as many DOM nodes.
 */
export function spacedMarks(scale: TimeScale, widthPx: number, minPx = 36): TimeMark[] {
  const shown: TimeMark[] = [];
  let last = -Infinity;
  for (const m of scale.marks) {
    const px = scale.x(m.k) * widthPx;
    if (px - last < minPx) continue;
    shown.push(m);
    last = px;
  }
  return shown;
}
