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
import type { RunOptions } from '../src/engine/run.ts';
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

// The engine has two executors with one semantics: the synchronous one (plain functions,
// the module body, a coroutine's statements that cannot suspend) and the suspending one
// (generators: what can await or yield, and deep recursion on deep.ts's trampoline). Each
// golden program runs once mostly on the first, then mostly on the second: every call from
// depth 1 on the trampoline, and every statement and expression the suspending executor
// can run, on it.
describe('the engine gives CPython 3.13 traces with every call on the trampoline', () => {
  for (const { dir, file } of goldens) {
    it(`reproduces ${file}`, () => check(dir, file, { deepCallsFrom: 1 }));
  }
});

describe('the engine gives CPython 3.13 traces with all it can on the suspending executor', () => {
  for (const { dir, file } of goldens) {
    it(`reproduces ${file}`, () => check(dir, file, { deepCallsFrom: 1, suspendEverywhere: true }));
  }
});

function check(dir: string, file: string, paths: RunOptions = {}): void {
  const spec = parseGoldenName(file)!;
  const source = readFileSync(join(dir, spec.program), 'utf8');
  const expected = readFileSync(join(dir, file), 'utf8').split('\n');
  if (expected[expected.length - 1] === '') expected.pop();
  const result = runToTrace(source, {
    filename: spec.program,
    seed: spec.seed,
    set: spec.set,
    ...paths,
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
