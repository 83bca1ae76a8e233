import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import { parseGoldenName } from '../../scripts/goldens';
import type { EngineEvent } from '../engine/events';
import { runProgram } from '../engine/run';
import {
  canonicalText,
  eventLogFile,
  exportEventLog,
  looksTruncated,
  parseImport,
  utf8Bytes,
} from './export';
import type { Imported } from './export';

const PROGRAMS = join(dirname(fileURLToPath(import.meta.url)), '../../tests/programs');
const read = (name: string) => readFileSync(join(PROGRAMS, name), 'utf8');

function lessonLog() {
  const source = read('lesson.py');
  const r = runProgram(source, { filename: 'lesson.py', traceLines: true });
  expect(r.status).toBe('ok');
  return { events: r.events, program: { source: r.source, filename: 'lesson.py', seed: 0 } };
}

function ok(text: string, maxBytes?: number): Imported {
  const r = parseImport(text, maxBytes);
  if (!r.ok) throw new Error(`parseImport failed: ${r.message}`);
  return r.value;
}

function message(text: string, maxBytes?: number): string {
  const r = parseImport(text, maxBytes);
  if (r.ok) throw new Error('parseImport accepted it');
  return r.message;
}

/** An exported log whose events are replaced by `events`. */
function logWith(events: unknown[], program: unknown = { source: '', filename: 'x.py' }): string {
  return JSON.stringify({ format: 'loopscope-events', version: 1, program, events });
}

const create = (task: number, t = 0) => ({
  type: 'create',
  t,
  task,
  name: `Task-${task}`,
  coro: 'main',
  line: 1,
});

describe('canonicalText', () => {
  it('is the golden trace, newline-terminated', () => {
    expect(canonicalText(lessonLog().events)).toBe(read('lesson.trace'));
  });

  it('is empty for no events', () => {
    expect(canonicalText([])).toBe('');
  });
});

