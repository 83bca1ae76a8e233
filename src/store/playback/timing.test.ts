import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../engine/events';
import { advance, BEAT_MS, eventDuration } from './timing';

const tick: EngineEvent = { type: 'tick', t: 0, tick: 1, ready: 1 };
const jump: EngineEvent = { type: 'clock', t: 3, from: 0, why: 'timer' };

describe('playback timing', () => {
  it('gives a state change one beat, faster at higher speed', () => {
    expect(eventDuration(tick, { speed: 1, skipIdle: false })).toBe(BEAT_MS);
    expect(eventDuration(tick, { speed: 10, skipIdle: false })).toBe(BEAT_MS / 10);
  });

  it('gives a clock jump its virtual seconds, unless idle time is skipped', () => {
    expect(eventDuration(jump, { speed: 1, skipIdle: false })).toBe(3000);
    expect(eventDuration(jump, { speed: 1, skipIdle: true })).toBeLessThan(3000);
  });

  it('advances through events and keeps the remainder', () => {
    const events = [tick, tick, jump, tick];
    const settings = { speed: 1, skipIdle: false };
    expect(advance(events, { cursor: 0, into: 0 }, BEAT_MS * 2.5, settings)).toEqual({
      cursor: 2,
      into: BEAT_MS / 2,
    });
    expect(advance(events, { cursor: 0, into: 0 }, 1e9, settings)).toEqual({ cursor: 4, into: 0 });
  });
});
