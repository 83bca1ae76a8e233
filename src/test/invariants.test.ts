/**
 * Property tests over random asyncio programs: whatever the program, the event log keeps
 * the loop's invariants (`log-invariants.ts`), gather keeps argument order, and the replay
 * index agrees with a fold from the start. Seeded, so a failure reproduces; on failure
 * fast-check prints the (shrunk) program.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { generateProgram } from '../../tests/fuzz/generate';
import type { EngineEvent } from '../engine/events';
import { runProgram } from '../engine/run';
import type { RunResult } from '../engine/run';
import { canonicalLines } from '../trace/canonical';
import { buildReplay, foldTo } from '../trace/replay';
import type { LoopState } from '../trace/replay';
import { asyncioProgram, gatherProgram } from './arb-program';
import { logViolations } from './log-invariants';

const SEED = 42;
const LIMITS = { maxStatements: 200_000, maxEvents: 100_000, maxTime: 10_000 };

function run(source: string): RunResult {
  return runProgram(source, { loopDetail: true, traceLines: true, limits: LIMITS });
}

/** Fails with the program and what went wrong, so the report is readable as it stands. */
function check(source: string, r: RunResult, problems: string[]): void {
  if (problems.length === 0) return;
  throw new Error(`${problems.join('\n')}\n--- program ---\n${source}`);
}

function invariantProblems(r: RunResult): string[] {
  const problems: string[] = [];
  // A located refusal at run time (rare: tests/fuzz.test.ts bounds it) leaves a log to check.
  const refused = r.status === 'invalid' && r.diagnostic?.kind === 'NotSupported';
  if (r.status !== 'ok' && r.status !== 'limit' && !refused) {
    problems.push(`status ${r.status}: ${r.message ?? ''}`);
  }
  // (a refused run stops mid-step: its log is a prefix, checked against CPython by the fuzzer)
  if (!refused) problems.push(...logViolations(r.events));
  // The canonical projection takes any log.
  canonicalLines(r.events);
  return problems;
}

/** The fuzzer's programs, one per seed (tests/fuzz/generate.ts). */
const fuzzSeed = fc.integer({ min: 1, max: 1_000_000 });

