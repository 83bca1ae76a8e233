/**
 * Reads an imported file in a worker (src/store/import/import.worker.ts), so that a large
 * one never stalls the page, and reports its progress step by step (the banner words them:
 * src/ui/io/words.ts).
 */
import { parseImport } from '../../trace/export';
import type { ImportStep } from '../../trace/export';
import { checked } from './protocol';
import type { ImportMessage, ImportResult } from './protocol';
import { readFileText } from './read-file';

export type { ImportFailure, ImportResult } from './protocol';

/** Reads and checks `file` off the main thread (on it where there are no workers: tests). */
export function readImport(
  file: File,
  maxBytes: number,
  onProgress: (step: ImportStep) => void,
): Promise<ImportResult> {
  if (typeof Worker === 'undefined') {
    return readFileText(file, onProgress).then((text) =>
      checked(parseImport(text, maxBytes, onProgress)),
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
      if (m.kind === 'progress') onProgress(m.step);
      else end(m.result);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      end({ ok: false, failure: { why: 'worker', detail: e.message } });
    };
    worker.postMessage({ file, maxBytes });
  });
}
