/**
 * CPython 3.13 in WebAssembly (Pyodide) running Loopscope's recorder: the part shared by
 * Node (the CLI's `--engine cpython`, the tests) and the page's worker. The tracing code is
 * tools/loopscope_record.py itself, the same file native CPython runs; each side hands its
 * text in (Node reads it from disk, the page bundles it).
 *
 * No DOM, no Node: only the few members of a Pyodide instance used here.
 */

/** What the recorder needs of a loaded Pyodide. */
export interface PyodideLike {
  FS: { mkdirTree(path: string): void; writeFile(path: string, data: string): void };
  runPython(code: string, options?: { globals?: unknown }): unknown;
  globals: { set(name: string, value: unknown): void };
}

/** A program for the recorder, on the virtual clock. */
export interface CpythonRequest {
  /** The program's file name (`main.py` on the page). */
  readonly filename: string;
  readonly source: string;
  /** `random.seed(seed)` first. */
  readonly seed: number;
  /** `--set NAME=VALUE`: replaces the first top-level line `NAME = ...`. */
  readonly set?: Readonly<Record<string, string>>;
  /** Stop after this many events (the recorder's --max-events). */
  readonly maxEvents?: number;
  /** Stop once the virtual clock passes this many seconds (--max-time). */
  readonly maxTime?: number;
}

/**
 * 0: the recording; 3: the recording, stopped at a limit; 2: the program could not run
 * (`text` says why, as `FILE:LINE: SyntaxError: ...`).
 */
export interface CpythonOutcome {
  readonly status: 0 | 2 | 3;
  readonly text: string;
}

/** Where the recorder lives in Pyodide's file system. */
const DIR = '/loopscope';
export const DEFAULT_MAX_EVENTS = 200_000;
export const DEFAULT_MAX_TIME = 1e6;

/** Puts the recorder into a freshly loaded Pyodide, once. */
export function installRecorder(py: PyodideLike, recorderSource: string): void {
  py.FS.mkdirTree(DIR);
  py.FS.writeFile(`${DIR}/loopscope_record.py`, recorderSource);
  py.runPython(`import sys
if ${JSON.stringify(DIR)} not in sys.path:
    sys.path.insert(0, ${JSON.stringify(DIR)})

def _lsc_record(request):
    import json, loopscope_record
    status, text = loopscope_record.record_source(**json.loads(request))
    return f"{status}\\n{text}"`);
}

/** Records one program (the recorder must be installed). */
export function recordWith(py: PyodideLike, request: CpythonRequest): CpythonOutcome {
  py.globals.set(
    '_lsc_request',
    JSON.stringify({
      filename: request.filename,
      source: request.source,
      seed: request.seed,
      sets: { ...(request.set ?? {}) },
      max_events: request.maxEvents ?? DEFAULT_MAX_EVENTS,
      max_time: request.maxTime ?? DEFAULT_MAX_TIME,
    }),
  );
  const out = py.runPython('_lsc_record(_lsc_request)');
  if (typeof out !== 'string') throw new Error('the recorder returned no text');
  const nl = out.indexOf('\n');
  const status = Number(out.slice(0, nl));
  return { status: status === 2 ? 2 : status === 3 ? 3 : 0, text: out.slice(nl + 1) };
}
