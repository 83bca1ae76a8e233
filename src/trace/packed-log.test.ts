import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../engine/events';
import { runProgram } from '../engine/run';
import { packLog, packStrings, transferablesOf, unpackLog, unpackStrings } from './packed-log';

const PROGRAMS = join(dirname(fileURLToPath(import.meta.url)), '../../tests/programs');
const programs = readdirSync(PROGRAMS).filter((f) => f.endsWith('.py'));

const roundTrip = (events: readonly EngineEvent[]) => unpackLog(packLog(events));

describe('the packed event log', () => {
  it.each(programs)('gives back the events of %s, field for field and in order', (name) => {
    const source = readFileSync(join(PROGRAMS, name), 'utf8');
    // (A program the simulator refuses has no events: the test says nothing of it.)
    const { events } = runProgram(source, { traceLines: true, filename: name });
    // The same JSON: the same fields, in the same order (an export writes them so).
    expect(JSON.stringify(roundTrip(events))).toBe(JSON.stringify(events));
  });

  it('keeps null, absent and empty apart', () => {
    const events: EngineEvent[] = [
      { type: 'create', t: 0, task: 1, name: 'Task-1', coro: 'main', line: 3 },
      { type: 'create', t: 0, task: 2, name: 'Task-2', coro: 'f', line: 5, parent: 1 },
      { type: 'line', t: 0, task: null, line: 7 },
      { type: 'line', t: 0.5, task: 2, line: 0 },
      { type: 'handle', t: 1, handle: 4, skipped: true },
      { type: 'handle', t: 1, handle: 5, skipped: false },
      { type: 'run', t: 1, task: 2, stack: [] },
      {
        type: 'suspend',
        t: 1,
        task: 1,
        stack: [3, 9],
        on: 'gather(0)',
        detail: 'gather(0)',
        wait: 'gather',
        until: null,
        target: null,
        children: [],
      },
      {
        type: 'suspend',
        t: 2,
        task: 2,
        stack: [5],
        on: 'sleep(-0.5)',
        detail: '',
        wait: 'sleep',
        until: -0.5,
        target: 0,
      },
      { type: 'print', t: 1e300, text: '', end: '', task: null },
    ];
    expect(roundTrip(events)).toEqual(events);
    expect(Object.keys(roundTrip(events)[0]!)).not.toContain('parent');
    expect(Object.keys(roundTrip(events)[8]!)).not.toContain('children');
  });

  it('keeps every string exactly: lone surrogates, astral characters, repeats', () => {
    const texts = ['\ud800', '😀 é', '', 'x'.repeat(10_000), '😀 é', 'a\nb\u0000'];
    const events: EngineEvent[] = texts.map((text) => ({ type: 'warning', t: 0, text }));
    expect(roundTrip(events)).toEqual(events);
    expect(unpackStrings(packStrings(texts))).toEqual(texts);
    // A repeated string is stored once.
    expect(packLog(events).strings.ends).toHaveLength(texts.length - 1);
  });

  it('packs a stretch of the log, and stretches unpack one after another into the whole', () => {
    const { events } = runProgram(readFileSync(join(PROGRAMS, 'default.py'), 'utf8'), {
      traceLines: true,
    });
    const cuts = [0, 1, 17, 100, events.length];
    const joined: EngineEvent[] = [];
    for (let i = 0; i + 1 < cuts.length; i++)
      unpackLog(packLog(events, cuts[i], cuts[i + 1]), joined);
    expect(joined).toEqual(events);
  });

  it('hands over its arrays by transfer: only typed arrays and one string', () => {
    const log = packLog([{ type: 'print', t: 0, text: 'hi', end: '\n', task: 1 }]);
    expect(transferablesOf(log)).toHaveLength(4);
    expect(typeof log.strings.text).toBe('string');
  });
});
