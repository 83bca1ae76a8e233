import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import { runProgram } from '../engine/run';
import { LIMITS } from '../limits';
import { describeStop, stopFacts } from './stop';

const HERE = dirname(fileURLToPath(import.meta.url));
const LESSON = readFileSync(join(HERE, '../scenarios/lesson.py'), 'utf8');
/** The lesson with `randn` spinning for ever instead of sleeping (lines 9 and 10). */
const SPINNING = LESSON.replace('    await asyncio.sleep(3)\n', '    while True:\n        pass\n');

/** As the page runs it: lines traced, the page's event limit. */
const pageRun = (src: string, limits = {}) =>
  runProgram(src, {
    traceLines: true,
    limits: { maxEvents: LIMITS.pageEvents.value, ...limits },
  });

describe('why a run stopped', () => {
  it('names the task that never gives the loop back, the line where it spins, and the limit', () => {
    const r = pageRun(SPINNING);
    expect(r.status).toBe('limit');
    const stop = stopFacts(r.events)!;
    expect(stop).toMatchObject({
      limit: 'events',
      task: { name: 'Task-1', coro: 'main' },
      line: 10,
      stuck: true,
      module: false,
      events: r.events.length - 1,
    });
    expect(describeStop(stop, SPINNING)).toBe(
      'Task-1 never gives the loop back: it spins on line 10 (`pass`) in randn() without an `await` that waits, so nothing else can run. The run stopped at a limit: the run produced more than 500,000 events (the event limit). The 500,000 events before it replay.',
    );
  });

  it('names a gathered task that spins', () => {
    const src = LESSON.replace(
      '    await asyncio.sleep(3)\n',
      '    await asyncio.sleep(0)\n    while True:\n        x = 1\n',
    ).replace('r = await randn()', 'r = 0');
    const stop = stopFacts(pageRun(src).events)!;
    expect(stop.task?.name).toBe('Task-2');
    expect(stop.line).toBe(11);
    expect(describeStop(stop, src)).toMatch(
      /^Task-2 never gives the loop back: it spins on line 11 \(`x = 1`\) in randn\(\)/,
    );
  });

  it('names the module body when it spins outside any task', () => {
    const src = 'x = 0\nwhile True:\n    x += 1\n';
    const stop = stopFacts(pageRun(src).events)!;
    expect(stop).toMatchObject({ task: null, module: true, stuck: true, line: 3 });
    expect(describeStop(stop, src)).toMatch(
      /^The module body never finishes: it spins on line 3 \(`x \+= 1`\)\. The run stopped at a limit: .*\(the event limit\)\./,
    );
  });

  it('does not call a run stuck when the clock ran out while every task slept', () => {
    const src =
      'import asyncio\nasync def main():\n    while True:\n        await asyncio.sleep(1)\nasyncio.run(main())\n';
    const stop = stopFacts(pageRun(src, { maxTime: 50 }).events)!;
    expect(stop).toMatchObject({ limit: 'time', task: null, module: false, stuck: false });
    expect(describeStop(stop, src)).toMatch(
      /^The run stopped at a limit: .*\(the time limit\)\. The \d+ events before it replay\.$/,
    );
  });

  it('has nothing to say about a run that finished', () => {
    expect(stopFacts(pageRun(LESSON).events)).toBeNull();
  });
});
