/**
 * Never-awaited warnings against CPython 3.13 on random programs that pass coroutine
 * objects around (tests/fuzz/gen-coros.ts): the engine gives CPython's trace, warnings at
 * the same moments and in the same order, or refuses the program (NotSupported) where it
 * cannot tell the moment. Refusals must stay rare.
 */
import { describe, expect, it } from 'vitest';

import { describeDiff, fuzzSeeds } from './fuzz/compare.ts';
import { generateCoroProgram } from './fuzz/gen-coros.ts';
import { oracleEngine } from './oracle/oracle.ts';

/** Fixed seeds, so a failure reproduces: `npm run fuzz -- --coros --seeds N`. */
const SEEDS = Array.from({ length: 100 }, (_, i) => i + 1);

describe('never-awaited warnings on random programs', () => {
  it('is deterministic and makes programs that warn', () => {
    expect(generateCoroProgram(7)).toBe(generateCoroProgram(7));
    expect(generateCoroProgram(7)).not.toBe(generateCoroProgram(8));
  });

  it(`match CPython for ${SEEDS.length} programs (${oracleEngine()})`, async () => {
    const outcomes = await fuzzSeeds(SEEDS, { generate: generateCoroProgram });
    const refused = outcomes.filter(
      (o) =>
        o.kind === 'refused' ||
        (o.kind === 'diff' && (o.note ?? '').startsWith('engine status invalid')),
    );
    const diffs = outcomes.filter((o) => o.kind === 'diff' && !refused.includes(o));
    const report = diffs.slice(0, 5).map(describeDiff).join('\n\n');
    expect(
      diffs.map((o) => o.seed),
      `${diffs.length} of ${outcomes.length} programs differ (rerun: npm run fuzz -- --coros --seeds ${diffs
        .map((o) => o.seed)
        .join(',')})\n\n${report}`,
    ).toEqual([]);
    expect(refused.length, refused.map((o) => `${o.seed}: ${o.note}`).join('\n')).toBeLessThan(
      SEEDS.length * 0.05,
    );
    // the programs do warn: most traces have a warning line
    const warned = outcomes.filter((o) => o.cpython.some((l) => l.includes(' warning ')));
    expect(warned.length).toBeGreaterThan(SEEDS.length * 0.9);
  });
});
