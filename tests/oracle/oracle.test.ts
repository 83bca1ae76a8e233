/**
 * The oracle itself: the golden file names follow the convention, and CPython (through
 * tracer.py --batch) still produces every golden trace in tests/programs exactly.
 * Without a native CPython 3.13 (or with LOOPSCOPE_NO_NATIVE_PYTHON=1) it runs through
 * CPython 3.13 in WebAssembly (Pyodide), so it is never skipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import { parseGoldenName } from '../../scripts/goldens.ts';
import { oracleEngine, traceWithCPython } from './oracle.ts';

const PROGRAMS = join(dirname(fileURLToPath(import.meta.url)), '..', 'programs');
const traces = readdirSync(PROGRAMS)
  .filter((f) => f.endsWith('.trace'))
  .sort();

describe('golden file names', () => {
  it('parses the naming convention', () => {
    expect(parseGoldenName('bign.trace')).toEqual({
      id: 'bign',
      program: 'bign.py',
      seed: 0,
      set: {},
    });
    expect(parseGoldenName('bign.N3.trace')).toEqual({
      id: 'bign.N3',
      program: 'bign.py',
      seed: 0,
      set: { N: '3' },
    });
    expect(parseGoldenName('random_fns.seed42.trace')).toEqual({
      id: 'random_fns.seed42',
      program: 'random_fns.py',
      seed: 42,
      set: {},
    });
    expect(parseGoldenName('bign.n3.trace')).toBeNull();
    expect(parseGoldenName('bign.py')).toBeNull();
  });

  it('every golden names an existing program', () => {
    for (const file of traces) {
      const spec = parseGoldenName(file);
      expect(spec, file).not.toBeNull();
      expect(() => readFileSync(join(PROGRAMS, spec!.program), 'utf8'), file).not.toThrow();
    }
  });
});

describe(`CPython oracle (${oracleEngine()})`, () => {
  it('reproduces every golden trace', async () => {
    const specs = traces.map((f) => parseGoldenName(f)!);
    const results = await traceWithCPython(
      specs.map((s) => ({
        name: s.id,
        source: readFileSync(join(PROGRAMS, s.program), 'utf8'),
        seed: s.seed,
        set: s.set,
      })),
    );
    expect(results.map((r) => r.name)).toEqual(specs.map((s) => s.id));
    for (const r of results) {
      expect(r.error, r.name).toBeNull();
      const golden = readFileSync(join(PROGRAMS, `${r.name}.trace`), 'utf8').split('\n');
      golden.pop(); // the final newline
      expect(r.trace, r.name).toEqual(golden);
    }
  });

  it('stops runaway programs with an error instead of hanging', async () => {
    const [spin, sleepy, stuck, bad] = await traceWithCPython(
      [
        {
          name: 'spin.py',
          source:
            'import asyncio\nasync def main():\n    while True:\n        await asyncio.sleep(0)\nasyncio.run(main())\n',
          seed: 0,
        },
        {
          name: 'sleepy.py',
          source:
            'import asyncio\nasync def main():\n    while True:\n        await asyncio.sleep(3600)\nasyncio.run(main())\n',
          seed: 0,
        },
        {
          name: 'stuck.py',
          source:
            'import asyncio\nasync def main():\n    await asyncio.Event().wait()\nasyncio.run(main())\n',
          seed: 0,
        },
        { name: 'bad.py', source: 'def (:\n', seed: 0 },
      ],
      { maxLines: 1000 },
    );
    expect(spin?.error).toBe('limit');
    expect(spin?.trace.length).toBe(1000);
    expect(sleepy?.error).toBe('limit');
    expect(stuck?.error).toBe('deadlock');
    expect(stuck?.trace.at(-1)).toBe('0.000 suspend Task-1 L3 future');
    expect(bad?.error).toMatch(/^syntax: /);
  });

  it('gives each program of a batch fresh state', async () => {
    const source =
      'import asyncio, random\nN = 1\nasync def f():\n    return random.randint(1, 100)\n' +
      'async def main():\n    print(N, await asyncio.create_task(f()))\nasyncio.run(main())\n';
    const [a, b, c] = await traceWithCPython([
      { name: 'a.py', source, seed: 0 },
      { name: 'b.py', source, seed: 0 },
      { name: 'c.py', source, seed: 1, set: { N: '7' } },
    ]);
    expect(a?.trace).toEqual(b?.trace);
    expect(a?.trace).toContain('0.000 create Task-2 f');
    expect(c?.trace).toContain('0.000 create Task-2 f');
    expect(c?.trace.find((l) => l.includes(' print '))).toMatch(/^0\.000 print 7 \d+$/);
  });
});
