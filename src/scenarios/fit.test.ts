import { describe, expect, it } from 'vitest';
import { Fit, scenarioFit } from './fit';
import { SCENARIOS, findScenario } from './presets';

const lesson = findScenario('lesson')!.source;

describe('scenarioFit', () => {
  it('is Same for each scenario on its own program, whatever its N and blank lines', () => {
    for (const s of SCENARIOS) expect(scenarioFit(s.source, s.source), s.id).toBe(Fit.Same);
    const n = lesson.replace(/^N = \d+$/m, 'N = 1000  # many');
    expect(n).not.toBe(lesson);
    expect(scenarioFit(lesson, n + '\n\n')).toBe(Fit.Same);
  });

  it('is Edited when a line or two changed', () => {
    expect(scenarioFit(lesson, lesson.replace('sleep(3)', 'sleep(1)'))).toBe(Fit.Edited);
    expect(scenarioFit(lesson, lesson + '\nprint("done")\n')).toBe(Fit.Edited);
  });

  it('is Other for another program, as for scenarios that share little with it', () => {
    const other = 'import asyncio\n\nasync def main():\n    print("hi")\n\nasyncio.run(main())\n';
    expect(scenarioFit(lesson, other)).toBe(Fit.Other);
    expect(scenarioFit(lesson, '')).toBe(Fit.Other);
    for (const id of ['producer-consumer', 'taskgroup', 'one-fails'])
      expect(scenarioFit(lesson, findScenario(id)!.source), id).toBe(Fit.Other);
  });
});
