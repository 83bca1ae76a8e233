import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import type { EngineEvent } from '../engine/events';
import { runProgram } from '../engine/run';
import type { RunOptions } from '../engine/run';
import {
  BURST_STEP_US,
  LOOP_PID,
  LOOP_TID,
  MIN_STEP_US,
  exportPerfetto,
  toChromeTrace,
} from './perfetto';
import type { ChromeTrace, PerfettoOptions, TraceEvent } from './perfetto';

const PROGRAMS = join(dirname(fileURLToPath(import.meta.url)), '../../tests/programs');

function run(name: string, opts: RunOptions = {}): EngineEvent[] {
  const r = runProgram(readFileSync(join(PROGRAMS, name), 'utf8'), { filename: name, ...opts });
  expect(r.status, r.message ?? '').toBe('ok');
  return r.events;
}

/** The structural rules every exported trace must keep. */
function checkStructure(
  trace: ChromeTrace,
  events: readonly EngineEvent[],
  opts: PerfettoOptions = {},
): void {
  // valid JSON, and the same thing after a round trip
  expect(JSON.parse(exportPerfetto(events, opts)) as unknown).toEqual(
    JSON.parse(JSON.stringify(trace)) as unknown,
  );
  expect(trace.displayTimeUnit).toBe('ms');
  const phases = new Set(['X', 'b', 'e', 'C', 'i', 'M']);
  for (const e of trace.traceEvents) {
    expect(phases.has(e.ph), e.ph).toBe(true);
    expect(e.pid).toBe(LOOP_PID);
    expect(Number.isInteger(e.tid)).toBe(true);
    if (e.ph === 'M') expect(e.ts).toBeUndefined();
    else expect(Number.isFinite(e.ts)).toBe(true);
    if (e.ph === 'X') expect(e.dur).toBeGreaterThan(0);
  }
  const meta = trace.traceEvents.filter((e) => e.ph === 'M');
  expect(meta.filter((e) => e.name === 'process_name')).toEqual([
    {
      name: 'process_name',
      ph: 'M',
      pid: LOOP_PID,
      tid: LOOP_TID,
      args: { name: 'asyncio event loop' },
    },
  ]);
  // thread metadata for every tid used
  const named = new Set(meta.filter((e) => e.name === 'thread_name').map((e) => e.tid));
  const sorted = new Set(meta.filter((e) => e.name === 'thread_sort_index').map((e) => e.tid));
  for (const e of trace.traceEvents) {
    expect(named.has(e.tid), `thread_name for tid ${e.tid}`).toBe(true);
    expect(sorted.has(e.tid), `thread_sort_index for tid ${e.tid}`).toBe(true);
  }
  // timestamps never go back on a track (a thread, a counter, an async span)
  const last = new Map<string, number>();
  for (const e of trace.traceEvents) {
    if (e.ph === 'M') continue;
    const track =
      e.ph === 'C'
        ? `C:${e.name}`
        : e.ph === 'b' || e.ph === 'e'
          ? `async:${e.id!}`
          : `thread:${e.tid}`;
    expect(e.ts!, `${track} goes back`).toBeGreaterThanOrEqual(last.get(track) ?? -Infinity);
    last.set(track, e.ts!);
  }
  // complete slices on one thread never overlap: the loop runs one step at a time
  const byThread = new Map<number, TraceEvent[]>();
  for (const e of trace.traceEvents.filter((x) => x.ph === 'X'))
    byThread.set(e.tid, [...(byThread.get(e.tid) ?? []), e]);
  for (const slices of byThread.values()) {
    for (let i = 1; i < slices.length; i++) {
      expect(slices[i]!.ts!).toBeGreaterThanOrEqual(
        slices[i - 1]!.ts! + slices[i - 1]!.dur! - 1e-6,
      );
    }
  }
  // every b has one e with the same id, cat and name, later; ids are unique per span
  const begins = trace.traceEvents.filter((e) => e.ph === 'b');
  const ends = trace.traceEvents.filter((e) => e.ph === 'e');
  expect(new Set(begins.map((e) => e.id)).size).toBe(begins.length);
  expect(ends).toHaveLength(begins.length);
  for (const b of begins) {
    const e = ends.filter((x) => x.id === b.id);
    expect(e).toHaveLength(1);
    expect(e[0]).toMatchObject({ cat: 'await', name: b.name, tid: b.tid });
    expect(b.cat).toBe('await');
    expect(e[0]!.ts!).toBeGreaterThanOrEqual(b.ts!);
  }
}

