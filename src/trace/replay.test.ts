import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { runProgram } from '../engine/run';
import type { RunOptions } from '../engine/run';
import { buildReplay, foldTo, Lane } from './replay';
import type { LoopState } from './replay';

const PROGRAMS = join(dirname(fileURLToPath(import.meta.url)), '../../tests/programs');
const program = (name: string) => readFileSync(join(PROGRAMS, name), 'utf8');

function run(name: string, opts: RunOptions = {}) {
  const r = runProgram(program(name), { traceLines: true, filename: name, ...opts });
  expect(r.status, r.message ?? '').toBe('ok');
  return r.events;
}

const names = (ts: readonly { name: string }[]) => ts.map((t) => t.name);

/** The first k where the state holds, or -1. */
function firstWhere(
  replay: { length: number; stateAt(k: number): LoopState },
  ok: (s: LoopState) => boolean,
) {
  for (let k = 0; k <= replay.length; k++) if (ok(replay.stateAt(k))) return k;
  return -1;
}

describe('the replay of default.py', () => {
  const events = run('default.py');
  const replay = buildReplay(events);

  it('starts empty and ends with every task done', () => {
    const start = replay.stateAt(0);
    expect(start.tasks).toEqual([]);
    expect(start.clock).toBe(0);
    const end = replay.stateAt(replay.length);
    expect(end.tasks).toHaveLength(11);
    expect(end.done).toHaveLength(11);
    expect(end.clock).toBe(6);
    expect(end.running).toBeNull();
    expect(end.readyQueue).toEqual([]);
    expect(end.timers).toEqual([]);
  });

  it('puts Task-1 in Ready once created, then Running for its first step', () => {
    const k = events.findIndex((e) => e.type === 'create');
    expect(names(replay.stateAt(k + 1).ready)).toEqual(['Task-1']);
    const run = events.findIndex((e) => e.type === 'run');
    expect(replay.stateAt(run + 1).running?.name).toBe('Task-1');
  });

  it('shows main awaiting sleep(3) alone while the OS sleeps for 3 s', () => {
    const k = events.findIndex((e) => e.type === 'clock');
    const s = replay.stateAt(k);
    expect(names(s.awaiting)).toEqual(['Task-1']);
    expect(s.awaiting[0]?.awaiting).toMatchObject({ detail: 'sleep(3)', until: 3 });
    expect(s.sleeping).toEqual({ why: 'timer', from: 0, to: 3 });
    expect(s.timers.map((h) => h.when)).toEqual([3]);
    expect(replay.stateAt(k + 1).clock).toBe(3);
  });

  it('has main and all ten randn tasks awaiting together at 3.000 s', () => {
    const k = firstWhere(replay, (s) => s.awaiting.length === 11);
    const s = replay.stateAt(k);
    expect(s.clock).toBe(3);
    expect(s.running).toBeNull();
    const main = s.awaiting.find((t) => t.name === 'Task-1');
    expect(main?.awaiting).toMatchObject({ detail: 'gather(10)', gather: { done: 0, total: 10 } });
    expect(s.timers).toHaveLength(10);
    expect(s.sleeping?.to).toBe(6);
  });

  it('lists Ready tasks in ready-queue order', () => {
    const k = firstWhere(replay, (s) => s.readyQueue.length === 10);
    const s = replay.stateAt(k);
    expect(names(s.ready)).toEqual(Array.from({ length: 10 }, (_, i) => `Task-${i + 2}`));
    expect(s.readyQueue.map((h) => h.label)).toEqual(names(s.ready).map((n) => `${n}.__step`));
  });

  it('counts the gather children as they finish', () => {
    const counts = new Set<number>();
    for (let k = 0; k <= replay.length; k++) {
      const g = replay.stateAt(k).tasks[0]?.awaiting?.gather;
      if (g) counts.add(g.done);
    }
    expect([...counts].sort((a, b) => a - b)).toEqual([...Array(11).keys()]);
  });

  it('keeps the output and the results', () => {
    const end = replay.stateAt(replay.length);
    expect(replay.prints.map((p) => p.text)).toEqual([
      expect.stringMatching(/^\d+ took 3\.00 seconds$/),
      expect.stringMatching(/^\[.*\] took 3\.00 seconds$/),
    ]);
    expect(end.printCount).toBe(2);
    expect(end.done[0]).toMatchObject({ outcome: 'result', outcomeText: 'None' });
    expect(replay.endTime).toBe(6);
    expect(replay.sequentialSleep).toBe(33);
  });

  it('gives each task lane spans that cover its life', () => {
    expect(replay.spans).toHaveLength(11);
    for (const spans of replay.spans) {
      for (let i = 1; i < spans.length; i++) expect(spans[i]!.from).toBe(spans[i - 1]!.to);
      expect(spans.at(-1)).toMatchObject({ lane: Lane.Done, to: replay.length });
    }
  });
});

