import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../engine/events';
import { buildReplay } from '../../trace/replay';
import { timeMarks } from '../../trace/replay-marks';
import { simulate } from '../../store/sim/simulate';
import { defaultSource } from '../../store/program-slice';
import { buildAxis, cursorAtX, cursorInBurst, projectionFor, ticksFor, xOf } from './scale';

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
/** The index's view of `events`: what the axis reads. */
const index = (events: readonly EngineEvent[]) => ({
  length: events.length,
  time: timeMarks(events),
});

describe('the timeline axis', () => {
  it('splits the run into instants: everything between two clock jumps', () => {
    const axis = buildAxis(index(events));
    expect(axis.bursts).toEqual([
      { t: 0, from: 0, to: 3 },
      { t: 3, from: 4, to: 7 },
    ]);
    expect(axis.end).toBe(3);
    expect(axis.burstOf(3)).toBe(axis.bursts[0]);
    expect(axis.burstOf(4)).toBe(axis.bursts[1]);
    expect([0, 3, 4, 7].map((k) => axis.clockAt(k))).toEqual([0, 0, 3, 3]);
  });

  it('reads from the replay index what the event log says: instants and the clock at each cursor', () => {
    const r = simulate({ id: 1, source: defaultSource, seed: 0 });
    if (r.status !== 'ok') throw new Error(`the lesson did not run: ${r.message}`);
    // A wall clock moves within an instant too: the axis follows each event's time.
    const drift = events.map((e, i) => ({ ...e, t: e.t + i / 1000 }));
    for (const log of [r.events, drift, []]) {
      const axis = buildAxis(buildReplay(log));
      const jumps = log.flatMap((e, i) => (e.type === 'clock' ? [i] : []));
      expect(axis.bursts.map((b) => b.to)).toEqual([...jumps, log.length]);
      expect(axis.bursts.slice(0, -1).map((b) => b.t)).toEqual(
        jumps.map((i) => (log[i]?.type === 'clock' ? log[i].from : NaN)),
      );
      for (let k = 0; k <= log.length; k++) {
        expect(axis.clockAt(k)).toBe(k > 0 ? log[k - 1]!.t : (log[0]?.t ?? 0));
      }
      expect(axis.end).toBe(log.at(-1)?.t ?? 0);
    }
  });

  it('is linear in virtual time', () => {
    const p = projectionFor(6, 10, 600);
    expect(xOf(p, 0)).toBe(10);
    expect(xOf(p, 3) - xOf(p, 0)).toBeCloseTo(xOf(p, 6) - xOf(p, 3));
  });

  it('puts ticks at round seconds', () => {
    expect(ticksFor(6, 20)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(ticksFor(6, 4)).toEqual([0, 2, 4, 6]);
    expect(ticksFor(3003, 12)).toEqual([0, 500, 1000, 1500, 2000, 2500, 3000]);
    expect(ticksFor(0.3, 10)).toEqual([0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3]);
    expect(ticksFor(0, 10)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    // However narrow the axis, it shows where it ends up.
    expect(ticksFor(6, 2)).toEqual([0, 5]);
    expect(ticksFor(6, 1)).toEqual([0, 5]);
  });

  it('seeks to an instant near a press, or to the loop sleeping between instants', () => {
    const axis = buildAxis(index(events));
    const p = projectionFor(axis.end, 0, 300);
    expect(cursorAtX(axis, p, 1)).toBe(3);
    expect(cursorAtX(axis, p, 150)).toBe(3);
    expect(cursorAtX(axis, p, 298)).toBe(4);
    expect(cursorAtX(axis, p, 301)).toBe(7);
  });

  it('gives each cursor of an instant one column of the lens', () => {
    const burst = { t: 3, from: 4, to: 7 };
    expect([0, 0.26, 0.5, 0.99, 2].map((f) => cursorInBurst(burst, f))).toEqual([4, 5, 6, 7, 7]);
  });
});
