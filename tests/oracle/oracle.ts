/**
 * The CPython oracle, seen from TypeScript: find a CPython 3.13 and trace programs with
 * `tests/oracle/tracer.py --batch` (one Python process for the whole list).
 *
 * Python: `$LOOPSCOPE_PYTHON` if set, else pyenv's `python3.13` with PYENV_VERSION=3.13.0
 * (PYENV_VERSION taken from the environment when it is already set).
 *
 * Without a native CPython 3.13 (or with LOOPSCOPE_NO_NATIVE_PYTHON=1), `traceWithCPython`
 * runs CPython 3.13 in WebAssembly instead (Pyodide from node_modules, src/cpython): the
 * recorder tools/loopscope_record.py, projected to the canonical trace. So every CPython
 * comparison runs on any machine with Node; native CPython is the faster path.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { nodePyodide, traceInPyodide } from '../../src/cpython/node.ts';

/** Absolute path of compile_check.py: CPython's compile() verdict on source texts. */
export const COMPILE_CHECK_PATH = join(dirname(fileURLToPath(import.meta.url)), 'compile_check.py');
export const PUBLIC_NAMES_PATH = join(dirname(fileURLToPath(import.meta.url)), 'public_names.py');

/** What CPython's `compile()` says of one source text (see compile_check.py). */
export interface CompileVerdict {
  ok: boolean;
  kind: string;
  msg: string;
  line: number;
  /** Code points CPython's Unicode database leaves unassigned. */
  unassigned: number[];
}

/** Absolute path of tracer.py. */
export const TRACER_PATH = join(dirname(fileURLToPath(import.meta.url)), 'tracer.py');

export interface OracleProgram {
  /** Used as the program's filename in CPython and echoed back in the result. */
  name: string;
  source: string;
  /** `random.seed(seed)` before the program runs. */
  seed: number;
  /** `--set NAME=VALUE`: replaces the first top-level line `NAME = ...`. */
  set?: Record<string, string>;
}

export interface OracleResult {
  name: string;
  /** Canonical trace lines (see shared/docs/trace-format.md). */
  trace: string[];
  /**
   * null, or why the program was stopped early (the trace is then a prefix):
   * "limit" (too many lines or too much virtual time), "timeout" (wall clock),
   * "deadlock" (the loop would block forever), "syntax: ..." (does not compile),
   * "tracer: ..." (the tracer itself failed).
   */
  error: string | null;
}

export interface OracleOptions {
  /** Stop a program after this many trace lines (default 200,000). */
  maxLines?: number;
  /** Stop a program once the virtual clock passes this many seconds (default 1e6). */
  maxTime?: number;
  /** Wall-clock seconds per program (default 30). */
  timeoutSeconds?: number;
  /** Write the awaited task's name as ON instead of `future` (the reference traces use `future`). */
  onTaskName?: boolean;
}

let cached: string | null | undefined;

function pythonEnv(): NodeJS.ProcessEnv {
  return { ...process.env, PYENV_VERSION: process.env['PYENV_VERSION'] ?? '3.13.0' };
}

/**
 * The absolute path of a working CPython 3.13 executable, or null when there is none.
 * Checks `$LOOPSCOPE_PYTHON` first, then `python3.13` (pyenv, PYENV_VERSION=3.13.0).
 */
export function findPython(): string | null {
  if (cached !== undefined) return cached;
  if (process.env['LOOPSCOPE_NO_NATIVE_PYTHON'] === '1') return (cached = null);
  const candidates: string[] = [];
  const fromEnv = process.env['LOOPSCOPE_PYTHON'];
  if (fromEnv) candidates.push(fromEnv);
  candidates.push('python3.13');
  cached = null;
  for (const cmd of candidates) {
    try {
      const out = execFileSync(
        cmd,
        [
          '-c',
          'import sys; print(sys.version_info[0], sys.version_info[1]); print(sys.executable)',
        ],
        {
          env: pythonEnv(),
          encoding: 'utf8',
          timeout: 20_000,
          stdio: ['ignore', 'pipe', 'ignore'],
        },
      );
      const [version, executable] = out.trim().split('\n');
      if (version?.trim() === '3 13' && executable) {
        cached = executable.trim();
        break;
      }
    } catch {
      // not there, or not runnable: try the next one
    }
  }
  return cached;
}

/** Which CPython `traceWithCPython` runs: native CPython 3.13, or Pyodide's. */
export function oracleEngine(): 'native' | 'pyodide' {
  return findPython() === null ? 'pyodide' : 'native';
}

/**
 * Trace programs with CPython 3.13 in one batch: native CPython when there is one, else
 * CPython 3.13 in WebAssembly (`traceWithPyodide`).
 */
export function traceWithCPython(
  programs: OracleProgram[],
  options: OracleOptions = {},
): Promise<OracleResult[]> {
  const python = findPython();
  if (python === null) return traceWithPyodide(programs, options);
  const args = [TRACER_PATH, '--batch'];
  if (options.maxLines !== undefined) args.push('--max-lines', String(options.maxLines));
  if (options.maxTime !== undefined) args.push('--max-time', String(options.maxTime));
  if (options.timeoutSeconds !== undefined) args.push('--timeout', String(options.timeoutSeconds));
  if (options.onTaskName) args.push('--on-task-name');
  const input = JSON.stringify(
    programs.map((p) => ({ name: p.name, source: p.source, seed: p.seed, set: p.set ?? null })),
  );

  return new Promise<OracleResult[]>((resolve, reject) => {
    const child = spawn(python, args, { env: pythonEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const stdout = Buffer.concat(out).toString('utf8');
      if (code !== 0) {
        const stderr = Buffer.concat(err).toString('utf8');
        reject(new Error(`tracer.py --batch exited with ${String(code)}: ${stderr.slice(-2000)}`));
        return;
      }
      try {
        resolve(JSON.parse(stdout) as OracleResult[]);
      } catch (e) {
        reject(new Error(`tracer.py --batch printed no JSON: ${String(e)}`));
      }
    });
    child.stdin.on('error', reject);
    child.stdin.end(input, 'utf8');
  });
}

