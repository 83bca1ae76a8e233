/** What the export menu downloads: the run on screen as a file named after its program. */
import type { ImportedOrigin } from '../../store/io-slice';
import type { RunView } from '../../store/types';
import { runFile } from '../../trace/run-files';
import type { ExportFile, ExportKind } from '../../trace/run-files';

/** The page's own program is `main.py`, like the simulator calls it. */
const PAGE_FILENAME = 'main.py';

/** The file of `kind` for `run`: made by the page's program, or by the imported file's. */
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
  return runFile(kind, run.replay, program, origin?.clock ?? null);
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