describe('the replay of every golden program', () => {
  const files = readdirSync(PROGRAMS).filter((f) => f.endsWith('.py') && f !== 'bign.py');

  it.each(files)('never has two tasks Running in %s', (file) => {
    const r = runProgram(program(file), { traceLines: true, filename: file });
    const replay = buildReplay(r.events);
    for (let k = 0; k <= replay.length; k++) {
      const s = replay.stateAt(k);
      const running = s.tasks.filter((t) => t.lane === Lane.Running);
      expect(running.length).toBeLessThanOrEqual(1);
      expect(running[0] ?? null).toBe(s.running);
      expect(s.ready.length + s.awaiting.length + s.done.length + running.length).toBe(
        s.tasks.length,
      );
    }
  });
});

describe('stateAt', () => {
  it('equals a fold from the start, at any k and in any order', () => {
    const events = run('default.py', { set: { N: '800' } });
    expect(events.length).toBeGreaterThan(3 * 4096);
    const replay = buildReplay(events);
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: events.length }), { minLength: 1, maxLength: 4 }),
        (ks) => {
          for (const k of ks) expect(replay.stateAt(k)).toEqual(foldTo(events, k));
        },
      ),
      { seed: 20250601, numRuns: 40 },
    );
  });

  it('clamps k into 0..length', () => {
    const events = run('sync_vs_async.py');
    const replay = buildReplay(events);
    expect(replay.stateAt(-5).k).toBe(0);
    expect(replay.stateAt(1e9).k).toBe(events.length);
  });

  it('says when time.sleep blocks the loop, and counts it in the sequential time', () => {
    const events = run('sync_vs_async.py');
    const replay = buildReplay(events);
    const k = events.findIndex((e) => e.type === 'clock');
    const s = replay.stateAt(k);
    expect(s.sleeping).toEqual({ why: 'sleep', from: 0, to: 3 });
    expect(s.running?.name).toBe('Task-1');
    expect(replay.endTime).toBe(12);
    expect(replay.sequentialSleep).toBe(18);
  });

  it('seeks anywhere in a 340,000-event run in under 16 ms', () => {
    const events = run('bign.py', { set: { N: '20000' } });
    expect(events.length).toBeGreaterThan(300_000);
    const replay = buildReplay(events);
    const ks = fc.sample(fc.nat({ max: events.length }), { numRuns: 80, seed: 7 });
    ks.slice(0, 20).forEach((k) => replay.stateAt(k)); // warm up the JIT
    // Each k is timed three times from a cold cursor; the best of three leaves out the
    // collector and other processes, which are not the index's cost.
    const times = ks.map((k) => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        replay.stateAt(0);
        const t0 = performance.now();
        const s = replay.stateAt(k);
        best = Math.min(best, performance.now() - t0);
        expect(s.k).toBe(k);
      }
      return best;
    });
    times.sort((a, b) => a - b);
    console.info(
      `seek over ${events.length} events: median ${times[times.length >> 1]!.toFixed(2)} ms, worst ${times.at(-1)!.toFixed(2)} ms`,
    );
    expect(times.at(-1)).toBeLessThan(16);
  });
});

describe('the console', () => {
  it('keeps prints and warnings in the order the program wrote them', () => {
    const source = [
      'import asyncio',
      'async def work():',
      '    pass',
      'async def main():',
      "    print('before')",
      '    work()',
      "    print('after')",
      'asyncio.run(main())',
      '',
    ].join('\n');
    const replay = buildReplay(runProgram(source, { traceLines: true }).events);
    expect(replay.output.map((l) => [l.warning, l.text])).toEqual([
      [false, 'before'],
      [true, "RuntimeWarning: coroutine 'work' was never awaited"],
      [false, 'after'],
    ]);
    const end = replay.stateAt(replay.length);
    expect(end.printCount + end.warningCount).toBe(replay.output.length);
  });
});

describe('the replay at scale and with crafted ids', () => {
  it('sizes its index by the number of tasks, not the largest id', () => {
    for (const id of [2_147_483_647, Number.MAX_SAFE_INTEGER]) {
      const events = run('default.py').map((e) =>
        e.type === 'create' && e.task === 1 ? { ...e, task: id } : e,
      );
      // The other events of task 1 now name a task that was never created: ignored.
      const replay = buildReplay(events);
      expect(replay.taskIds[0]).toBe(id);
      const created = events.findIndex((e) => e.type === 'create') + 1;
      expect(replay.stateAt(created).tasks[0]?.id).toBe(id);
    }
  });

  it('indexes 300,000 created tasks (no list spread into a call)', () => {
    const creates = Array.from({ length: 300_000 }, (_, i) => ({
      type: 'create' as const,
      t: 0,
      task: i + 1,
      name: `Task-${i + 1}`,
      coro: 'f',
      line: 1,
    }));
    const replay = buildReplay(creates);
    expect(replay.taskIds).toHaveLength(300_000);
    expect(replay.stateAt(replay.length).ready).toHaveLength(300_000);
  });
});
