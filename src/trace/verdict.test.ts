import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { EngineEvent } from '../engine/events';
import { runProgram } from '../engine/run';
import { buildReplay } from './replay';
import { glanceSeconds, verdictFacts, verdictText, VerdictTone } from './verdict';

const HERE = dirname(fileURLToPath(import.meta.url));
const source = (path: string) => readFileSync(join(HERE, path), 'utf8');
const LESSON = source('../scenarios/lesson.py');
const SYNC_VS_ASYNC = source('../scenarios/sync_vs_async.py');

const events = (src: string, n?: number) =>
  runProgram(src, { traceLines: true, ...(n === undefined ? {} : { set: { N: String(n) } }) })
    .events;

describe('the verdict', () => {
  it('says the lesson at N = 3: the gather took 3 s, not 9 s', () => {
    const f = verdictFacts(events(LESSON, 3));
    expect(f.gather).toEqual({ children: 3, coro: 'randn', took: 3, oneByOne: 9, blocked: 0 });
    expect(f.total).toBe(6);
    const v = verdictText(f);
    expect(v.tone).toBe(VerdictTone.Lesson);
    expect(v.figures).toBe('3 s, not 9 s');
    expect(v.words).toBe(
      'gather ran 3 randn() calls in 3 s; one after another they would take 9 s. The whole program: 6 s.',
    );
  });

  it('scales with N: 3 s, not 30 s for the default N = 10', () => {
    expect(verdictText(verdictFacts(events(LESSON))).figures).toBe('3 s, not 30 s');
    expect(verdictText(verdictFacts(events(LESSON, 1))).tone).toBe(VerdictTone.Plain);
  });

  it("shows sync_vs_async's two halves: 9 s blocked vs 3 s gathered", () => {
    const f = verdictFacts(events(SYNC_VS_ASYNC));
    expect(f.blocking).toBe(9);
    const v = verdictText(f);
    expect(v.figures).toBe('9 s vs 3 s');
    expect(v.words).toMatch(
      /^time\.sleep blocked the loop for 9 s.*gather ran 3 randn\(\) calls together in 3 s\. The whole program: 12 s\.$/,
    );
  });

  it('counts a blocking call inside a gather as its own, and says it blocked the loop', () => {
    const v = verdictText(verdictFacts(events(source('../scenarios/blocking_call.py'))));
    expect(v.figures).toBe('3.5 s, not 5 s');
    expect(v.words).toContain('time.sleep blocked the loop for 2 s of it');
  });

  it('does not put a producer and its consumer one after another', () => {
    const f = verdictFacts(events(source('../scenarios/producer_consumer.py')));
    expect(f.gather).toBeNull();
    expect(verdictText(f).tone).toBe(VerdictTone.Plain);
  });

  it('says a run stopped at a limit, in a tone that is not success', () => {
    const src =
      'import asyncio\nasync def main():\n    while True:\n        await asyncio.sleep(1)\nasyncio.run(main())\n';
    const r = runProgram(src, { limits: { maxTime: 50 } });
    expect(r.status).toBe('limit');
    const v = verdictText(verdictFacts(r.events));
    expect(v.tone).toBe(VerdictTone.Stopped);
    expect(v.figures).toBe('no verdict');
    expect(v.words).toBe(
      'The run stopped at a limit after 51 s of virtual time, before it finished: there is no total to compare.',
    );
  });

  it('keeps the replay facts: the verdict and the sequential sleeps agree', () => {
    const replay = buildReplay(events(LESSON, 3));
    expect(replay.verdict.sequential).toBe(12);
    expect(replay.sequentialSleep).toBe(12);
    expect(replay.stop).toBeNull();
  });

  it('never shows Infinity, NaN or a negative time, whatever an imported log says', () => {
    const time = fc.oneof(
      fc.double(),
      fc.constantFrom(-1, 1e308, Number.MAX_VALUE, -Number.MAX_VALUE),
    );
    const event: fc.Arbitrary<EngineEvent> = fc.oneof(
      fc.record({
        type: fc.constant('clock' as const),
        t: time,
        from: time,
        why: fc.constantFrom('timer' as const, 'sleep' as const),
      }),
      fc.record({
        type: fc.constant('suspend' as const),
        t: time,
        task: fc.nat({ max: 3 }),
        stack: fc.constant<number[]>([]),
        on: fc.constantFrom('sleep(1)', 'gather(2)'),
        detail: fc.constant('x'),
        wait: fc.constantFrom('sleep' as const, 'gather' as const),
        until: fc.option(time),
        target: fc.constant(null),
        children: fc.constant<number[]>([1, 2]),
      }),
      fc.record({ type: fc.constant('wake' as const), t: time, task: fc.nat({ max: 3 }) }),
      fc.record({
        type: fc.constant('done' as const),
        t: time,
        task: fc.nat({ max: 3 }),
        repr: fc.constant('1'),
      }),
      fc.record({
        type: fc.constant('create' as const),
        t: time,
        task: fc.nat({ max: 3 }),
        name: fc.constant('T'),
        coro: fc.constant('c'),
        line: fc.constant(1),
      }),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), (log) => {
        const f = verdictFacts(log);
        for (const x of [
          f.total,
          f.sequential,
          f.blocking,
          f.gather?.took ?? 0,
          f.gather?.oneByOne ?? 0,
        ]) {
          expect(Number.isFinite(x) && x >= 0).toBe(true);
        }
        const v = verdictText(f);
        expect(`${v.figures} ${v.words}`).not.toMatch(/Infinity|NaN|-\d/);
      }),
      { seed: 5, numRuns: 500 },
    );
  });
});

describe('glanceSeconds', () => {
  it('writes seconds as a learner reads them', () => {
    expect(glanceSeconds(3)).toBe('3 s');
    expect(glanceSeconds(1.5)).toBe('1.5 s');
    expect(glanceSeconds(0.25)).toBe('0.25 s');
    expect(glanceSeconds(2.9999999)).toBe('3 s');
    expect(glanceSeconds(1_000_000)).toBe('1,000,000 s');
    expect(glanceSeconds(-2)).toBe('0 s');
    expect(glanceSeconds(Number.NaN)).toBe('0 s');
    expect(glanceSeconds(Infinity)).toBe('0 s');
    expect(glanceSeconds(1e300)).toBe('1.00e+300 s');
  });
});