describe('exportEventLog', () => {
  it('writes the versioned header and one event a line', () => {
    const { events, program } = lessonLog();
    const text = exportEventLog(events, program);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(events.length + 2);
    const parsed = JSON.parse(text) as ReturnType<typeof eventLogFile>;
    expect(parsed).toEqual(eventLogFile(events, program));
    expect(parsed.format).toBe('loopscope-events');
    expect(parsed.version).toBe(1);
    expect(parsed.program).toEqual({
      source: program.source,
      filename: 'lesson.py',
      seed: 0,
      set: {},
    });
  });

  it('keeps a bigint seed as text', () => {
    const text = exportEventLog([], {
      source: '',
      filename: 'a.py',
      seed: 2n ** 70n,
      set: { N: '3' },
    });
    expect(ok(text).program).toEqual({
      source: '',
      filename: 'a.py',
      seed: '1180591620717411303424',
      set: { N: '3' },
    });
  });

  it('round-trips every golden program through parseImport, events and program', () => {
    const files = readdirSync(PROGRAMS).filter((f) => f.endsWith('.trace'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const spec = parseGoldenName(file)!;
      const r = runProgram(read(spec.program), {
        filename: spec.program,
        seed: spec.seed,
        set: spec.set,
        traceLines: true,
      });
      const program = { source: r.source, filename: spec.program, seed: spec.seed, set: spec.set };
      const back = ok(exportEventLog(r.events, program));
      expect(back.kind).toBe('events');
      expect(back.events, file).toEqual(r.events);
      expect(back.program).toEqual(program);
      expect(canonicalText(back.events), file).toBe(canonicalText(r.events));
    }
  });

  it('round-trips a run stopped by a limit', () => {
    const r = runProgram(
      'import asyncio\nasync def f():\n    while True:\n        await asyncio.sleep(1)\nasyncio.run(f())\n',
      { limits: { maxTime: 50 } },
    );
    expect(r.status).toBe('limit');
    const back = ok(exportEventLog(r.events, { source: r.source, filename: 'main.py' }));
    expect(back.events).toEqual(r.events);
    expect(back.events.at(-1)?.type).toBe('limit');
  });
});

describe('parseImport: what it refuses, and how it says so', () => {
  it('names the missing field and the event', () => {
    const events: unknown[] = [create(1), { type: 'run', t: 0, task: 1, stack: [1] }];
    for (let i = 2; i < 17; i++)
      events.push({ type: 'print', t: 0, text: `${i}`, end: '\n', task: null });
    events.push({
      type: 'suspend',
      t: 0,
      task: 1,
      on: 'yield',
      detail: 'sleep(0)',
      wait: 'yield',
      until: null,
      target: null,
    });
    expect(message(logWith(events))).toBe("event 17: 'suspend' is missing 'stack'");
  });

  it('refuses text that is not JSON, an empty file, and a truncated file', () => {
    expect(message('hello world')).toMatch(
      /not a Loopscope file: expected JSON.*starts with "hello world"/,
    );
    expect(message('{"format": loopscope}')).toMatch(/^The file is not valid JSON: /);
    expect(message('   ')).toBe('The file is empty.');
    const full = exportEventLog(lessonLog().events, lessonLog().program);
    for (const cut of [10, 200, Math.floor(full.length / 2), full.length - 3]) {
      expect(message(full.slice(0, cut))).toMatch(/ends too early: it looks cut off/);
    }
  });

  it('names the size limit', () => {
    const text = logWith([create(1)]);
    expect(message(text, 50)).toBe(
      'The file is too big (more than 50 bytes); the limit is 50 bytes (the import size limit).',
    );
    expect(message(text + ' '.repeat(3 * 1024 * 1024), 2 * 1024 * 1024)).toMatch(
      /the limit is 2 MB \(the import size limit\)\.$/,
    );
    // counted in UTF-8 bytes, not characters
    const wide = logWith([{ type: 'warning', t: 0, text: 'é'.repeat(40) }]);
    expect(parseImport(wide, wide.length + 10).ok).toBe(false);
    expect(parseImport(wide, wide.length + 40).ok).toBe(true);
  });

  it('refuses other formats and versions', () => {
    expect(message('[1, 2]')).toMatch(/not a Loopscope file/);
    expect(message('{"traceEvents": []}')).toMatch(/it has no 'format'/);
    expect(message('{"format": "chrome"}')).toMatch(/'format' is "chrome"/);
    expect(message(JSON.stringify({ format: 'loopscope-events', version: 2 }))).toMatch(
      /version 2, made by a newer Loopscope/,
    );
    expect(message(JSON.stringify({ format: 'loopscope-events', version: '1' }))).toMatch(
      /'version' is "1"/,
    );
    expect(
      message(
        JSON.stringify({
          format: 'loopscope-events',
          version: 1,
          program: { source: '', filename: 'a' },
        }),
      ),
    ).toBe("The file has no 'events'.");
  });

  it('refuses __proto__ and constructor keys anywhere', () => {
    const polluted =
      '{"format":"loopscope-events","version":1,"__proto__":{"polluted":true},"program":{"source":"","filename":"a"},"events":[]}';
    expect(message(polluted)).toBe("The file contains a forbidden key '__proto__'.");
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const inEvent = logWith([{ ...create(1), constructor: { prototype: {} } }]);
    expect(message(inEvent)).toMatch(/forbidden key '(constructor|prototype)'/);
    expect(
      message(
        logWith([], {
          source: '',
          filename: 'a',
          set: JSON.parse('{"__proto__": "x"}') as unknown,
        }),
      ),
    ).toMatch(/forbidden key '__proto__'/);
  });

  it('checks every field of every event', () => {
    const cases: [unknown[], RegExp][] = [
      [[{ type: 'explode', t: 0 }], /^event 0: unknown type "explode"$/],
      [[{ t: 0 }], /^event 0: 'type' is missing$/],
      [[42], /^event 0: expected an object, found 42$/],
      [[{ ...create(1), task: '1' }], /^event 0: 'create' has 'task' = "1", expected a task id$/],
      [[{ ...create(1), t: -1 }], /expected a time from 0 to 1,000,000,000 s/],
      [
        [create(1), { type: 'run', t: 0, task: 1, stack: [1, -2] }],
        /^event 1: 'run' has 'stack' = an array, expected a list of line numbers$/,
      ],
      [
        [create(1), { type: 'run', t: 0, task: 1, stack: [1.5] }],
        /expected a list of line numbers/,
      ],
      [[create(1, 2), create(2, 1)], /^event 1: time 1 is before the previous event's \(2\)$/],
      [
        [{ type: 'run', t: 0, task: 3, stack: [] }],
        /^event 0: 'run' has 'task' = 3, expected task 3, which has no 'create' before it$/,
      ],
      [[create(1), create(1)], /task 1 was already created/],
      [
        [{ type: 'handle', t: 0, handle: 4, skipped: false }],
        /handle 4, which no 'queue' or 'timer' made/,
      ],
      [
        [{ type: 'queue', t: 0, handle: 1, kind: 'teleport', label: 'x', task: null }],
        /'kind' = "teleport", expected one of step, wakeup, timer, callback/,
      ],
      [[{ type: 'clock', t: 1, from: 2, why: 'timer' }], /'clock' goes back/],
      [[{ type: 'clock', t: 1, from: 0, why: 'boredom' }], /expected 'timer' or 'sleep'/],
      [
        [{ type: 'print', t: 0, text: 'x'.repeat(100_001), end: '\n', task: null }],
        /expected a string of at most 100,000 characters \(the recorded text limit\)/,
      ],
      [[{ type: 'cancelled', t: 0, task: 9 }], /task 9, which has no 'create'/],
      [
        [{ type: 'print', t: 0, text: 'x', end: '\n', task: 'Task-1' }],
        /expected a task id or null/,
      ],
      [[{ type: 'handle', t: 0, handle: 1, skipped: 'no' }], /handle 1, which no/],
      [{ length: 3 } as unknown as unknown[], /'events' should be a list, not an object/],
    ];
    for (const [events, re] of cases) expect(message(logWith(events))).toMatch(re);
    // 1e999 parses as Infinity
    const huge = logWith([create(1)]).replace('"t":0', '"t":1e999');
    expect(message(huge)).toBe(
      "event 0: 'create' has 't' = Infinity, expected a time from 0 to 1,000,000,000 s",
    );
    // Crafted numbers that would reach the verdict as Infinity or a negative time.
    const crafted: [unknown[], string][] = [
      [[create(1), { type: 'clock', t: 1, from: -1e308, why: 'sleep' }], "'from' = -1e+308"],
      [[{ ...create(1), t: 1e308 }], "'t' = 1e+308"],
      [
        [create(1), { type: 'timer', t: 0, handle: 1, when: 1e300, label: 'x', task: null }],
        "'when' = 1e+300",
      ],
    ];
    for (const [events, what] of crafted) {
      expect(message(logWith(events))).toContain(`${what}, expected a time from 0 to`);
    }
    const early = {
      type: 'suspend',
      t: 5,
      task: 1,
      stack: [1],
      on: 'x',
      detail: 'sleep(1)',
      wait: 'sleep',
      until: 1,
      target: null,
    };
    expect(message(logWith([create(1), early]))).toBe(
      "event 1: 'suspend' wakes before it sleeps (until 1, at 5)",
    );
  });

  it('checks the program', () => {
    expect(message(logWith([], null))).toBe("'program' should be an object, not null");
    expect(message(logWith([], { source: 3, filename: 'a' }))).toBe(
      "'program.source' should be a string, not 3",
    );
    expect(message(logWith([], { source: '', filename: 'a'.repeat(1001) }))).toMatch(
      /'program.filename' is longer than 1000/,
    );
    expect(message(logWith([], { source: '', filename: 'a', seed: 1.5 }))).toMatch(
      /'program.seed' should be an integer/,
    );
    expect(message(logWith([], { source: '', filename: 'a', set: { N: 3 } }))).toBe(
      "'program.set.N' should be a string, not 3",
    );
  });

  it('keeps only the known fields, in fresh objects', () => {
    const back = ok(logWith([{ ...create(1), extra: { deep: [1, 2] }, onclick: 'alert(1)' }]));
    expect(back.events).toEqual([create(1)]);
    expect(Object.getPrototypeOf(back.events[0])).toBe(Object.prototype);
  });
});

describe('parseImport: script-like strings are data', () => {
  it('keeps <script> and javascript: as plain text', () => {
    const nasty = [
      '<script>alert(1)</script>',
      'javascript:alert(document.cookie)',
      '<img src=x onerror=alert(1)>',
      '"; DROP TABLE x; --',
    ];
    const source = nasty.map((s) => `print(${JSON.stringify(s)})`).join('\n');
    const events: EngineEvent[] = [
      { type: 'create', t: 0, task: 1, name: nasty[0]!, coro: nasty[1]!, line: 1 },
      ...nasty.map((text): EngineEvent => ({ type: 'print', t: 0, text, end: '\n', task: 1 })),
      { type: 'uncaught', t: 0, exc: `ValueError: ${nasty[2]!}` },
    ];
    const back = ok(exportEventLog(events, { source, filename: nasty[3]! }));
    expect(back.events).toEqual(events);
    expect(back.program.source).toBe(source);
    expect(back.program.filename).toBe(nasty[3]);
    for (const e of back.events)
      for (const v of Object.values(e)) expect(['string', 'number', 'object']).toContain(typeof v);
    expect(canonicalText(back.events)).toContain('print <script>alert(1)</script>');
  });
});

describe('helpers', () => {
  it('utf8Bytes counts UTF-8 bytes', () => {
    expect(utf8Bytes('abc')).toBe(3);
    expect(utf8Bytes('é')).toBe(2);
    expect(utf8Bytes('€')).toBe(3);
    expect(utf8Bytes('😀')).toBe(4);
    expect(utf8Bytes('\ud800x')).toBe(4); // a lone surrogate is written as U+FFFD (3 bytes)
  });

  it('looksTruncated sees open strings and brackets', () => {
    expect(looksTruncated('{"a": [1, 2')).toBe(true);
    expect(looksTruncated('{"a": "x}')).toBe(true);
    expect(looksTruncated('{"a": "\\"}"}')).toBe(false);
    expect(looksTruncated('{"a": 1}}')).toBe(false);
  });
});
