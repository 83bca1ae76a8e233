/**
 * Hostile programs (tests/hostile/*.py), each run as the page runs it: every one ends with
 * a limit that names itself or with CPython's own result, quickly and within the memory
 * budget, and what it printed before is kept. Each file's first line says what to expect:
 *
 *   # expect: limit MESSAGE       the run stops at a limit with this message
 *   # expect: uncaught EXC: MSG   the program ends with this uncaught exception
 *   # expect: print TEXT          the program's last print (CPython's result)
 *
 * and an optional `# wall-clock: S` line gives the run a budget of S real seconds (the
 * page's worker injects one the same way); otherwise 10 s, the page's own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';

import { runProgram } from '../src/engine/run.ts';
import { wallClock } from '../src/engine/runtime.ts';
import { LIMITS } from '../src/limits.ts';

const dir = join(import.meta.dirname, 'hostile');
const programs = readdirSync(dir)
  .filter((f) => f.endsWith('.py'))
  .sort();

describe('hostile programs meet a named limit or give CPython’s result', () => {
  it('has the issue’s reproducers', () => {
    expect(programs.length).toBeGreaterThanOrEqual(15);
  });

  for (const file of programs) {
    it(
      file,
      () => {
        const source = readFileSync(join(dir, file), 'utf8');
        const [, kind, text] = /^# expect: (limit|uncaught|print) (.*)$/m.exec(source) ?? [];
        expect(kind, 'the file says what to expect').toBeDefined();
        const seconds = Number(/^# wall-clock: (\d+)$/m.exec(source)?.[1] ?? 10);
        const t0 = performance.now();
        const r = runProgram(source, {
          filename: file,
          traceLines: true,
          limits: { maxEvents: LIMITS.pageEvents.value, maxMemory: LIMITS.pageMemory.value },
          shouldStop: wallClock(seconds, () => performance.now()),
        });
        const ms = performance.now() - t0;
        const prints = r.events.flatMap((e) => (e.type === 'print' ? [e.text] : []));
        const last = r.events.at(-1);
        if (kind === 'limit') {
          expect(r.status).toBe('limit');
          expect(r.message).toBe(text);
          expect(last).toMatchObject({ type: 'limit', message: text });
        } else {
          expect(r.status, r.message ?? '').toBe('ok');
          if (kind === 'uncaught') expect(last).toMatchObject({ type: 'uncaught', exc: text });
          else expect(prints.at(-1)).toBe(text);
        }
        // What was printed before the failure is kept.
        if (source.includes('print("before")')) expect(prints[0]).toBe('before');
        expect(ms).toBeLessThan((seconds + 2) * 1000);
      },
      30_000,
    );
  }
});
