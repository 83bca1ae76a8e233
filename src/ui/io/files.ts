/** What the export menu downloads: the run on screen as three files named after its program. */
import { canonicalText, exportEventLog } from '../../trace/export';
import { exportPerfetto } from '../../trace/perfetto';
import type { ImportedOrigin } from '../../store/io-slice';
import type { RunView } from '../../store/types';

export const ExportKind = { Trace: 'trace', Events: 'events', Chrome: 'chrome' } as const;
export type ExportKind = (typeof ExportKind)[keyof typeof ExportKind];

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

/** The page's own program is `main.py`, like the simulator calls it. */
const PAGE_FILENAME = 'main.py';

/** `lesson.py` → `lesson`; a name with no usable stem becomes `main`. */
export function programStem(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.[^.]*$/, '').replace(/[^\w.-]+/g, '_');
  return stem === '' || stem === '_' ? 'main' : stem;
}

export function exportFile(
  kind: ExportKind,
  run: RunView,
  origin: ImportedOrigin | null,
): ExportFile {
  const program = origin?.program ?? {
    source: run.source,
    filename: PAGE_FILENAME,
    seed: run.seed,
    set: {},
  };
  const stem = programStem(program.filename);
  switch (kind) {
    case ExportKind.Trace:
      return { name: `${stem}.trace.txt`, type: 'text/plain', text: canonicalText(run.events) };
    case ExportKind.Events:
      return {
        name: `${stem}.events.json`,
        type: 'application/json',
        text: exportEventLog(run.events, program),
      };
    case ExportKind.Chrome:
      return {
        name: `${stem}.perfetto.json`,
        type: 'application/json',
        text: exportPerfetto(run.events, {
          filename: program.filename,
          ...(origin?.clock ? { clock: origin.clock } : {}),
        }),
      };
  }
}

/** Saves `file` through a temporary object URL and an `<a download>`. */
export function download(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: `${file.type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the click; the URL may go once this task is over.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
