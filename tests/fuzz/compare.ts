/**
 * The differential check behind the fuzzer: generate programs, trace them with CPython 3.13
 * (tests/oracle) and with the engine, and compare the canonical traces line by line.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { runToTrace } from '../../src/trace/run.ts';
import { traceWithCPython } from '../oracle/oracle.ts';
import type { OracleProgram, OracleResult } from '../oracle/oracle.ts';
import { generateProgram } from './generate.ts';

export interface FuzzOutcome {
  seed: number;
  name: string;
  source: string;
  /**
   * `same`, `diff`, or `skipped` (CPython itself reported an error: limit, timeout, ...; a
   * deadlock counts as skipped only when the engine deadlocks too, with the same trace).
   */
  kind: 'same' | 'diff' | 'skipped' | 'refused';
  cpython: string[];
  engine: string[];
  /** CPython's error for a skipped program; the engine's status and message for a diff. */
  note: string | null;
  /** Index of the first differing line (diff only). */
  at: number;
}

export interface FuzzOptions {
  /** CPython batches run at once (default 2). */
  jobs?: number;
  /** Programs per CPython batch (default 100). */
  batchSize?: number;
  /** The program generator (default generate.ts's). */
  generate?: (seed: number) => string;
}

export const programName = (seed: number): string => `fuzz_${seed}.py`;

async function traceAll(programs: OracleProgram[], opts: FuzzOptions): Promise<OracleResult[]> {
  const size = opts.batchSize ?? 100;
  const batches: OracleProgram[][] = [];
  for (let i = 0; i < programs.length; i += size) batches.push(programs.slice(i, i + size));
  const results: OracleResult[][] = new Array<OracleResult[]>(batches.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < batches.length) {
      const i = next++;
      results[i] = await traceWithCPython(batches[i]!, { timeoutSeconds: 20 });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.jobs ?? 2) }, worker));
  return results.flat();
}

/** Compares one program's two traces. */
export function compareOne(seed: number, source: string, cpython: OracleResult): FuzzOutcome {
  const name = programName(seed);
  const base = { seed, name, source, cpython: cpython.trace };
  // A program CPython stops (limit, timeout, ...) is skipped. A deadlock is still compared:
  // the engine must stop at the same point, with the same trace so far.
  const deadlock = cpython.error === 'deadlock';
  if (cpython.error !== null && !deadlock) {
    return { ...base, kind: 'skipped', engine: [], note: cpython.error, at: -1 };
  }
  const r = runToTrace(source, { filename: name, seed });
  const engineDeadlock = r.status === 'limit' && (r.message ?? '').includes('waits forever');
  const note =
    deadlock === engineDeadlock && (r.status === 'ok' || engineDeadlock)
      ? null
      : `engine status ${r.status}: ${r.message ?? ''}${deadlock ? ' (CPython: deadlock)' : ''}`;
  const n = Math.max(r.lines.length, cpython.trace.length);
  let at = -1;
  for (let i = 0; i < n; i++) {
    if (r.lines[i] !== cpython.trace[i]) {
      at = i;
      break;
    }
  }
  // Refused at run time, located, where the trace so far is still CPython's: honest, not a
  // difference (what the engine cannot time exactly, e.g. a coroutine freed by a cancel).
  if (
    r.status === 'invalid' &&
    new RegExp(`^${name.replace('.', '\\.')}:\\d+:\\d+: NotSupported: `).test(r.message ?? '') &&
    r.lines.every((l, i) => l === cpython.trace[i])
  )
    return { ...base, kind: 'refused', engine: r.lines, note, at: r.lines.length };
  if (at < 0 && note !== null) at = r.lines.length;
  if (at < 0 && deadlock)
    return { ...base, kind: 'skipped', engine: r.lines, note: 'deadlock', at };
  return { ...base, kind: at < 0 ? 'same' : 'diff', engine: r.lines, note, at };
}

/** Generates, traces and compares the programs for these seeds. */
export async function fuzzSeeds(seeds: number[], opts: FuzzOptions = {}): Promise<FuzzOutcome[]> {
  const sources = seeds.map((s) => (opts.generate ?? generateProgram)(s));
  const traced = await traceAll(
    seeds.map((s, i) => ({ name: programName(s), source: sources[i]!, seed: s })),
    opts,
  );
  return seeds.map((s, i) => compareOne(s, sources[i]!, traced[i]!));
}

const show = (line: string | undefined): string => (line === undefined ? '(no line)' : line);

/** Seed, first differing line (engine vs CPython) with a little context, the engine's note. */
export function describeDiff(o: FuzzOutcome): string {
  const out = [`seed ${o.seed}: first difference at trace line ${o.at + 1}`];
  for (let i = Math.max(0, o.at - 2); i < o.at; i++) out.push(`    ${show(o.cpython[i])}`);
  out.push(`  engine:  ${show(o.engine[o.at])}`, `  cpython: ${show(o.cpython[o.at])}`);
  if (o.note) out.push(`  ${o.note}`);
  return out.join('\n');
}

/** Writes the program and both traces of a difference to DIR. */
export function keepDiff(o: FuzzOutcome, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const stem = join(dir, `fuzz_${o.seed}`);
  writeFileSync(`${stem}.py`, o.source);
  writeFileSync(`${stem}.cpython.trace`, o.cpython.map((l) => `${l}\n`).join(''));
  writeFileSync(
    `${stem}.engine.trace`,
    o.engine.map((l) => `${l}\n`).join('') + (o.note ? `# ${o.note}\n` : ''),
  );
  return stem;
}
