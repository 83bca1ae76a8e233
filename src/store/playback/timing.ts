/**
 * Playback time: how long each event takes on screen. At 1× one virtual second takes one
 * real second: a clock jump lasts its virtual seconds (unless idle time is skipped). The
 * events between two jumps happen at one instant of virtual time; they are what there is to
 * watch, so they play at a short fixed beat, and a whole burst of them is capped so that a
 * thousand tasks starting at once take a couple of seconds, not minutes.
 * Pure: the driver (driver.ts) feeds it real milliseconds.
 */
import type { EngineEvent } from '../../engine/events';

/** One event of a burst at 1× speed, in ms (shorter when the burst is long). */
export const BEAT_MS = 60;
/** A whole burst of events at one instant takes at most this long at 1×, in ms. */
export const BURST_CAP_MS = 1200;
/** At 1×, one virtual second of idle clock takes this many ms. */
export const SECOND_MS = 1000;
/** With idle time skipped, a clock jump takes at most this long at 1×, in ms. */
export const SKIPPED_IDLE_MS = 300;

export const SPEEDS = [0.5, 1, 2, 5, 10, 50, 200, 1000] as const;

export interface PlaybackSettings {
  speed: number;
  skipIdle: boolean;
}

/** A run's playback schedule at 1×: where each event starts, in ms from the start. */
interface Schedule {
  /** `starts[k]`: ms before event k starts; `starts[n]` is the whole run. */
  readonly watched: Float64Array;
  /** The same with idle time skipped. */
  readonly skipped: Float64Array;
}

/**
 * A run's playback timing: its schedule, built the first time playback asks for it. The
 * playback slice holds one per run on screen (`PlaybackSlice.timing`).
 */
export interface PlaybackTiming {
  /** Events in the run. */
  readonly length: number;
  /** `starts[k]`: ms at 1× before event k starts; `starts[length]` is the whole run. */
  starts(skipIdle: boolean): Float64Array;
}

/** ms each event of the burst [from, to) takes at 1×: a `wake` follows its `queue`, which showed it. */
function burstBeat(events: readonly EngineEvent[], from: number, to: number): number {
  let shown = 0;
  for (let i = from; i < to; i++) if (events[i]!.type !== 'wake') shown++;
  return shown > 0 ? Math.min(BEAT_MS, BURST_CAP_MS / shown) : 0;
}

function buildSchedule(events: readonly EngineEvent[]): Schedule {
  const n = events.length;
  const watched = new Float64Array(n + 1);
  const skipped = new Float64Array(n + 1);
  let i = 0;
  while (i < n) {
    const e = events[i]!;
    if (e.type === 'clock') {
      const idle = (e.t - e.from) * SECOND_MS;
      watched[i + 1] = watched[i]! + idle;
      skipped[i + 1] = skipped[i]! + Math.min(idle, SKIPPED_IDLE_MS);
      i++;
      continue;
    }
    let end = i;
    while (end < n && events[end]!.type !== 'clock') end++;
    const beat = burstBeat(events, i, end);
    for (; i < end; i++) {
      const ms = events[i]!.type === 'wake' ? 0 : beat;
      watched[i + 1] = watched[i]! + ms;
      skipped[i + 1] = skipped[i]! + ms;
    }
  }
  return { watched, skipped };
}

/** The timing of a run of `events` (the schedule is built on first use, once). */
export function playbackTiming(events: readonly EngineEvent[]): PlaybackTiming {
  let schedule: Schedule | null = null;
  return {
    length: events.length,
    starts(skipIdle) {
      schedule ??= buildSchedule(events);
      return skipIdle ? schedule.skipped : schedule.watched;
    },
  };
}

/** Milliseconds event `k` takes on screen. */
export function eventDuration(
  timing: PlaybackTiming,
  k: number,
  { speed, skipIdle }: PlaybackSettings,
): number {
  if (k < 0 || k >= timing.length) return 0;
  const starts = timing.starts(skipIdle);
  return (starts[k + 1]! - starts[k]!) / speed;
}

/** Milliseconds the whole run takes to play from the start. */
export function playbackDuration(
  timing: PlaybackTiming,
  { speed, skipIdle }: PlaybackSettings,
): number {
  return timing.starts(skipIdle)[timing.length]! / speed;
}

export interface PlaybackPosition {
  /** Events applied. */
  cursor: number;
  /** Milliseconds already spent on the next event. */
  into: number;
}

/** Where playback is `ms` later. */
export function advance(
  timing: PlaybackTiming,
  from: PlaybackPosition,
  ms: number,
  settings: PlaybackSettings,
): PlaybackPosition {
  const n = timing.length;
  const starts = timing.starts(settings.skipIdle);
  const cursor = Math.max(0, Math.min(n, from.cursor));
  const target = starts[cursor]! + (from.into + ms) * settings.speed;
  if (target >= starts[n]!) return { cursor: n, into: 0 };
  // The last event boundary at or before `target` (events that take no time are passed).
  let lo = cursor;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= target) lo = mid;
    else hi = mid - 1;
  }
  return { cursor: lo, into: (target - starts[lo]!) / settings.speed };
}
