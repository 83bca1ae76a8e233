/**
 * tools/loopscope_record.py under real CPython 3.13: its recordings open with `parseImport`,
 * and in virtual time their canonical projection is each golden trace, line for line.
 * This runs the script's own command line (execv for PYTHONHASHSEED, -o, --clock real, argv),
 * so it needs a native CPython 3.13 (`findPython()`); the same recorder on every golden
 * program in CPython 3.13 in WebAssembly is tests/pyodide.test.ts, which always runs.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

import { parseGoldenName } from '../scripts/goldens.ts';
import type { GoldenSpec } from '../scripts/goldens.ts';
import type { EngineEvent } from '../src/engine/events.ts';
import { runProgram } from '../src/engine/run.ts';
import { canonicalText, parseImport } from '../src/trace/export.ts';
import type { Imported } from '../src/trace/export.ts';
import { findPython } from './oracle/oracle.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PROGRAMS = join(ROOT, 'tests', 'programs');
const RECORDER = join(ROOT, 'tools', 'loopscope_record.py');
const python = findPython();
const dir = mkdtempSync(join(tmpdir(), 'loopscope-recorder-'));

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the recorder as a user does: without PYTHONHASHSEED, so that it execs itself with
 * the seed set. `hashSeedSet` sets it first, as the exec would (one process, not two).
 */
function record(args: string[], hashSeedSet = false): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PYENV_VERSION: process.env['PYENV_VERSION'] ?? '3.13.0',
    };
    delete env['PYTHONHASHSEED'];
    if (hashSeedSet) env['PYTHONHASHSEED'] = '0';
    const child = spawn(python!, [RECORDER, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
  });
}

/** Runs `fn` over `items`, at most `n` at a time. */
async function pool<T, R>(
  items: readonly T[],
  n: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
  return results;
}

function program(name: string, source: string): string {
  const file = join(dir, name);
  writeFileSync(file, source);
  return file;
}

function imported(r: Ran): Imported {
  const parsed = parseImport(r.stdout);
  if (!parsed.ok) throw new Error(`${parsed.message}\n--- stderr:\n${r.stderr}`);
  return parsed.value;
}

const goldens: GoldenSpec[] = readdirSync(PROGRAMS)
  .filter((f) => f.endsWith('.trace'))
  .sort()
  .map((f) => parseGoldenName(f)!);

describe.skipIf(python === null)('the recorder, virtual clock, on every golden program', () => {
  const results = new Map<string, Ran>();

  beforeAll(async () => {
    const ran = await pool(goldens, 8, (spec) => {
      const args = [join(PROGRAMS, spec.program), '--quiet', '--seed', String(spec.seed)];
      for (const [k, v] of Object.entries(spec.set)) args.push('--set', `${k}=${v}`);
      // The seed the recorder would exec itself with; the tests below run the exec.
      return record(args, true);
    });
    goldens.forEach((spec, i) => results.set(spec.id, ran[i]!));
  }, 300_000);

  it('has golden programs to record', () => expect(goldens.length).toBeGreaterThan(10));

  for (const spec of goldens) {
    it(`${spec.id}: records, imports, and projects to the golden trace`, () => {
      const r = results.get(spec.id)!;
      expect(r.code, r.stderr).toBe(0);
      const rec = imported(r);
      expect(rec.kind).toBe('recording');
      if (rec.kind !== 'recording') return;
      expect(rec.clock).toBe('virtual');
      expect(rec.python).toMatch(/^3\.13\./);
      expect(rec.program.filename).toBe(spec.program);
      expect(rec.program.seed).toBe(spec.seed);
      expect(rec.program.set).toEqual(spec.set);
      expect(canonicalText(rec.events)).toBe(
        readFileSync(join(PROGRAMS, `${spec.id}.trace`), 'utf8'),
      );
    });
  }
});

const CLASSES = `import asyncio
import dataclasses
import json
from collections import Counter


@dataclasses.dataclass
class Job:
    name: str
    cost: float


class Worker:
    def __init__(self, name):
        self.name = name
        self.seen = Counter()

    async def run(self, queue):
        while True:
            job = await queue.get()
            await asyncio.sleep(job.cost)
            self.seen[job.name[0]] += 1
            queue.task_done()


async def main():
    queue = asyncio.Queue()
    for i, cost in enumerate([0.5, 0.25, 1.0, 0.5]):
        queue.put_nowait(Job(f"job{i}", cost))
    workers = [Worker(n) for n in ("w1", "w2")]
    tasks = [asyncio.create_task(w.run(queue), name=w.name) for w in workers]
    await queue.join()
    for t in tasks:
        t.cancel()
    print(json.dumps({w.name: dict(w.seen) for w in workers}, sort_keys=True))


asyncio.run(main())
`;

