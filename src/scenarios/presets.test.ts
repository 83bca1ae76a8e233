import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../engine/events';
import { runProgram } from '../engine/run';
import { buildReplay } from '../trace/replay';
import { SCENARIOS } from './presets';

/** The key moment's definition, scanned the slow way: every task asleep after event i. */
function allAsleepFrom(events: readonly EngineEvent[], min: number): number | null {
  const suspended = new Map<number, boolean>();
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.type === 'create' || e.type === 'wake' || e.type === 'run') suspended.set(e.task, false);
    else if (e.type === 'suspend') suspended.set(e.task, true);
    else if (e.type === 'done' || e.type === 'error' || e.type === 'cancelled')
      suspended.delete(e.task);
    else continue;
    if (suspended.size >= min && [...suspended.values()].every(Boolean)) return i + 1;
  }
  return null;
}

describe('the scenarios', () => {
  it('find the lesson’s key moment where every task awaits, at any N', () => {
    const lesson = SCENARIOS.find((s) => s.id === 'lesson')!;
    for (const n of [1, 3, 10, 300]) {
      const source = lesson.source.replace(/^N = \d+/m, `N = ${n}`);
      const { events } = runProgram(source, { seed: 0 });
      const k = lesson.keyMoment(buildReplay(events));
      expect(k).not.toBeNull();
      expect(k).toBe(allAsleepFrom(events, 2));
    }
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s has a key moment', (_id, scenario) => {
    const { events, status } = runProgram(scenario.source, { seed: 0 });
    expect(status).not.toBe('invalid');
    expect(scenario.keyMoment(buildReplay(events))).not.toBeNull();
  });
});
