import { describe, expect, it } from 'vitest';
import { runProgram } from '../engine/run';
import { canonicalText } from './export';
import type { EventLogFile } from './recording';
import { buildReplay } from './replay';
import { ExportKind, programStem, runFile } from './run-files';

const SOURCE =
  'import asyncio\nasync def main():\n    await asyncio.sleep(1)\nasyncio.run(main())\n';

describe('the files a run exports', () => {
  const { events } = runProgram(SOURCE, { seed: 0 });
  const replay = buildReplay(events);
  const program = { source: SOURCE, filename: 'dir/lesson.py', seed: 0, set: {} };

  it('are named after the program, one per kind', () => {
    const names = Object.values(ExportKind).map((k) => runFile(k, replay, program, null).name);
    expect(names).toEqual(['lesson.trace.txt', 'lesson.events.json', 'lesson.perfetto.json']);
  });

  it('hold the canonical trace and the event log of the replay index', () => {
    expect(runFile(ExportKind.Trace, replay, program, null).text).toBe(canonicalText(events));
    const log = JSON.parse(runFile(ExportKind.Events, replay, program, null).text) as EventLogFile;
    expect(log.events).toEqual(events);
    expect(log.program.filename).toBe('dir/lesson.py');
  });

  it('give a name with no usable stem the stem main', () => {
    expect(programStem('')).toBe('main');
    expect(programStem('C:\\work\\my prog.py')).toBe('my_prog');
    expect(programStem('???.py')).toBe('main');
  });
});
