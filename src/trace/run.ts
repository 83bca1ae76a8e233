/** Source in, canonical trace out: what the CLI, the goldens and the fuzzer compare. */
import { runProgram } from '../engine/run';
import type { RunOptions, RunStatus } from '../engine/run';
import { canonicalLines } from './canonical';

export interface TraceResult {
  lines: string[];
  status: RunStatus;
  /** `FILE:LINE:COL: Kind: message` when the program could not run; the limit message on a limit. */
  message: string | null;
}

export function runToTrace(source: string, opts: RunOptions = {}): TraceResult {
  const r = runProgram(source, opts);
  return { lines: canonicalLines(r.events), status: r.status, message: r.message };
}
