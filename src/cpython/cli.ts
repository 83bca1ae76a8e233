/**
 * `npm run trace -- FILE.py --engine cpython`: the canonical trace from CPython 3.13 in
 * WebAssembly (Pyodide, loaded from node_modules; no system Python needed). Same exit
 * codes as the simulator's path: 0 ran, 2 could not run, 3 a limit stopped it.
 */
import { basename } from 'node:path';

import { traceInPyodide } from './node';

export interface CpythonCliOptions {
  readonly seed: number | bigint | string;
  readonly set: Readonly<Record<string, string>>;
  readonly maxEvents?: number;
  readonly maxTime?: number;
}

/** Prints the trace; returns the exit status. */
export async function traceCpythonCli(
  file: string,
  source: string,
  opts: CpythonCliOptions,
): Promise<number> {
  const seed = Number(opts.seed);
  if (!Number.isSafeInteger(seed)) {
    process.stderr.write(`--engine cpython takes an integer seed, got '${String(opts.seed)}'\n`);
    return 2;
  }
  const r = await traceInPyodide({
    filename: basename(file),
    source,
    seed,
    set: opts.set,
    ...(opts.maxEvents === undefined ? {} : { maxEvents: opts.maxEvents }),
    ...(opts.maxTime === undefined ? {} : { maxTime: opts.maxTime }),
  });
  if (r.lines.length) process.stdout.write(r.lines.join('\n') + '\n');
  if (r.status === 2) process.stderr.write(`${r.message ?? 'the program could not run'}\n`);
  // The recorder's limit messages name their flag (`(--max-events)`).
  if (r.status === 3) process.stderr.write(`${file}: stopped: ${r.message ?? 'a limit'}\n`);
  return r.status;
}
