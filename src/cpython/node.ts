/**
 * CPython 3.13 in WebAssembly under Node: Pyodide loaded from node_modules (no network),
 * with PYTHONHASHSEED=0 as the oracle runs, and the recorder (tools/loopscope_record.py)
 * installed. One instance per process, loaded on first use (3–7 s).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { canonicalLines } from '../trace/canonical';
import { parseImport } from '../trace/export';
import { installRecorder, recordWith } from './recorder';
import type { CpythonRequest, PyodideLike } from './recorder';

const RECORDER = join('tools', 'loopscope_record.py');

/**
 * The one copy of the tracing code, in the repository this file is in: two levels up from
 * src/cpython, one from the CLI's bundle (dist-cli, scripts/build-cli.mjs).
 */
export const RECORDER_PATH = ((): string => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, RECORDER)) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, RECORDER);
})();

let loading: Promise<PyodideLike> | null = null;

/** The process's Pyodide, with the recorder installed. */
export function nodePyodide(): Promise<PyodideLike> {
  loading ??= (async () => {
    const indexURL = dirname(createRequire(import.meta.url).resolve('pyodide/package.json'));
    const { loadPyodide } = await import('pyodide');
    const py = await loadPyodide({
      indexURL: indexURL + '/',
      env: { PYTHONHASHSEED: '0', HOME: '/home/pyodide' },
      stdout: () => {},
      stderr: () => {},
    });
    installRecorder(py as unknown as PyodideLike, readFileSync(RECORDER_PATH, 'utf8'));
    return py as unknown as PyodideLike;
  })();
  return loading;
}

export interface CpythonTrace {
  /** Canonical trace lines (shared/docs/trace-format.md). */
  readonly lines: string[];
  /** 0 ran, 2 could not run, 3 stopped at a limit (or a virtual-clock deadlock). */
  readonly status: 0 | 2 | 3;
  /** Why it could not run, or the limit's message; null when it ran. */
  readonly message: string | null;
  /** The limit that stopped it (`events`, `time`, `deadlock`), or null. */
  readonly limit: string | null;
}

/** Records a program in Pyodide and projects the recording to its canonical trace. */
export async function traceInPyodide(request: CpythonRequest): Promise<CpythonTrace> {
  const out = recordWith(await nodePyodide(), request);
  if (out.status === 2) return { lines: [], status: 2, message: out.text, limit: null };
  const parsed = parseImport(out.text, Infinity);
  if (!parsed.ok) throw new Error(`the recording does not open: ${parsed.message}`);
  const events = parsed.value.events;
  const last = events.at(-1);
  const stop = last?.type === 'limit' ? last : null;
  return {
    lines: canonicalLines(events),
    status: out.status,
    message: stop ? stop.message : null,
    limit: stop ? stop.limit : null,
  };
}
