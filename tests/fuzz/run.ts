/**
 * The differential fuzzer: random asyncio programs through CPython 3.13 and the engine.
 *
 *   npm run fuzz -- [--count N] [--seed S] [--keep DIR] [--seeds A,B,...] [--jobs J] [--print S]
 *                   [--coros]
 *
 * Generates N programs (seeds S … S+N-1; default 200 from 1), traces them all with CPython
 * (tests/oracle/tracer.py --batch), runs the engine on each and compares the canonical traces
 * line by line. Each difference is reported with its seed and first differing line, and its
 * program and both traces are written to DIR (default /tmp/loopscope-fuzz). Programs that
 * CPython itself stops (limit, deadlock, timeout) are skipped and counted. Exits 1 on any
 * difference. `--print S` only prints the program for seed S. `--coros` takes the programs
 * from gen-coros.ts (coroutine objects passed around, never awaited) and counts the
 * programs the engine refuses (NotSupported) apart from the differences.
 */
import { describeDiff, fuzzSeeds, keepDiff } from './compare.ts';
import type { FuzzOutcome } from './compare.ts';
import { generateProgram } from './generate.ts';
import { generateCoroProgram } from './gen-coros.ts';
import { oracleEngine } from '../oracle/oracle.ts';

function parseArgs(argv: string[]): Map<string, string> {
  const m = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
    if (a === '--coros') {
      m.set('coros', '1');
      continue;
    }
    const eq = a.indexOf('=');
    const k = eq >= 0 ? a.slice(2, eq) : a.slice(2);
    const v = eq >= 0 ? a.slice(eq + 1) : argv[++i];
    if (v === undefined) throw new Error(`${a} needs a value`);
    m.set(k, v);
  }
  return m;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const generate = args.has('coros') ? generateCoroProgram : generateProgram;
  if (args.has('print')) {
    process.stdout.write(generate(Number(args.get('print'))));
    return 0;
  }
  const count = Number(args.get('count') ?? 200);
  const start = Number(args.get('seed') ?? 1);
  const keep = args.get('keep') ?? '/tmp/loopscope-fuzz';
  const jobs = Number(args.get('jobs') ?? 2);
  const seeds = args.has('seeds')
    ? args.get('seeds')!.split(',').map(Number)
    : Array.from({ length: count }, (_, i) => start + i);
  if (seeds.some((s) => !Number.isInteger(s) || s < 0)) throw new Error('seeds are integers >= 0');
  if (oracleEngine() === 'pyodide') {
    process.stderr.write('no native CPython 3.13: comparing with CPython 3.13 in WebAssembly\n');
  }

  const t0 = performance.now();
  const outcomes = await fuzzSeeds(seeds, { jobs, generate });
  // With --coros, a refusal (the engine cannot tell when CPython warns) is not a difference.
  // A refusal (located, the trace so far CPython's) is counted, not a difference.
  const refused = (o: FuzzOutcome): boolean => o.kind === 'refused';
  const diffs = outcomes.filter((o) => o.kind === 'diff' && !refused(o));
  const refusals = outcomes.filter(refused);
  const skipped = outcomes.filter((o) => o.kind === 'skipped');
  for (const o of diffs) {
    process.stdout.write(`${describeDiff(o)}\n  kept: ${keepDiff(o, keep)}.py\n\n`);
  }
  const reasons = new Map<string, number[]>();
  for (const o of refusals) {
    const k = (o.note ?? '').replace(/^.*NotSupported: /, '');
    reasons.set(k, [...(reasons.get(k) ?? []), o.seed]);
  }
  for (const [k, s] of reasons)
    process.stdout.write(`refused ${s.length}× (seeds ${s.slice(0, 5).join(',')}): ${k}\n`);
  const why = new Map<string, number>();
  for (const o of skipped) {
    const k = (o.note ?? '').split(':')[0]!;
    why.set(k, (why.get(k) ?? 0) + 1);
  }
  const skippedText = skipped.length
    ? `, ${skipped.length} skipped (CPython: ${[...why].map(([k, n]) => `${n} ${k}`).join(', ')})`
    : '';
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  process.stdout.write(
    `${outcomes.length} programs, ${diffs.length} differences${skippedText}${`, ${refusals.length} refused`} [seeds ${seeds[0]}…${seeds[seeds.length - 1]}, ${secs}s]\n`,
  );
  if (diffs.length)
    process.stdout.write(`differing seeds: ${diffs.map((o) => o.seed).join(',')}\n`);
  return diffs.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(2);
  },
);
