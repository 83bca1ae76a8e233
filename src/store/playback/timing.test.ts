import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../engine/events';
import { writeCount } from '../program-count';
import { defaultSource } from '../program-slice';
import { simulate } from '../sim/simulate';
import {
  advance,
  BEAT_MS,
  BURST_CAP_MS,
  eventDuration,
  playbackDuration,
  playbackTiming,
  SKIPPED_IDLE_MS,
} from './timing';

const tick: EngineEvent = { type: 'tick', t: 0, tick: 1, ready: 1 };
const wake: EngineEvent = { type: 'wake', t: 0, task: 1 };
const jump: EngineEvent = { type: 'clock', t: 3, from: 0, why: 'timer' };
const watch = { speed: 1, skipIdle: false };

function lessonEvents(n: number): readonly EngineEvent[] {
  const r = simulate({ id: 1, source: writeCount(defaultSource, n), seed: 0 });
  if (r.status !== 'ok') throw new Error(`the lesson did not run: ${r.message}`);
  return r.events;
}

describe('playback timing', () => {
  it('gives an event of a short burst one beat, faster at higher speed', () => {
    const events = [tick, tick, jump];
    expect(eventDuration(playbackTiming(events), 0, watch)).toBe(BEAT_MS);
    expect(eventDuration(playbackTiming(events), 1, { speed: 10, skipIdle: false })).toBe(
      BEAT_MS / 10,
    );
  });

  it('shows a wakeup with the queue event before it', () => {
    expect(eventDuration(playbackTiming([tick, wake, tick]), 1, watch)).toBe(0);
  });

  it('caps a long burst: a thousand events at one instant take BURST_CAP_MS together', () => {
    const events = [...Array.from({ length: 1000 }, () => tick), jump];
    expect(eventDuration(playbackTiming(events), 0, watch)).toBeCloseTo(BURST_CAP_MS / 1000);
    expect(playbackDuration(playbackTiming(events), watch)).toBeCloseTo(BURST_CAP_MS + 3000);
  });

  it('gives a clock jump one real second per virtual second at 1×, unless idle time is skipped', () => {
    expect(eventDuration(playbackTiming([jump]), 0, watch)).toBe(3000);
    expect(eventDuration(playbackTiming([jump]), 0, { speed: 2, skipIdle: false })).toBe(1500);
    expect(eventDuration(playbackTiming([jump]), 0, { speed: 1, skipIdle: true })).toBe(
      SKIPPED_IDLE_MS,
    );
  });

  it('advances through events and keeps the remainder', () => {
    const events = [tick, tick, jump, tick];
    expect(advance(playbackTiming(events), { cursor: 0, into: 0 }, BEAT_MS * 2.5, watch)).toEqual({
      cursor: 2,
      into: BEAT_MS / 2,
    });
    expect(advance(playbackTiming(events), { cursor: 2, into: 1000 }, 500, watch)).toEqual({
      cursor: 2,
      into: 1500,
    });
    expect(advance(playbackTiming(events), { cursor: 0, into: 0 }, 1e9, watch)).toEqual({
      cursor: 4,
      into: 0,
    });
  });

  it('plays the lesson (N = 10) in 6 to 12 seconds at 1×, its 6 virtual seconds included', () => {
    const ms = playbackDuration(playbackTiming(lessonEvents(10)), watch);
    expect(ms).toBeGreaterThanOrEqual(6000);
    expect(ms).toBeLessThanOrEqual(12_000);
  });

  it('plays N = 1,000 in well under a minute at 1×', () => {
    expect(playbackDuration(playbackTiming(lessonEvents(1000)), watch)).toBeLessThan(20_000);
  });
});
