/**
 * How the program in the editor stands to a scenario's: its own program (the slider's
 * `N = ...` aside), the scenario's program edited, or another program altogether. The
 * scenario's title and notes describe its own program; shown over another one they would
 * mislead (a draft restored on reload, a pasted program, a link's program).
 */
import { findScenario } from './presets';
import type { Scenario } from './presets';

export const Fit = { Same: 'same', Edited: 'edited', Other: 'other' } as const;
export type Fit = (typeof Fit)[keyof typeof Fit];

/** The slider rewrites this line: it does not make the program another. */
const COUNT_LINE = /^N\s*=\s*\d+\s*(#.*)?$/;

/** The lines that carry the program: stripped, no blank lines, the `N = ...` line as one. */
function lines(source: string): string[] {
  return source
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l) => (COUNT_LINE.test(l) ? 'N = …' : l));
}

/**
 * Same: the same lines, in order. Edited: at least half of the scenario's lines are still
 * there. Other: fewer (a program pasted over it keeps `import asyncio` and little else).
 */
export function scenarioFit(scenarioSource: string, source: string): Fit {
  const mine = lines(scenarioSource);
  const theirs = lines(source);
  if (mine.length === theirs.length && mine.every((l, i) => l === theirs[i])) return Fit.Same;
  const present = new Set(theirs);
  const kept = mine.filter((l) => present.has(l)).length;
  return kept * 2 >= mine.length ? Fit.Edited : Fit.Other;
}

/**
 * The scenario to show over `source`, and how the program stands to it: none when the
 * open scenario's notes would describe another program.
 */
export function shownScenario(
  id: string | null,
  source: string,
): { scenario: Scenario; fit: Fit } | null {
  const scenario = findScenario(id);
  if (!scenario) return null;
  const fit = scenarioFit(scenario.source, source);
  return fit === Fit.Other ? null : { scenario, fit };
}