describe('the event log of a random asyncio program', () => {
  it('keeps the loop invariants (fc programs)', () => {
    fc.assert(
      fc.property(asyncioProgram, (source) => {
        const r = run(source);
        check(source, r, invariantProblems(r));
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('keeps the loop invariants (the differential fuzzer programs)', () => {
    fc.assert(
      fc.property(fuzzSeed, (seed) => {
        const source = generateProgram(seed);
        const r = run(source);
        check(source, r, invariantProblems(r));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('finishes programs that have no reason to stop early', () => {
    // The fc programs are bounded: none should need the limits or deadlock.
    fc.assert(
      fc.property(asyncioProgram, (source) => {
        const r = run(source);
        check(source, r, r.status === 'ok' ? [] : [`status ${r.status}: ${r.message ?? ''}`]);
      }),
      { seed: SEED + 1, numRuns: 100 },
    );
  });
});

describe('gather', () => {
  it('returns results in argument order, not completion order', () => {
    fc.assert(
      fc.property(gatherProgram, ({ source, expected, doneAt }) => {
        const r = run(source);
        const prints = r.events.filter((e) => e.type === 'print');
        const problems = invariantProblems(r);
        if (prints.length !== 1 || prints[0]!.text !== expected) {
          problems.push(
            `printed ${JSON.stringify(prints.map((p) => p.text))}, expected ${expected}`,
          );
        } else if (Math.abs(prints[0]!.t - doneAt) > 1e-9) {
          problems.push(`printed at ${prints[0]!.t} s, expected ${doneAt} s`);
        }
        check(source, r, problems);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

/** The state the log describes at k, worked out independently of the replay. */
function modelAt(events: readonly EngineEvent[], k: number) {
  let running: number | null = null;
  const ready: number[] = [];
  const stepOf = new Map<number, number>();
  const finished = new Set<number>();
  let clock = 0;
  for (const e of events.slice(0, k)) {
    clock = e.t;
    if (e.type === 'queue' && e.task !== null && (e.kind === 'step' || e.kind === 'wakeup'))
      stepOf.set(e.handle, e.task);
    if (e.type === 'done' || e.type === 'error' || e.type === 'cancelled') finished.add(e.task);
    if (e.type === 'queue' || e.type === 'fire') ready.push(e.handle);
    else if (e.type === 'handle') {
      ready.splice(ready.indexOf(e.handle), 1);
      // The popped step or wakeup runs its task at once.
      const task = stepOf.get(e.handle);
      if (task !== undefined && !e.skipped && !finished.has(task)) running = task;
    } else if (e.type === 'run') running = e.task;
    else if (
      e.type === 'suspend' ||
      e.type === 'done' ||
      e.type === 'error' ||
      e.type === 'cancelled'
    )
      running = null;
  }
  return { running, ready, clock };
}

function replayProblems(events: readonly EngineEvent[], ks: number[]): string[] {
  const problems: string[] = [];
  const replay = buildReplay(events);
  for (const k of ks) {
    const s: LoopState = replay.stateAt(k);
    if (!isDeepStrictEqual(s, foldTo(events, k)))
      problems.push(`stateAt(${k}) differs from the fold`);
    const m = modelAt(events, k);
    if ((s.running?.id ?? null) !== m.running)
      problems.push(`stateAt(${k}).running is ${s.running?.id}, the log says ${m.running}`);
    if (s.clock !== m.clock)
      problems.push(`stateAt(${k}).clock is ${s.clock}, the log says ${m.clock}`);
    const rq = s.readyQueue.map((h) => h.id);
    if (!isDeepStrictEqual(rq, m.ready))
      problems.push(
        `stateAt(${k}).readyQueue is ${JSON.stringify(rq)}, the log says ${JSON.stringify(m.ready)}`,
      );
    const lanes = s.tasks.length;
    const inLanes = s.ready.length + s.awaiting.length + s.done.length + (s.running ? 1 : 0);
    if (lanes !== inLanes) problems.push(`stateAt(${k}): ${lanes} tasks but ${inLanes} in lanes`);
    if (problems.length) break;
  }
  return problems;
}

describe('the replay index', () => {
  it('answers stateAt(k) as a fold from the start, for random seeks', () => {
    fc.assert(
      fc.property(
        fc.oneof(asyncioProgram, fuzzSeed.map(generateProgram)),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }),
        (source, fractions) => {
          const r = run(source);
          const ks = fractions.map((f) => Math.round(f * r.events.length));
          check(source, r, replayProblems(r.events, ks));
        },
      ),
      { seed: SEED, numRuns: 150 },
    );
  });
});

describe('regressions found by these properties', () => {
  it('leaves a task of an earlier asyncio.run pending instead of cancelling it in the next loop', () => {
    const source = [
      'import asyncio',
      'async def stubborn():',
      '    try:',
      '        await asyncio.sleep(5)',
      '    except asyncio.CancelledError:',
      "        asyncio.create_task(asyncio.sleep(1), name='orphan')",
      '        raise',
      'async def main():',
      '    asyncio.create_task(stubborn())',
      '    await asyncio.sleep(0)',
      'asyncio.run(main())',
      'asyncio.run(asyncio.sleep(0))',
      '',
    ].join('\n');
    const r = run(source);
    expect(logViolations(r.events)).toEqual([]);
    // CPython: the orphan runs once in the first loop and is never seen again.
    const lines = canonicalLines(r.events).filter((l) => l.includes('orphan'));
    expect(lines).toEqual([
      '0.000 create orphan sleep',
      '0.000 run orphan ',
      '0.000 suspend orphan  sleep(1)',
    ]);
  });

  it('numbers handles across event loops, so a handle id means one handle in the log', () => {
    const r = run('import asyncio\nasyncio.run(asyncio.sleep(0))\nasyncio.run(asyncio.sleep(0))\n');
    const ids = r.events.flatMap((e) =>
      e.type === 'queue' || e.type === 'timer' ? [e.handle] : [],
    );
    expect(new Set(ids).size).toBe(ids.length);
    const replay = buildReplay(r.events);
    const second = r.events.findIndex((e) => e.type === 'create' && e.name === 'Task-2');
    const s = replay.stateAt(second + 2);
    expect(s.readyQueue.map((h) => h.label)).toEqual(['Task-2.__step']);
  });
});
