import { describe, expect, it } from 'vitest';

import type { EngineEvent } from '../engine/events';
import { runProgram } from '../engine/run';
import { canonicalText, parseImport } from './export';
import {
  MAX_TEXT,
  RECORDING_FORMAT,
  describeValue,
  validateEvents,
  validateProgram,
  validateRecordingHeader,
} from './recording';
import type { Recording } from './recording';

/** A recording as tools/loopscope_record.py writes one (real clock, a renamed task). */
const RECORDING: Recording = {
  format: RECORDING_FORMAT,
  version: 1,
  clock: 'real',
  python: '3.12.1',
  program: { filename: 'app.py', source: 'import asyncio\n', seed: null, set: {} },
  events: [
    { type: 'create', t: 0.0003, task: 1, name: 'Task-1', coro: 'App.main', line: 9 },
    { type: 'queue', t: 0.0003, handle: 1, kind: 'step', label: 'Task-1.__step', task: 1 },
    { type: 'tick', t: 0.0004, tick: 1, ready: 1 },
    { type: 'handle', t: 0.0004, handle: 1, skipped: false },
    { type: 'run', t: 0.0004, task: 1, stack: [9] },
    { type: 'rename', t: 0.0005, task: 1, name: 'main-task' },
    {
      type: 'timer',
      t: 0.0005,
      handle: 2,
      when: 0.0505,
      label: 'sleep timer (main-task)',
      task: 1,
    },
    {
      type: 'suspend',
      t: 0.0006,
      task: 1,
      stack: [11],
      on: 'sleep(0.05)',
      detail: 'sleep(0.05)',
      wait: 'sleep',
      until: 0.0505,
      target: null,
    },
    { type: 'clock', t: 0.0512, from: 0.0006, why: 'timer' },
    { type: 'fire', t: 0.0512, handle: 2 },
    { type: 'tick', t: 0.0513, tick: 2, ready: 1 },
    { type: 'handle', t: 0.0513, handle: 2, skipped: false },
    { type: 'queue', t: 0.0514, handle: 3, kind: 'wakeup', label: 'main-task.__wakeup', task: 1 },
    { type: 'wake', t: 0.0514, task: 1 },
    { type: 'tick', t: 0.0515, tick: 3, ready: 1 },
    { type: 'handle', t: 0.0515, handle: 3, skipped: false },
    { type: 'run', t: 0.0515, task: 1, stack: [11] },
    { type: 'print', t: 0.0516, text: 'done <b>bold</b>', end: '\n', task: 1 },
    { type: 'done', t: 0.0517, task: 1, repr: "{'ok': True}" },
  ],
};

describe('a recording', () => {
  it('imports as a recording, with its clock and Python version', () => {
    const r = parseImport(JSON.stringify(RECORDING));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual({
      kind: 'recording',
      clock: 'real',
      python: '3.12.1',
      program: RECORDING.program,
      events: RECORDING.events,
    });
    expect(canonicalText(r.value.events).split('\n')).toEqual([
      '0.000 create Task-1 App.main',
      '0.000 run Task-1 L9',
      '0.001 suspend main-task L11 sleep(0.05)',
      '0.051 wake main-task',
      '0.051 run main-task L11', // 0.0515 is a little under in binary, as in Python
      '0.052 print done <b>bold</b>',
      "0.052 done main-task {'ok': True}",
      '',
    ]);
  });

  it('needs a clock and a Python version', () => {
    const noClock = { ...RECORDING, clock: 'sundial' };
    expect(parseImport(JSON.stringify(noClock))).toEqual({
      ok: false,
      message: `'clock' should be 'virtual' or 'real', not "sundial"`,
    });
    const noPython: Partial<Recording> = { ...RECORDING };
    delete noPython.python;
    expect(parseImport(JSON.stringify(noPython))).toEqual({
      ok: false,
      message: `'python' should be a string, not nothing`,
    });
  });

  it('accepts a recording without a seed or sets (older or hand-made files)', () => {
    const { seed: _seed, set: _set, ...program } = RECORDING.program;
    const r = parseImport(JSON.stringify({ ...RECORDING, program }));
    expect(r.ok && r.value.program).toEqual({ ...program, seed: null, set: {} });
  });
});