describe.skipIf(python === null)('the recorder on programs outside the engine', () => {
  it('records a program with classes, dataclasses, json and collections', async () => {
    const file = program('classes.py', CLASSES);
    expect(runProgram(CLASSES, { filename: 'classes.py' }).status).toBe('invalid');
    const r = await record([file, '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    const rec = imported(r);
    expect(rec.program).toEqual({ source: CLASSES, filename: 'classes.py', seed: 0, set: {} });
    const creates = rec.events.filter(
      (e): e is Extract<EngineEvent, { type: 'create' }> => e.type === 'create',
    );
    expect(creates.map((e) => [e.name, e.coro, e.line])).toEqual([
      ['Task-1', 'main', 26],
      ['w1', 'Worker.run', 18],
      ['w2', 'Worker.run', 18],
    ]);
    const details = rec.events.flatMap((e) => (e.type === 'suspend' ? [e.detail] : []));
    expect(details).toContain('Queue.get()');
    expect(details).toContain('Event.wait()'); // queue.join()
    const text = canonicalText(rec.events);
    expect(text).toContain('1.250 print {"w1": {"j": 2}, "w2": {"j": 2}}\n');
    expect(text).toContain('cancelled w1');
  });

  it('records on the real clock: real sleeps, times that only go forward', async () => {
    const file = program(
      'real.py',
      'import asyncio\n\nasync def nap(n):\n    await asyncio.sleep(0.05)\n    return n\n\nasync def main():\n    print(await asyncio.gather(nap(1), nap(2)))\n\nasyncio.run(main())\n',
    );
    const r = await record([file, '--clock', 'real', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    const rec = imported(r);
    if (rec.kind !== 'recording') throw new Error('not a recording');
    expect(rec.clock).toBe('real');
    expect(rec.program.seed).toBeNull();
    const times = rec.events.map((e) => e.t);
    expect(times.every((t, i) => t >= 0 && (i === 0 || t >= times[i - 1]!))).toBe(true);
    const wake = rec.events.find((e) => e.type === 'wake')!;
    expect(wake.t).toBeGreaterThanOrEqual(0.045);
    expect(times.at(-1)!).toBeLessThan(5);
    expect(rec.events.some((e) => e.type === 'clock' && e.t - e.from >= 0.04)).toBe(true);
    const sleeps = rec.events.flatMap((e) =>
      e.type === 'suspend' && e.wait === 'sleep' ? [e.until!] : [],
    );
    expect(sleeps).toHaveLength(2);
    for (const until of sleeps) expect(until).toBeGreaterThan(0.04);
    expect(canonicalText(rec.events)).toMatch(/ print \[1, 2\]\n/);
  });

  it('keeps stray stdout writes out of the recording, and passes arguments through', async () => {
    const file = program(
      'stray.py',
      'import sys\nsys.stdout.write("stray\\n")\nprint("to stderr", file=sys.stderr)\nprint("args", sys.argv[1:])\n',
    );
    const r = await record([file, '--', 'a', '--b']);
    expect(r.code, r.stderr).toBe(0);
    const rec = imported(r);
    expect(canonicalText(rec.events)).toBe("0.000 print args ['a', '--b']\n");
    expect(r.stderr).toContain('stray\n');
    expect(r.stderr).toContain('to stderr\n');
    expect(r.stderr).toContain("args ['a', '--b']\n"); // the echo
  });

  it('writes to -o, and records an uncaught exception', async () => {
    const file = program(
      'boom.py',
      'import asyncio\n\nasync def main():\n    raise KeyError("k")\n\nasyncio.run(main())\n',
    );
    const out = join(dir, 'boom.json');
    const r = await record([file, '-o', out, '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    const rec = imported({ ...r, stdout: readFileSync(out, 'utf8') });
    expect(canonicalText(rec.events).split('\n').slice(-3)).toEqual([
      "0.000 error Task-1 KeyError: 'k'",
      "0.000 uncaught KeyError: 'k'",
      '',
    ]);
  });

  it('stops at a limit with a recording that still opens', async () => {
    const loop = program(
      'forever.py',
      'import asyncio\n\nasync def main():\n    while True:\n        await asyncio.sleep(1)\n\nasyncio.run(main())\n',
    );
    const r = await record([loop, '--max-events', '300', '--quiet']);
    expect(r.code).toBe(3);
    const last = imported(r).events.at(-1);
    expect(last).toMatchObject({ type: 'limit', limit: 'events' });
    const stuck = program(
      'stuck.py',
      'import asyncio\n\nasync def main():\n    await asyncio.Event().wait()\n\nasyncio.run(main())\n',
    );
    const d = await record([stuck, '--quiet']);
    expect(d.code).toBe(3);
    expect(imported(d).events.at(-1)).toMatchObject({ type: 'limit', limit: 'deadlock' });
  });

  it('refuses a program that does not compile', async () => {
    const r = await record([program('bad.py', 'def f(:\n'), '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/bad\.py:1: SyntaxError/);
  });
});

describe.skipIf(python === null)('the e2e fixtures', () => {
  // The page's import tests replay these recordings; they must be what the recorder makes today.
  it('lesson.recording.json is what the recorder gives for lesson.py now', async () => {
    const fixture = JSON.parse(
      readFileSync(join(ROOT, 'e2e', 'fixtures', 'lesson.recording.json'), 'utf8'),
    ) as {
      events: unknown[];
      program: { source: string };
    };
    const file = join(dir, 'lesson.py');
    writeFileSync(file, fixture.program.source);
    const r = await record([file, '--quiet']);
    expect(r.code).toBe(0);
    const now = JSON.parse(r.stdout) as { events: unknown[] };
    expect(now.events).toEqual(fixture.events);
  });
});
