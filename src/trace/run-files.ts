/**
 * The files a run exports, named after its program: the canonical trace, the event log and
 * a Chrome/Perfetto trace. Pure: the page's export menu asks for one and downloads it.
 */
import { canonicalText, exportEventLog } from './export';
import type { ExportProgram } from './export';
import { exportPerfetto } from './perfetto';
import type { RecordingClock } from './recording';
import type { Replay } from './replay';

export const ExportKind = { Trace: 'trace', Events: 'events', Chrome: 'chrome' } as const;
export type ExportKind = (typeof ExportKind)[keyof typeof ExportKind];

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

/** `lesson.py` → `lesson`; a name with no usable stem becomes `main`. */
export function programStem(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.[^.]*$/, '').replace(/[^\w.-]+/g, '_');
  return stem === '' || stem === '_' ? 'main' : stem;
}

/**
 * The file of `kind` for the run `replay` indexes, which `program` made; `clock` is a
 * recording's clock (`real` times its Perfetto trace in wall time), null for a simulation.
 */
export function runFile(
  kind: ExportKind,
  replay: Replay,
  program: ExportProgram,
  clock: RecordingClock | null,
): ExportFile {
  const stem = programStem(program.filename);
  switch (kind) {
    case ExportKind.Trace:
      return { name: `${stem}.trace.txt`, type: 'text/plain', text: canonicalText(replay.events) };
    case ExportKind.Events:
      return {
        name: `${stem}.events.json`,
        type: 'application/json',
        text: exportEventLog(replay.events, program),
      };
    case ExportKind.Chrome:
      return {
        name: `${stem}.perfetto.json`,
        type: 'application/json',
        text: exportPerfetto(replay.events, {
          filename: program.filename,
          ...(clock ? { clock } : {}),
        }),
      };
  }
}