describe('the Chrome trace of lesson.py', () => {
  const events = run('lesson.py');
  const trace = toChromeTrace(events, { filename: 'lesson.py' });
  const of = (ph: string) => trace.traceEvents.filter((e) => e.ph === ph);

  it('keeps the structural rules', () => checkStructure(trace, events, { filename: 'lesson.py' }));

  it('has a thread per task, named after it, in creation order', () => {
    const names = of('M').filter((e) => e.name === 'thread_name');
    expect(names.map((e) => e.args?.['name'])).toEqual([
      'event loop',
      ...Array.from({ length: 11 }, (_, i) => `Task-${i + 1}`),
    ]);
    const order = of('M')
      .filter((e) => e.name === 'thread_sort_index')
      .map((e) => e.args?.['sort_index']);
    expect(order).toEqual([...order].sort((a, b) => Number(a) - Number(b)));
  });

  it('draws each step as a slice with its stack and line', () => {
    const steps = of('X').filter((e) => e.tid !== LOOP_TID);
    expect(steps).toHaveLength(events.filter((e) => e.type === 'run').length);
    expect(steps[0]!.ts).toBeCloseTo(4 * BURST_STEP_US, 9); // after create, queue, tick, handle
    expect(steps[0]).toMatchObject({
      name: 'Task-1 L11',
      tid: 1,
      args: { line: 11, stack: 'L11', end: 'suspend sleep(3)' },
    });
    expect(steps[1]).toMatchObject({
      name: 'Task-1 L13>L7',
      tid: 1,
      args: { line: 7, stack: 'L13>L7', t: 3 },
    });
    expect(steps[1]!.ts).toBeGreaterThanOrEqual(3e6);
    for (const s of steps) expect(s.dur).toBeGreaterThanOrEqual(MIN_STEP_US);
  });

  it('draws awaits as async spans named by what they await', () => {
    const begins = of('b');
    expect(begins.map((e) => e.name)).toContain('sleep(3)');
    expect(begins.map((e) => e.name)).toContain('gather(10)');
    expect(begins).toHaveLength(events.filter((e) => e.type === 'suspend').length);
  });

  it('shows the selector sleeping, the ready queue and the output', () => {
    const sleeps = of('X').filter((e) => e.tid === LOOP_TID);
    expect(sleeps.map((e) => e.name)).toEqual([
      'selector sleeps 3.000 s',
      'selector sleeps 3.000 s',
    ]);
    expect(Math.abs(sleeps[0]!.dur! - 3e6)).toBeLessThan(2);
    const counts = of('C').map((e) => e.args?.['handles']);
    expect(Math.max(...counts.map(Number))).toBe(10);
    expect(counts.at(-1)).toBe(0);
    const prints = of('i');
    expect(prints.map((e) => e.args?.['text'])).toEqual([
      '7 took 3.00 seconds',
      '[7, 1, 5, 9, 8, 7, 5, 8, 6, 10] took 3.00 seconds',
    ]);
    expect(prints.every((e) => e.s === 't' && e.tid === 1)).toBe(true);
  });

  it('spreads the events of one instant apart by a tiny step, and keeps ts on the virtual clock', () => {
    const ts = trace.traceEvents.filter((e) => e.ph !== 'M').map((e) => e.ts!);
    const first = trace.traceEvents.find((e) => e.ph === 'C' && e.args?.['handles'] === 1)!;
    expect(first.ts).toBeCloseTo(BURST_STEP_US, 9); // the queue event right after `create`
    expect(Math.max(...ts)).toBeLessThan(6e6 + 1000);
    expect(trace.metadata).toMatchObject({
      producer: 'loopscope',
      clock: 'virtual',
      filename: 'lesson.py',
    });
  });
});

describe('the Chrome trace of cancel.py', () => {
  const events = run('cancel.py');
  const trace = toChromeTrace(events);

  it('keeps the structural rules', () => checkStructure(trace, events));

  it('ends cancelled steps with `cancelled` and closes their awaits', () => {
    const cancelled = events.filter((e) => e.type === 'cancelled').length;
    expect(cancelled).toBeGreaterThan(0);
    const ended = trace.traceEvents.filter((e) => e.ph === 'X' && e.args?.['end'] === 'cancelled');
    expect(ended).toHaveLength(cancelled);
  });
});

describe('other logs', () => {
  it('counts ready tasks when the log has no loop detail', () => {
    const events = run('lesson.py', { loopDetail: false });
    expect(events.some((e) => e.type === 'queue')).toBe(false);
    const trace = toChromeTrace(events);
    checkStructure(trace, events);
    const counts = trace.traceEvents
      .filter((e) => e.ph === 'C')
      .map((e) => Number(e.args?.['tasks']));
    expect(Math.max(...counts)).toBe(10);
  });

  it('keeps zero-time bursts ordered and visible (sleep(0) round robin)', () => {
    const events = run('sleep_zero.py');
    const trace = toChromeTrace(events);
    checkStructure(trace, events);
    const steps = trace.traceEvents.filter((e) => e.ph === 'X' && e.tid !== LOOP_TID);
    for (const s of steps) expect(s.dur).toBeGreaterThanOrEqual(MIN_STEP_US);
  });

  it('closes what a limit leaves open', () => {
    const r = runProgram(
      'import asyncio\nasync def f():\n    while True:\n        await asyncio.sleep(0)\nasyncio.run(f())\n',
      { limits: { maxEvents: 300 } },
    );
    expect(r.status).toBe('limit');
    const trace = toChromeTrace(r.events);
    checkStructure(trace, r.events);
    expect(trace.traceEvents.some((e) => e.ph === 'i' && e.name.startsWith('limit: '))).toBe(true);
  });

  it('handles every golden program', () => {
    const names = readdirSync(PROGRAMS).filter((f) => f.endsWith('.py'));
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      // whatever the engine makes of it (this checks the export, not the engine)
      const source = readFileSync(join(PROGRAMS, name), 'utf8');
      const { events } = runProgram(source, { filename: name, traceLines: true });
      checkStructure(toChromeTrace(events), events);
    }
  });
});
