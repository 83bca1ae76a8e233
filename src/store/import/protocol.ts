/** Messages between the page and the import worker, which reads and checks a file. */
import type { Imported, ImportStep } from '../../trace/export';

export interface ImportRequest {
  readonly file: File;
  readonly maxBytes: number;
}

/** Why a file was not imported; the page words it (src/ui/io/words.ts). */
export type ImportFailure =
  /** Its contents were refused: the importer's message (`parseImport`, trace/export.ts). */
  | { readonly why: 'refused'; readonly message: string }
  /** Reading it failed: the browser's message. */
  | { readonly why: 'unread'; readonly detail: string }
  /** The import worker failed (`detail` empty when it said nothing). */
  | { readonly why: 'worker'; readonly detail: string };

export type ImportResult =
  | { readonly ok: true; readonly value: Imported }
  | { readonly ok: false; readonly failure: ImportFailure };

export type ImportMessage =
  | { readonly kind: 'progress'; readonly step: ImportStep }
  | { readonly kind: 'done'; readonly result: ImportResult };

/** `parseImport`'s answer as an import result: its refusal is the file's contents refused. */
export function checked(
  parsed: { ok: true; value: Imported } | { ok: false; message: string },
): ImportResult {
  return parsed.ok ? parsed : { ok: false, failure: { why: 'refused', message: parsed.message } };
}
