/**
 * The timeline's axes. The main axis is virtual time, linear: a second is as wide at the
 * start as at the end. Many events happen at one instant (a burst: everything between two
 * clock jumps); on a time axis they have no width, so the zoom lens shows the burst at the
 * cursor with one column per event.
 *
 * Cursors run 0..length (events applied). Burst j holds the cursors from just after one
 * clock jump up to the jump that ends it: the last of them is the state where the loop
 * sleeps, before the clock moves. Read from the replay index's time marks, not the event log.
 */
import type { Replay } from '../../trace/replay';

export interface Burst {
  /** Its instant, in virtual seconds. */
  readonly t: number;
  /** First and last cursor at that instant (inclusive). */
  readonly from: number;
  readonly to: number;
}

export interface TimeAxis {
  readonly length: number;
  /** The run's last instant (seconds). */
  readonly end: number;
  /** Every instant where events happen, in order. */
  readonly bursts: readonly Burst[];
  /** The clock after `k` events. */
  clockAt(k: number): number;
  /** The burst that holds cursor `k`. */
  burstOf(k: number): Burst;
}

export function buildAxis(replay: Pick<Replay, 'length' | 'time'>): TimeAxis {
  const n = replay.length;
  const { times, jumpAt, jumpFrom } = replay.time;
  const bursts: Burst[] = [];
  let from = 0;
  jumpAt.forEach((at, j) => {
    bursts.push({ t: jumpFrom[j]!, from, to: at });
    from = at + 1;
  });
  bursts.push({ t: n > 0 ? times[n - 1]! : 0, from, to: n });
  const clockAt = (k: number) => {
    const i = Math.max(0, Math.min(n, Math.round(k)));
    return i > 0 ? times[i - 1]! : (times[0] ?? 0);
  };
  return {
    length: n,
    end: clockAt(n),
    bursts,
    clockAt,
    burstOf(k) {
      let lo = 0;
      let hi = bursts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (bursts[mid]!.from <= k) lo = mid;
        else hi = mid - 1;
      }
      return bursts[lo]!;
    },
  };
}

/**
 * Ticks from 0 to `end` at a round step (1, 2 or 5 times a power of ten; whole seconds
 * once the run lasts two seconds or more), at most `most` of them.
 */
const MULTIPLES = [1, 2, 5] as const;

export function ticksFor(end: number, most: number): number[] {
  const span = end > 0 ? end : 1;
  const intervals = Math.max(1, most - 1);
  const unit = span >= 2 ? 1 : 0.001;
  let step = unit;
  for (let i = 1; span / step > intervals; i++) {
    const next = unit * MULTIPLES[i % 3]! * 10 ** Math.floor(i / 3);
    // Never past the end: the axis always shows 0 and one more tick.
    if (next > span) break;
    step = next;
  }
  const ticks: number[] = [];
  for (let i = 0; i * step <= span + 1e-9; i++) ticks.push(Number((i * step).toFixed(3)));
  return ticks;
}

/** The time axis mapped onto pixels: `x(t)` over [left, left + width]. */
export interface Projection {
  readonly left: number;
  readonly width: number;
  /** The axis' seconds (the run's end, or 1 s for a run with no clock jump). */
  readonly span: number;
}

export function projectionFor(end: number, left: number, width: number): Projection {
  return { left, width: Math.max(1, width), span: end > 0 ? end : 1 };
}

export function xOf(p: Projection, t: number): number {
  return p.left + (t / p.span) * p.width;
}

/**
 * The cursor a press at `x` on the time axis means: the start or end of a burst within
 * `snap` px of it, else the loop sleeping through the idle stretch under it.
 */
export function cursorAtX(axis: TimeAxis, p: Projection, x: number, snap = 4): number {
  const { bursts } = axis;
  let before = bursts[0]!;
  for (const b of bursts) {
    const bx = xOf(p, b.t);
    if (Math.abs(bx - x) <= snap) return x < bx ? b.from : b.to;
    if (bx < x) before = b;
  }
  return x < xOf(p, before.t) ? before.from : before.to;
}

/** The cursor in `burst` at fraction `f` (0..1) across the lens: one column a cursor. */
export function cursorInBurst(burst: Burst, f: number): number {
  const columns = burst.to - burst.from + 1;
  return burst.from + Math.max(0, Math.min(columns - 1, Math.floor(f * columns)));
}
