/** Messages between the page and the CPython worker (CPython 3.13 in WebAssembly). */

/** Run a program in CPython on the virtual clock. */
export interface CpythonRunRequest {
  /** Increases with each request; the worker answers only the latest it has seen. */
  readonly id: number;
  readonly source: string;
  readonly seed: number;
  readonly maxEvents: number;
}

export type CpythonMessage =
  /** Bytes of Pyodide's files read so far (about 11 MB in all). */
  | { readonly type: 'progress'; readonly loaded: number; readonly total: number }
  /** Pyodide is loaded: runs start now (their wall-clock budget counts from here). */
  | { readonly type: 'ready'; readonly ms: number }
  /** A run began (requests that arrived while another ran may be skipped). */
  | { readonly type: 'started'; readonly id: number }
  /**
   * A run's answer: status 0 (recording), 3 (recording stopped at a limit), 2 (the program
   * could not run: `text` says why), or `failed` (CPython itself could not start or crashed).
   */
  | {
      readonly type: 'result';
      readonly id: number;
      readonly status: 0 | 2 | 3;
      readonly text: string;
    }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };
