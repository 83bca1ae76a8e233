/**
 * Programs written as users write asyncio code (tests/realistic/): workers and queues,
 * crawlers, rate limiters, retries, clients as classes, dataclass jobs, context managers.
 * Each .trace is CPython 3.13's (`npm run goldens`). The engine must either give that trace
 * line for line or refuse the program with a located NotSupported message: before it runs
 * (the static check), or at the dynamic case itself, with the trace so far CPython's; it must
 * never run one to a different trace. The tally (identical / refused) is printed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { REALISTIC_DIR } from '../scripts/goldens.ts';
import { runToTrace } from '../src/trace/run.ts';

const programs = readdirSync(REALISTIC_DIR)
  .filter((f) => f.endsWith('.py'))
  .sort();

const tally = { identical: 0, refused: [] as string[] };

describe('realistic programs: identical to CPython 3.13, or refused with a location', () => {
  it('has at least 40 programs, each with its CPython trace', () => {
    expect(programs.length).toBeGreaterThanOrEqual(40);
    const traces = new Set(readdirSync(REALISTIC_DIR).filter((f) => f.endsWith('.trace')));
    for (const program of programs) expect(traces).toContain(program.replace(/\.py$/, '.trace'));
  });

  for (const program of programs) {
    it(program, () => {
      const source = readFileSync(join(REALISTIC_DIR, program), 'utf8');
      const trace = readFileSync(join(REALISTIC_DIR, program.replace(/\.py$/, '.trace')), 'utf8');
      const expected = trace.split('\n');
      if (expected[expected.length - 1] === '') expected.pop();
      const result = runToTrace(source, { filename: program });
      if (result.status === 'invalid') {
        // Refused: FILE:LINE:COL: NotSupported: what.
        const escaped = program.replace(/\./g, '\\.');
        expect(result.message ?? '').toMatch(
          new RegExp(`^${escaped}:\\d+:\\d+: NotSupported: \\S`),
        );
        // A refusal at run time (a dynamic case) stops where CPython's trace is still the same.
        expect(result.lines).toEqual(expected.slice(0, result.lines.length));
        tally.refused.push(`${program}: ${(result.message ?? '').split('\n')[0]}`);
        return;
      }
      expect(result.status, result.message ?? '').toBe('ok');
      expect(result.lines).toEqual(expected);
      tally.identical++;
    });
  }

  afterAll(() => {
    console.log(
      `realistic programs: ${programs.length}: ${tally.identical} identical to CPython, ` +
        `${tally.refused.length} refused` +
        tally.refused.map((r) => `\n  ${r}`).join(''),
    );
  });
});
