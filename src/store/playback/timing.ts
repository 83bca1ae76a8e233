/**
 * Playback time: how long each event takes on screen. A state change takes a short beat;
 * a clock jump takes time in proportion to the virtual seconds it covers, unless idle time
 * is skipped. Pure: the driver (driver.ts) feeds it real milliseconds.
 */
import type { EngineEvent } from '../../engine/events';

/** One event at 1× speed, in ms. */
export const BEAT_MS = 120;
/** At 1×, one virtual second of idle clock takes this many ms. */
export const SECOND_MS = 1000;
/** With idle time skipped, a clock jump takes this many beats. */
export const SKIPPED_IDLE_BEATS = 3;

export const SPEEDS = [0.5, 1, 2, 5, 10, 50, 200, 1000] as const;

export interface PlaybackSettings {
  speed: number;
  skipIdle: boolean;
}

/** Milliseconds event `e` takes on screen. */
export function eventDuration(e: EngineEvent, { speed, skipIdle }: PlaybackSettings): number {
  const beat = BEAT_MS / speed;
  if (e.type === 'clock') {
    const idle = ((e.t - e.from) * SECOND_MS) / speed;
    return skipIdle ? Math.min(idle, SKIPPED_IDLE_BEATS * beat) : Math.max(idle, beat);
  }
  // A wakeup's `wake` follows its `queue`, which already showed the change.
  return e.type === 'wake' ? 0 : beat;
}

export interface PlaybackPosition {
  /** Events applied. */
  cursor: number;
  /** Milliseconds already spent on the next event. */
  into: number;
}

/** Where playback is `ms` later. */
export function advance(
  events: readonly EngineEvent[],
  from: PlaybackPosition,
  ms: number,
  settings: PlaybackSettings,
): PlaybackPosition {
  let { cursor, into } = from;
  let left = ms;
  while (cursor < events.length) {
    const cost = eventDuration(events[cursor]!, settings);
    if (into + left < cost) return { cursor, into: into + left };
    left -= cost - into;
    into = 0;
    cursor++;
  }
  return { cursor: events.length, into: 0 };
}
