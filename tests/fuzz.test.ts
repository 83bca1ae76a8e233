/**
 * The differential fuzzer as a test: random asyncio programs (tests/fuzz/generate.ts) must
 * give the same canonical trace in the engine as in CPython 3.13: native CPython when there
 * is one, else CPython 3.13 in WebAssembly (Pyodide). Never skipped.
 */
import { describe, expect, it } from 'vitest';

import { runToTrace } from '../src/trace/run.ts';
import { describeDiff, fuzzSeeds, programName } from './fuzz/compare.ts';
import { generateProgram } from './fuzz/generate.ts';
import { oracleEngine } from './oracle/oracle.ts';

/** Fixed seeds, so a failure reproduces: `npm run fuzz -- --seeds N`. */
const SEEDS = Array.from({ length: 200 }, (_, i) => i + 1);

describe('the fuzz generator', () => {
  it('is deterministic: the same seed gives the same program', () => {
    for (const seed of [0, 1, 2, 17, 123_456, 2 ** 31 + 5]) {
      expect(generateProgram(seed)).toBe(generateProgram(seed));
    }
    expect(generateProgram(1)).not.toBe(generateProgram(2));
  });

  it('writes programs that the engine parses and runs (no invalid status before the run)', () => {
    const invalid: string[] = [];
    for (const seed of SEEDS) {
      const source = generateProgram(seed);
      const lines = source.split('\n').length;
      expect(lines, `seed ${seed}`).toBeLessThanOrEqual(90);
      const r = runToTrace(source, { filename: programName(seed), seed });
      // A refusal at run time (the trace so far given) is checked against CPython below.
      if (r.status === 'crash' || (r.status === 'invalid' && r.lines.length === 0)) {
        invalid.push(`seed ${seed}: ${r.status}: ${r.message ?? ''}`);
      }
    }
    expect(invalid, invalid.join('\n')).toEqual([]);
  });
});

describe('the engine against CPython 3.13 on random programs', () => {
  it(`gives the same trace for ${SEEDS.length} programs (${oracleEngine()})`, async () => {
    const outcomes = await fuzzSeeds(SEEDS);
    const diffs = outcomes.filter((o) => o.kind === 'diff');
    const report = diffs.slice(0, 5).map(describeDiff).join('\n\n');
    expect(
      diffs.map((o) => o.seed),
      `${diffs.length} of ${outcomes.length} programs differ (rerun: npm run fuzz -- --seeds ${diffs
        .map((o) => o.seed)
        .join(',')})\n\n${report}`,
    ).toEqual([]);
    // a run-time refusal is honest (checked a prefix of CPython's trace), but must stay rare
    const refused = outcomes.filter((o) => o.kind === 'refused');
    expect(
      refused.length,
      refused.map((o) => `${o.seed}: ${o.note}`).join('\n'),
    ).toBeLessThanOrEqual(SEEDS.length * 0.02);
    // most programs must really be compared, not skipped
    expect(outcomes.filter((o) => o.kind === 'same').length).toBeGreaterThan(SEEDS.length * 0.9);
  });
});
