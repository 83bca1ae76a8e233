/**
 * Reads an imported file in a worker (src/store/import/import.worker.ts), so that a large
 * one never stalls the page, and reports its progress as words for the banner.
 */
import { formatSize, parseImport } from '../../trace/export';
import type { Imported, ImportStep } from '../../trace/export';
import { count } from '../../limits';
import type { ImportMessage } from './protocol';
import { readFileText } from './read-file';

export type ImportResult = { ok: true; value: Imported } | { ok: false; message: string };

/** "Reading lesson.json: 12 MB of 30 MB", "Checking events: 100,000 of 500,001". */
export function describeStep(step: ImportStep): string {
  switch (step.phase) {
    case 'reading':
      return `Reading the file: ${formatSize(step.done)} of ${formatSize(step.total)}…`;
    case 'parsing':
      return 'Parsing the JSON…';
    case 'checking':
      return `Checking events: ${count(step.done)} of ${count(step.total)}…`;
  }
}

/** Reads and checks `file` off the main thread (on it where there are no workers: tests). */
export function readImport(
  file: File,
  maxBytes: number,
  onProgress: (words: string) => void,
): Promise<ImportResult> {
  if (typeof Worker === 'undefined') {
    return readFileText(file, (s) => onProgress(describeStep(s))).then((text) =>
      parseImport(text, maxBytes, (s) => onProgress(describeStep(s))),
    );
  }
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<ImportResult>((resolve) => {
    const end = (result: ImportResult) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (e: MessageEvent<ImportMessage>) => {
      const m = e.data;
      if (m.kind === 'progress') onProgress(describeStep(m.step));
      else end(m.result);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      end({
        ok: false,
        message: `The file could not be read: the import worker failed (${e.message || 'out of memory?'}).`,
      });
    };
    worker.postMessage({ file, maxBytes });
  });
}
