/**
 * The lanes follow the loop: at every event of a random program, the Ready lane lists the
 * tasks whose step or wakeup handles are in the ready deque, in deque order (a task just
 * created, whose first step is queued by the next event, at the back), and no task goes
 * from Ready back to Awaiting. Worked out from the log independently of the replay.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { generateProgram } from '../../tests/fuzz/generate';
import type { EngineEvent } from '../engine/events';
import { runProgram } from '../engine/run';
import { buildReplay, Lane } from '../trace/replay';
import { asyncioProgram } from './arb-program';

const LIMITS = { maxStatements: 200_000, maxEvents: 100_000, maxTime: 10_000 };

interface Queued {
  handle: number;
  /** The task whose step or wakeup this is, or null. */
  task: number | null;
}

/**
 * Walks the log as CPython's loop would hold it: the deque of handles, the task whose step
 * is running (from the pop of its handle to the end of its step), the finished tasks.
 */
class LoopModel {
  readonly deque: Queued[] = [];
  running: number | null = null;
  readonly done = new Set<number>();
  /** A task created by the last event, its first step not queued yet. */
  justCreated: number | null = null;
  private readonly taskOf = new Map<number, number | null>();

  apply(e: EngineEvent): void {
    this.justCreated = null;
    switch (e.type) {
      case 'create':
        this.justCreated = e.task;
        break;
      case 'queue': {
        const task = e.kind === 'step' || e.kind === 'wakeup' ? e.task : null;
        this.taskOf.set(e.handle, task);
        this.deque.push({ handle: e.handle, task });
        break;
      }
      case 'timer':
        this.taskOf.set(e.handle, null);
        break;
      case 'fire':
        this.deque.push({ handle: e.handle, task: null });
        break;
      case 'handle': {
        const front = this.deque.shift();
        if (front?.handle !== e.handle)
          throw new Error(`popped ${e.handle}, front ${front?.handle}`);
        if (front.task !== null && !e.skipped && !this.done.has(front.task))
          this.running = front.task;
        break;
      }
      case 'run':
        this.running = e.task;
        break;
      case 'suspend':
        this.running = null;
        break;
      case 'done':
      case 'error':
      case 'cancelled':
        this.done.add(e.task);
        if (this.running === e.task) this.running = null;
        break;
      default:
        break;
    }
  }

  /** The Ready lane the loop implies: deque order, each task once, the running one aside. */
  readyLane(): number[] {
    const out: number[] = [];
    for (const q of this.deque) {
      if (q.task === null || q.task === this.running || this.done.has(q.task)) continue;
      if (!out.includes(q.task)) out.push(q.task);
    }
    if (this.justCreated !== null && !out.includes(this.justCreated)) out.push(this.justCreated);
    return out;
  }
}

/** What is wrong with the lanes of `source`'s run, event by event (the first few). */
function laneProblems(source: string): string[] {
  const r = runProgram(source, { loopDetail: true, traceLines: true, limits: LIMITS });
  const replay = buildReplay(r.events);
  const model = new LoopModel();
  const problems: string[] = [];
  let before = replay.stateAt(0);
  for (let k = 1; k <= r.events.length && problems.length < 3; k++) {
    const e = r.events[k - 1]!;
    model.apply(e);
    const s = replay.stateAt(k);
    const lane = s.ready.map((t) => t.id);
    const expected = model.readyLane();
    if (lane.join() !== expected.join())
      problems.push(
        `event ${k} (${e.type}): Ready lane [${lane.join()}], the ready deque holds [${expected.join()}]`,
      );
    if ((s.running?.id ?? null) !== model.running)
      problems.push(
        `event ${k} (${e.type}): running ${s.running?.id}, the loop runs ${model.running}`,
      );
    before.tasks.forEach((t, i) => {
      if (t.lane === Lane.Ready && s.tasks[i]?.lane === Lane.Awaiting)
        problems.push(`event ${k} (${e.type}): ${t.name} moves from Ready to Awaiting`);
    });
    before = s;
  }
  return problems.length ? [...problems, '--- program ---', source] : [];
}

describe('the lanes follow the loop', () => {
  it('Ready is the ready deque, in order, at every event (300 fuzzer programs)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        expect(laneProblems(generateProgram(seed))).toEqual([]);
      }),
      { seed: 10, numRuns: 300 },
    );
  });

  it('Ready is the ready deque, in order, at every event (property programs)', () => {
    fc.assert(
      fc.property(asyncioProgram, (source) => {
        expect(laneProblems(source)).toEqual([]);
      }),
      { seed: 10, numRuns: 100 },
    );
  });

  it('moves a popped task from the front of Ready to Running, and a woken one to the back of Ready', () => {
    const source = [
      'import asyncio',
      'async def w(d):',
      '    await asyncio.sleep(d)',
      'async def main():',
      '    await asyncio.gather(w(1), w(1), w(2))',
      'asyncio.run(main())',
      '',
    ].join('\n');
    const r = runProgram(source, { traceLines: true });
    const replay = buildReplay(r.events);
    const names = (ids: readonly { name: string }[]) => ids.map((t) => t.name);
    const popped = r.events.findIndex(
      (e, i) => e.type === 'handle' && r.events[i + 1]?.type === 'run' && i > 20,
    );
    const before = replay.stateAt(popped);
    const after = replay.stateAt(popped + 1);
    expect(after.running?.name).toBe(before.ready[0]?.name);
    expect(names(after.ready)).toEqual(names(before.ready).slice(1));
    const woken = r.events.findIndex((e) => e.type === 'queue' && e.kind === 'wakeup' && e.t > 0);
    const asleep = replay.stateAt(woken);
    const awake = replay.stateAt(woken + 1);
    const task = r.events[woken]!.type === 'queue' ? r.events[woken].task : null;
    expect(asleep.awaiting.map((t) => t.id)).toContain(task);
    expect(awake.ready.at(-1)?.id).toBe(task);
    expect(names(awake.ready).slice(0, -1)).toEqual(names(asleep.ready));
    expect(laneProblems(source)).toEqual([]);
  });
});

describe('the lanes follow the loop through the asyncio API', () => {
  const programs = [
    'wait',
    'wait_edge',
    'as_completed',
    'shield',
    'timeout_at',
    'loop_api',
    'runner',
    'classic_loop',
    'task_callbacks',
  ];
  it.each(programs)('Ready is the ready deque, in order, at every event of %s.py', (name) => {
    const source = readFileSync(
      new URL(`../../tests/programs/${name}.py`, import.meta.url),
      'utf8',
    );
    expect(laneProblems(source)).toEqual([]);
  });
});
