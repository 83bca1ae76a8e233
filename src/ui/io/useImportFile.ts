/**
 * Opening a file: checked for size before it is read, then read and checked in a worker
 * (with progress in the banner), and handed to the store.
 */
import { useCallback, useEffect, useRef } from 'react';
import { useStoreApi } from '../../store/react';
import { MAX_IMPORT_BYTES } from '../../store/io-slice';
import { describeStep, importFailure, tooBigMessage } from './words';
import { readImport } from '../../store/import/import-runner';

export function useImportFile(): (file: File) => Promise<void> {
  const store = useStoreApi();
  // Only the latest file opened lands on the page.
  const latest = useRef(0);
  return useCallback(
    async (file: File) => {
      const { rejectImport, setImportProgress } = store.getState();
      const tooBig = tooBigMessage(file.size);
      if (tooBig !== null) {
        rejectImport(tooBig);
        return;
      }
      const id = ++latest.current;
      setImportProgress(`Opening ${file.name}…`);
      const result = await readImport(file, MAX_IMPORT_BYTES, (step) => {
        if (id === latest.current) setImportProgress(describeStep(step));
      });
      if (id !== latest.current) return;
      if (result.ok) store.getState().importParsed(result.value, file.name);
      else rejectImport(importFailure(result.failure));
    },
    [store],
  );
}

const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

/** A file dropped anywhere on the page is imported (the browser would otherwise open it). */
export function useFileDrop(open: (file: File) => Promise<void>): void {
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      const file = e.dataTransfer?.files[0];
      if (file) void open(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [open]);
}
