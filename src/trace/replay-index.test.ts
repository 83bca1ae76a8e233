import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../engine/run';
import { buildReplay, SNAPSHOT_EVERY } from './replay';
import { indexRun, indexTransferables, openIndex } from './replay-index';
import { packLog } from './packed-log';

const PROGRAMS = join(dirname(fileURLToPath(import.meta.url)), '../../tests/programs');
const program = (name: string) => readFileSync(join(PROGRAMS, name), 'utf8');

/** The default lesson with `n` coroutines: past a few hundred, the log has several snapshots. */
const lesson = (n: number) => program('default.py').replace(/^N = \d+/m, `N = ${n}`);

/** Cursors in an order that jumps both ways: a seek back, forward, and to either end. */
function seekOrder(length: number): number[] {
  const ks: number[] = [length, 0];
  for (let i = 1; i <= 60; i++) ks.push(Math.floor((((i * 7919) % 61) / 61) * length));
  for (let k = 0; k <= length; k += Math.max(1, Math.floor(length / 97))) ks.push(k);
  return ks;
}

describe('the replay index built beside the run', () => {
  it.each([
    ['default.py', program('default.py')],
    ['gather_cancel.py', program('gather_cancel.py')],
    ['queue_workers.py', program('queue_workers.py')],
    ['N = 400', lesson(600)],
  ])('gives %s the same states and spans as a replay built on the page', (_name, source) => {
    const { events } = runProgram(source, { traceLines: true });
    const built = buildReplay(events);
    const opened = openIndex([packLog(events, 0, 10)], indexRun(events, 10));
    expect(opened.events).toEqual(events);
    const { replay } = opened;
    expect(replay.spans).toEqual(built.spans);
    expect([replay.taskIds, replay.taskNames]).toEqual([built.taskIds, built.taskNames]);
    expect([replay.verdict, replay.stop, replay.output]).toEqual([
      built.verdict,
      built.stop,
      built.output,
    ]);
    for (const k of seekOrder(events.length)) expect(replay.stateAt(k)).toEqual(built.stateAt(k));
  });

  it('folds a long run lazily: the states agree whichever way the first seeks go', () => {
    const { events } = runProgram(lesson(600), { traceLines: true });
    expect(events.length).toBeGreaterThan(2 * SNAPSHOT_EVERY);
    const built = buildReplay(events);
    const backwards = openIndex([], indexRun(events)).replay;
    for (let k = events.length; k >= 0; k -= 997)
      expect(backwards.stateAt(k)).toEqual(built.stateAt(k));
  });

  it('sends flat arrays: every span and task id array is transferable', () => {
    const { events } = runProgram(program('default.py'), { traceLines: true });
    const index = indexRun(events);
    expect(indexTransferables(index)).toHaveLength(10);
    expect(index.facts.spans.starts).toBeInstanceOf(Uint32Array);
  });
});

describe('folding ahead', () => {
  it('keeps snapshots to the end, a slice at a time, and the states stay the same', () => {
    const { events } = runProgram(lesson(600), { traceLines: true });
    const built = buildReplay(events);
    const { replay } = openIndex([], indexRun(events));
    let slices = 0;
    while (!replay.foldAhead(1000)) slices++;
    expect(slices).toBeGreaterThanOrEqual(Math.floor(events.length / 1000) - 1);
    expect(replay.foldAhead(1000)).toBe(true);
    for (const k of seekOrder(events.length)) expect(replay.stateAt(k)).toEqual(built.stateAt(k));
  });
});
