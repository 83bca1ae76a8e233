/**
 * The engine against CPython: every golden trace in tests/programs and src/scenarios (made by real CPython
 * 3.13 through tests/oracle/tracer.py) must come out of the engine line for line, except for
 * the programs listed in a folder's simulator-refuses.json, which the engine must refuse
 * with the message given there (CPython's trace of them is checked by tests/pyodide.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { GOLDEN_DIRS, parseGoldenName, simulatorRefusals } from '../scripts/goldens.ts';
import { runToTrace } from '../src/trace/run.ts';

const goldens = GOLDEN_DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.trace'))
    .sort()
    .map((file) => ({ dir, file })),
);

describe('the engine gives CPython 3.13 traces', () => {
  it('has golden programs to check', () => {
    expect(goldens.length).toBeGreaterThan(10);
  });

  for (const { dir, file } of goldens) {
    it(`reproduces ${file}`, () => check(dir, file));
  }
});

// Deep recursion runs plain functions on a trampoline (src/engine/deep.ts); here every call
// from depth 1 on does, so the trampoline's executor meets every golden program too.
describe('the engine gives CPython 3.13 traces with every call on the trampoline', () => {
  for (const { dir, file } of goldens) {
    it(`reproduces ${file}`, () => check(dir, file, 1));
  }
});

function check(dir: string, file: string, deepCallsFrom?: number): void {
  const spec = parseGoldenName(file)!;
  const source = readFileSync(join(dir, spec.program), 'utf8');
  const expected = readFileSync(join(dir, file), 'utf8').split('\n');
  if (expected[expected.length - 1] === '') expected.pop();
  const result = runToTrace(source, {
    filename: spec.program,
    seed: spec.seed,
    set: spec.set,
    ...(deepCallsFrom === undefined ? {} : { deepCallsFrom }),
  });
  const refusal = simulatorRefusals(dir)[spec.program];
  if (refusal !== undefined) {
    // Not yet in the simulator: it must say so (and stop being listed once it runs it).
    expect(result.status, result.message ?? '').toBe('invalid');
    expect(result.message ?? '').toContain(`${spec.program}:`);
    expect(result.message ?? '').toContain(refusal);
    return;
  }
  expect(result.status, result.message ?? '').toBe('ok');
  expect(result.lines).toEqual(expected);
}
