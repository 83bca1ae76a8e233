/**
 * Runs programs in CPython 3.13 (WebAssembly) in a Web Worker, created the first time it is
 * needed. A run that passes the wall-clock budget (an endless loop) ends the worker; the next
 * run starts a new one (and loads Pyodide again, from the browser's cache).
 */
import type { CpythonMessage } from './protocol';

/** How long one CPython run may take, in real time, once Pyodide is loaded. */
export const CPYTHON_BUDGET_MS = 10_000;
/** How long loading Pyodide may take. */
export const CPYTHON_LOAD_BUDGET_MS = 120_000;

export interface CpythonRun {
  readonly id: number;
  readonly source: string;
  readonly seed: number;
  readonly maxEvents: number;
}

/** Why CPython gave no run; the page words it (src/ui/cpython/words.ts). */
export type CpythonFailure =
  /** The run passed its wall-clock budget (an endless loop?). */
  | { readonly why: 'run-limit'; readonly ms: number }
  /** Loading Pyodide passed its budget. */
  | { readonly why: 'load-limit'; readonly ms: number }
  /** The user pressed Stop. */
  | { readonly why: 'stopped' }
  /** CPython itself failed: its message. */
  | { readonly why: 'crashed'; readonly detail: string }
  /** The worker failed (`detail` empty: it could not start). */
  | { readonly why: 'worker'; readonly detail: string }
  /** CPython's recording did not open: the importer's message. */
  | { readonly why: 'unreadable'; readonly detail: string }
  /** The program could not run in CPython: CPython's own message (a SyntaxError...). */
  | { readonly why: 'invalid'; readonly detail: string };

export type CpythonAnswer =
  | { readonly kind: 'recording'; readonly text: string; readonly limited: boolean }
  /** The program could not run in CPython: its own message (a SyntaxError...). */
  | { readonly kind: 'invalid'; readonly message: string }
  | { readonly kind: 'failed'; readonly failure: CpythonFailure };

/**
 * Where a request stands: Pyodide's files loading (bytes read so far, and in all), or the
 * program running (its wall-clock budget counting). Null between the two and after.
 */
export type CpythonStatus =
  | { readonly phase: 'loading'; readonly loaded: number; readonly total: number }
  | { readonly phase: 'running' };

export interface CpythonRunner {
  /**
   * Answers null for a request that a later one superseded. `onStatus` hears Pyodide's
   * loading (bytes so far), null once it is ready, that the program runs, and null once it
   * is answered or failed.
   */
  run(
    request: CpythonRun,
    onStatus?: (s: CpythonStatus | null) => void,
  ): Promise<CpythonAnswer | null>;
  /** Ends the run in progress (its worker too), answering it as stopped; false if none. */
  stop(): boolean;
  dispose(): void;
}

export interface CpythonRunnerOptions {
  budgetMs?: number;
  loadBudgetMs?: number;
  /** Makes the worker (tests pass their own). */
  createWorker?: () => Worker;
}

export function createCpythonRunner(options: CpythonRunnerOptions = {}): CpythonRunner {
  const budget = options.budgetMs ?? CPYTHON_BUDGET_MS;
  const loadBudget = options.loadBudgetMs ?? CPYTHON_LOAD_BUDGET_MS;
  const make =
    options.createWorker ??
    (() => new Worker(new URL('./cpython.worker.ts', import.meta.url), { type: 'module' }));
  let worker: Worker | null = null;
  let onStatus: ((s: CpythonStatus | null) => void) | undefined;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const waiting = new Map<number, (a: CpythonAnswer | null) => void>();

  const clearTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const answerAll = (answer: CpythonAnswer | null) => {
    for (const resolve of waiting.values()) resolve(answer);
    waiting.clear();
  };
  const stop = (failure: CpythonFailure | null) => {
    clearTimer();
    worker?.terminate();
    worker = null;
    onStatus?.(null);
    answerAll(failure === null ? null : { kind: 'failed', failure });
  };
  const arm = (failure: { why: 'run-limit' | 'load-limit'; ms: number }) => {
    clearTimer();
    timer = setTimeout(() => stop(failure), failure.ms);
  };
  const settle = (id: number, answer: CpythonAnswer) => {
    clearTimer();
    onStatus?.(null);
    for (const [k, resolve] of waiting) {
      // The worker runs only the latest request it saw; earlier ones were superseded.
      if (k <= id) {
        resolve(k === id ? answer : null);
        waiting.delete(k);
      }
    }
  };

  const start = (): Worker => {
    const w = make();
    w.onmessage = (e: MessageEvent<CpythonMessage>) => {
      const m = e.data;
      if (m.type === 'progress') onStatus?.({ phase: 'loading', loaded: m.loaded, total: m.total });
      else if (m.type === 'ready') {
        onStatus?.(null);
        clearTimer();
      } else if (m.type === 'started') {
        arm({ why: 'run-limit', ms: budget });
        onStatus?.({ phase: 'running' });
      } else if (m.type === 'result') {
        settle(
          m.id,
          m.status === 2
            ? { kind: 'invalid', message: m.text }
            : { kind: 'recording', text: m.text, limited: m.status === 3 },
        );
      } else {
        stop({ why: 'crashed', detail: m.message });
      }
    };
    w.onerror = (e) => {
      e.preventDefault();
      stop({ why: 'worker', detail: e.message });
    };
    return w;
  };

  return {
    run(request, listener) {
      onStatus = listener;
      return new Promise((resolve) => {
        if (worker === null) {
          worker = start();
          arm({ why: 'load-limit', ms: loadBudget });
        }
        waiting.set(request.id, resolve);
        worker.postMessage(request);
      });
    },
    stop: () => {
      if (waiting.size === 0) return false;
      stop({ why: 'stopped' });
      return true;
    },
    dispose: () => stop(null),
  };
}