describe('validateEvents', () => {
  it('accepts every event type the engine writes, with line tracing on', () => {
    const source =
      'import asyncio, time\n' +
      'async def job(n):\n' +
      '    await asyncio.sleep(n)\n' +
      '    return n\n' +
      'async def main():\n' +
      '    t = asyncio.create_task(job(1), name="a")\n' +
      '    t.set_name("b")\n' +
      '    time.sleep(0.5)\n' +
      '    h = asyncio.get_running_loop().call_later(5, print)\n' +
      '    h.cancel()\n' +
      '    print(await t)\n' +
      '    job(2)\n' +
      '    raise ValueError("x")\n' +
      'asyncio.run(main())\n';
    const r = runProgram(source, { traceLines: true });
    const types = new Set(r.events.map((e) => e.type));
    for (const t of [
      'tick',
      'clock',
      'create',
      'queue',
      'timer',
      'timer-cancel',
      'fire',
      'handle',
    ]) {
      expect(types.has(t as EngineEvent['type']), t).toBe(true);
    }
    for (const t of [
      'rename',
      'run',
      'suspend',
      'wake',
      'done',
      'error',
      'line',
      'print',
      'warning',
      'uncaught',
    ]) {
      expect(types.has(t as EngineEvent['type']), t).toBe(true);
    }
    const checked = validateEvents(JSON.parse(JSON.stringify(r.events)) as unknown);
    expect(checked).toEqual({ ok: true, value: r.events });
  });

  it('accepts an empty list and refuses what is not a list', () => {
    expect(validateEvents([])).toEqual({ ok: true, value: [] });
    expect(validateEvents('[]')).toEqual({
      ok: false,
      message: `'events' should be a list, not "[]"`,
    });
  });

  it('lets a handle, a line or a print name a task never created (untraced), nothing else', () => {
    const queue = { type: 'queue', t: 0, handle: 1, kind: 'step', label: 'Task-0.__step', task: 3 };
    expect(validateEvents([queue]).ok).toBe(true);
    expect(validateEvents([{ ...queue, task: -1 }])).toEqual({
      ok: false,
      message: "event 0: 'queue' has 'task' = -1, expected a task id or null",
    });
    expect(validateEvents([{ type: 'wake', t: 0, task: 3 }])).toEqual({
      ok: false,
      message: "event 0: 'wake' has 'task' = 3, expected task 3, which has no 'create' before it",
    });
  });

  it('caps strings and stacks', () => {
    const create = {
      type: 'create',
      t: 0,
      task: 1,
      name: 'x'.repeat(MAX_TEXT),
      coro: 'f',
      line: 1,
    };
    expect(validateEvents([create]).ok).toBe(true);
    expect(validateEvents([{ ...create, name: 'x'.repeat(MAX_TEXT + 1) }]).ok).toBe(false);
  });
});

describe('validateProgram and the recording header', () => {
  it('takes seeds as integers, text or null', () => {
    for (const seed of [0, -3, '12345678901234567890', null]) {
      expect(validateProgram({ source: '', filename: 'a.py', seed })).toEqual({
        ok: true,
        value: { source: '', filename: 'a.py', seed, set: {} },
      });
    }
    expect(validateProgram({ source: '', filename: 'a.py', seed: true }).ok).toBe(false);
  });

  it('refuses forbidden names in set', () => {
    const set = JSON.parse('{"constructor": "1"}') as unknown;
    expect(validateProgram({ source: '', filename: 'a.py', set })).toEqual({
      ok: false,
      message: `'program.set' has a forbidden name "constructor"`,
    });
  });

  it('reads the header', () => {
    expect(validateRecordingHeader({ clock: 'virtual', python: '3.13.0' })).toEqual({
      ok: true,
      value: { clock: 'virtual', python: '3.13.0' },
    });
    expect(validateRecordingHeader({ clock: 'virtual', python: 'x'.repeat(101) }).ok).toBe(false);
  });

  it('describes values briefly', () => {
    expect(describeValue('a'.repeat(50))).toBe(JSON.stringify('a'.repeat(40) + '…'));
    expect([null, [], {}, 1, false, undefined].map(describeValue)).toEqual([
      'null',
      'an array',
      'an object',
      '1',
      'false',
      'nothing',
    ]);
  });
});
