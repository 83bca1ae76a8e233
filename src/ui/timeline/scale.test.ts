import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../engine/events';
import { buildScale, IDLE_SHARE, spacedMarks } from './scale';

const tick = (t: number): EngineEvent => ({ type: 'tick', t, tick: 1, ready: 1 });
const events: EngineEvent[] = [
  tick(0),
  tick(0),
  tick(0),
  { type: 'clock', t: 3, from: 0, why: 'timer' },
  tick(3),
  tick(3),
  tick(3),
];

describe('the timeline scale', () => {
  it('gives each event the same room and idle time its share', () => {
    const s = buildScale(events);
    expect(s.x(0)).toBe(0);
    expect(s.x(events.length)).toBe(1);
    expect(s.x(4) - s.x(3)).toBeCloseTo(IDLE_SHARE);
    expect(s.x(1) - s.x(0)).toBeCloseTo((1 - IDLE_SHARE) / 6);
  });

  it('finds the event boundary nearest to a point', () => {
    const s = buildScale(events);
    for (let k = 0; k <= events.length; k++) expect(s.indexAt(s.x(k))).toBe(k);
    expect(s.indexAt(-1)).toBe(0);
    expect(s.indexAt(2)).toBe(events.length);
  });

  it('marks where the clock lands', () => {
    expect(buildScale(events).marks).toEqual([
      { k: 0, t: 0 },
      { k: 4, t: 3 },
    ]);
  });

  it('works without any clock jump, and without events', () => {
    expect(buildScale([tick(0), tick(0)]).x(1)).toBeCloseTo(0.5);
    expect(buildScale([]).indexAt(0.5)).toBe(0);
  });

  it('labels at most one mark per 36 px, however many times the clock jumps', () => {
    const many: EngineEvent[] = [];
    for (let i = 1; i <= 250_000; i++)
      many.push({ type: 'clock', t: i, from: i - 1, why: 'timer' });
    const s = buildScale(many);
    expect(s.marks).toHaveLength(250_001);
    const shown = spacedMarks(s, 720);
    expect(shown.length).toBeLessThanOrEqual(21);
    expect(shown[0]).toEqual({ k: 0, t: 0 });
    expect(spacedMarks(buildScale(events), 720)).toEqual(buildScale(events).marks);
  });
});