/**
 * CPython 3.13's `compile()` verdict on each source text, in one batch: native CPython when
 * there is one, else CPython 3.13 in WebAssembly running the same compile_check.py.
 */
export async function compileWithCPython(sources: string[]): Promise<CompileVerdict[]> {
  const input = JSON.stringify(sources);
  const python = findPython();
  if (python === null) {
    const py = await nodePyodide();
    py.globals.set('LOOPSCOPE_COMPILE_INPUT', input);
    const out = py.runPython(
      `${readFileSync(COMPILE_CHECK_PATH, 'utf8').replace(/if __name__ == "__main__":\n {4}main\(\)\n?$/, '')}\n` +
        'json.dumps([verdict(s) for s in json.loads(LOOPSCOPE_COMPILE_INPUT)])',
    );
    return JSON.parse(String(out)) as CompileVerdict[];
  }
  const r = spawnSync(python, [COMPILE_CHECK_PATH], {
    env: pythonEnv(),
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 120_000,
  });
  if (r.status !== 0) {
    throw new Error(`compile_check.py exited with ${String(r.status)}: ${r.stderr}`);
  }
  return JSON.parse(r.stdout) as CompileVerdict[];
}

/** CPython 3.13's public names, by public_names.py: of modules (and `builtins`) and of types. */
export interface PublicNames {
  modules: Record<string, string[]>;
  types: Record<string, string[]>;
  /** Which CPython answered: `native` or `pyodide`. */
  from: 'native' | 'pyodide';
}

/**
 * CPython 3.13's public names of the modules the simulator supports, of builtins and of
 * the builtin types: native CPython when there is one, else CPython 3.13 in WebAssembly
 * running the same public_names.py.
 */
export async function publicNamesFromCPython(): Promise<PublicNames> {
  const python = findPython();
  if (python === null) {
    const py = await nodePyodide();
    const out = py.runPython(
      `${readFileSync(PUBLIC_NAMES_PATH, 'utf8').replace(/if __name__ == "__main__":\n {4}main\(\)\n?$/, '')}\n` +
        'json.dumps(names())',
    );
    return { ...(JSON.parse(String(out)) as Omit<PublicNames, 'from'>), from: 'pyodide' };
  }
  const r = spawnSync(python, [PUBLIC_NAMES_PATH], {
    env: pythonEnv(),
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (r.status !== 0) {
    throw new Error(`public_names.py exited with ${String(r.status)}: ${r.stderr}`);
  }
  return { ...(JSON.parse(r.stdout) as Omit<PublicNames, 'from'>), from: 'native' };
}

/** Recorder events a canonical line may take at most (queue, handle, tick, timer...). */
const EVENTS_PER_LINE = 8;

/**
 * Trace programs with CPython 3.13 in WebAssembly, one after the other in this process's
 * Pyodide: the recorder's recording projected to the canonical trace. Errors as the batch
 * tracer's: "limit" (the trace cut to `maxLines`), "deadlock", "syntax: ...". The wall-clock
 * `timeoutSeconds` is not enforced here (a program runs to a limit), nor `onTaskName`.
 */
export async function traceWithPyodide(
  programs: OracleProgram[],
  options: OracleOptions = {},
): Promise<OracleResult[]> {
  if (options.onTaskName) throw new Error('--on-task-name needs the native tracer');
  const maxLines = options.maxLines ?? 200_000;
  const results: OracleResult[] = [];
  for (const p of programs) {
    const r = await traceInPyodide({
      filename: p.name,
      source: p.source,
      seed: p.seed,
      set: p.set ?? {},
      maxEvents: maxLines * EVENTS_PER_LINE,
      maxTime: options.maxTime ?? 1e6,
    });
    let error: string | null = null;
    if (r.status === 2) error = `syntax: ${r.message ?? ''}`;
    else if (r.limit === 'deadlock') error = 'deadlock';
    else if (r.status === 3) error = 'limit';
    if (r.lines.length > maxLines) error = 'limit';
    results.push({ name: p.name, trace: r.lines.slice(0, maxLines), error });
  }
  return results;
}

/** CPython 3.13's standard-library module names (`sys.stdlib_module_names`), sorted. */
export async function stdlibModulesFromCPython(): Promise<{
  names: string[];
  from: 'native' | 'pyodide';
}> {
  const code = 'import sys; print(" ".join(sorted(sys.stdlib_module_names)))';
  const python = findPython();
  if (python === null) {
    const py = await nodePyodide();
    const out = py.runPython('import sys\n" ".join(sorted(sys.stdlib_module_names))');
    return { names: String(out).split(' '), from: 'pyodide' };
  }
  const r = spawnSync(python, ['-c', code], {
    env: pythonEnv(),
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.status !== 0) throw new Error(`python exited with ${String(r.status)}: ${r.stderr}`);
  return { names: r.stdout.trim().split(' '), from: 'native' };
}
