/** Opening a file: checked for size before it is read, then handed to the store as text. */
import { useCallback, useEffect } from 'react';
import { useStoreApi } from '../../store/react';
import { tooBigMessage } from '../../store/io-slice';

export function useImportFile(): (file: File) => Promise<void> {
  const store = useStoreApi();
  return useCallback(
    async (file: File) => {
      const { importText, rejectImport } = store.getState();
      const tooBig = tooBigMessage(file.size);
      if (tooBig !== null) {
        rejectImport(tooBig);
        return;
      }
      let text: string;
      try {
        text = await file.text();
      } catch (e) {
        rejectImport(`The file could not be read: ${e instanceof Error ? e.message : String(e)}`);
        return;
      }
      importText(text, file.name);
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
