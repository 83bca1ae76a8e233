/**
 * CPython 3.13 in WebAssembly (Pyodide 0.29, CPython 3.13.2, loaded from node_modules) running
 * the recorder tools/loopscope_record.py: on every golden program (tests/programs and
 * src/scenarios, traced by native CPython 3.13.0) its recording projects to the golden trace
 * line for line, so the two CPythons agree. Needs no Python on the machine; one Pyodide for
 * the whole file (3–7 s to load).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

import { GOLDEN_DIRS, parseGoldenName } from '../scripts/goldens.ts';
import { nodePyodide, traceInPyodide } from '../src/cpython/node.ts';
import { recordWith } from '../src/cpython/recorder.ts';
import { parseImport } from '../src/trace/export.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const goldens = GOLDEN_DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.trace'))
    .sort()
    .map((file) => ({ dir, spec: parseGoldenName(file)! })),
);

/**
 * Goldens that print hashes, or sets ordered by them: Pyodide's CPython is a 32-bit build
 * (wasm32), so its hashes of str, big ints, floats and tuples are not native's 64-bit ones.
 * Their other lines must agree.
 */
const PRINTS_HASHES = new Set(['hash_values', 'dict_views', 'set_order_hashes', 'set_tables']);

/** A trace's lines, or for a golden that prints hashes, its lines but the prints. */
const comparable = (id: string, text: string) =>
  PRINTS_HASHES.has(id)
    ? text
        .split('\n')
        .filter((l) => !/^\S+ print /.test(l))
        .join('\n')
    : text;

beforeAll(async () => {
  await nodePyodide();
}, 120_000);

describe('CPython 3.13 in WebAssembly gives the golden traces', () => {
  it('has golden programs, among them some only CPython runs', () => {
    expect(goldens.length).toBeGreaterThan(60);
    for (const name of ['classes_client', 'decorators', 'dataclasses_jobs']) {
      expect(goldens.some((g) => g.spec.id === name)).toBe(true);
    }
  });

  for (const { dir, spec } of goldens) {
    it(`reproduces ${spec.id}`, async () => {
      const r = await traceInPyodide({
        filename: spec.program,
        source: readFileSync(join(dir, spec.program), 'utf8'),
        seed: spec.seed,
        set: spec.set,
      });
      expect(r.status, r.message ?? '').toBe(0);
      expect(comparable(spec.id, r.lines.map((l) => `${l}\n`).join(''))).toBe(
        comparable(spec.id, readFileSync(join(dir, `${spec.id}.trace`), 'utf8')),
      );
    });
  }
});

const run = (source: string, extra: { maxEvents?: number; maxTime?: number } = {}) =>
  traceInPyodide({ filename: 'main.py', source, seed: 0, ...extra });

describe('the recorder in WebAssembly', () => {
  it('writes a recording the page opens, made by CPython 3.13.2', async () => {
    const out = recordWith(await nodePyodide(), {
      filename: 'main.py',
      source: 'import asyncio\nN = 1\nasync def main():\n    print(N)\nasyncio.run(main())\n',
      seed: 4,
      set: { N: '7' },
    });
    expect(out.status).toBe(0);
    const parsed = parseImport(out.text);
    if (!parsed.ok || parsed.value.kind !== 'recording') throw new Error('not a recording');
    expect(parsed.value.python).toBe('3.13.2');
    expect(parsed.value.clock).toBe('virtual');
    expect(parsed.value.program).toMatchObject({ filename: 'main.py', seed: 4, set: { N: '7' } });
    expect(parsed.value.program.source).toContain('N = 7\n');
    expect(parsed.value.events.find((e) => e.type === 'print')).toMatchObject({ text: '7' });
  });

  it('records the lesson event for event as native CPython 3.13 did (the e2e fixture)', async () => {
    const fixture = JSON.parse(
      readFileSync(join(ROOT, 'e2e', 'fixtures', 'lesson.recording.json'), 'utf8'),
    ) as { python: string; events: unknown[]; program: { source: string } };
    expect(fixture.python).toMatch(/^3\.13\.0$/);
    const out = recordWith(await nodePyodide(), {
      filename: 'lesson.py',
      source: fixture.program.source,
      seed: 0,
    });
    expect(out.status).toBe(0);
    expect((JSON.parse(out.text) as { events: unknown[] }).events).toEqual(fixture.events);
  });

  it('stops at the event limit, the time limit and a deadlock (status 3)', async () => {
    const spin = await run(
      'import asyncio\nasync def main():\n    while True:\n        await asyncio.sleep(0)\nasyncio.run(main())\n',
      { maxEvents: 500 },
    );
    expect(spin).toMatchObject({ status: 3, limit: 'events' });
    const sleepy = await run(
      'import asyncio\nasync def main():\n    while True:\n        await asyncio.sleep(3600)\nasyncio.run(main())\n',
      { maxTime: 7200 },
    );
    expect(sleepy).toMatchObject({ status: 3, limit: 'time' });
    const stuck = await run(
      'import asyncio\nasync def main():\n    await asyncio.Event().wait()\nasyncio.run(main())\n',
    );
    expect(stuck).toMatchObject({ status: 3, limit: 'deadlock' });
    expect(stuck.lines.at(-1)).toBe('0.000 suspend Task-1 L3 future');
  });

  it('refuses a program that does not compile (status 2)', async () => {
    const r = await run('def f(:\n');
    expect(r.status).toBe(2);
    expect(r.message).toMatch(/^main\.py:1: SyntaxError: /);
  });

  it('gives each program fresh state in the one interpreter', async () => {
    const source =
      'import asyncio, random\nasync def main():\n    print(random.randint(1, 10**9), {"a", "b", "c", "d"})\n' +
      '    asyncio.create_task(asyncio.sleep(1))\nasyncio.run(main())\n';
    const a = await run(source);
    const b = await run(source);
    expect(a.lines).toEqual(b.lines);
    expect(a.lines).toContain('0.000 create Task-2 sleep');
  });

  it('runs with PYTHONHASHSEED=0, as the oracle does', async () => {
    const r = await run('import os, sys\nprint(os.environ.get("PYTHONHASHSEED"), hash("a"))\n');
    // wasm32: a 32-bit hash, so not native's 64-bit value (4644417185603328019), but the
    // same on every load (a random seed would change it)
    expect(r.lines).toEqual(['0.000 print 0 -468864544']);
  });
});
