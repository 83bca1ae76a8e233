/** Messages between the page and the import worker, which reads and checks a file. */
import type { Imported, ImportStep } from '../../trace/export';

export interface ImportRequest {
  readonly file: File;
  readonly maxBytes: number;
}

export type ImportMessage =
  | { readonly kind: 'progress'; readonly step: ImportStep }
  | {
      readonly kind: 'done';
      readonly result: { ok: true; value: Imported } | { ok: false; message: string };
    };
