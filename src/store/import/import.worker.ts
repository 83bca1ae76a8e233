/**
 * The import worker: reads a file the user opened, parses and checks it (`parseImport`),
 * off the page's thread, reporting progress as it goes. One file per worker.
 */
import { parseImport } from '../../trace/export';
import type { ImportStep } from '../../trace/export';
import { checked } from './protocol';
import type { ImportMessage, ImportRequest, ImportResult } from './protocol';
import { readFileText } from './read-file';

interface WorkerScope {
  onmessage: ((e: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportMessage): void;
}

const scope = self as unknown as WorkerScope;

/** At most one progress message every this many ms. */
const PROGRESS_MS = 100;

async function read({ file, maxBytes }: ImportRequest): Promise<void> {
  let last = 0;
  const progress = (step: ImportStep) => {
    const now = performance.now();
    if (now - last < PROGRESS_MS && step.phase !== 'parsing') return;
    last = now;
    scope.postMessage({ kind: 'progress', step });
  };
  let result: ImportResult;
  try {
    const text = await readFileText(file, progress);
    result = checked(parseImport(text, maxBytes, progress));
  } catch (err) {
    result = {
      ok: false,
      failure: { why: 'unread', detail: err instanceof Error ? err.message : String(err) },
    };
  }
  scope.postMessage({ kind: 'done', result });
}

scope.onmessage = (e) => void read(e.data);
