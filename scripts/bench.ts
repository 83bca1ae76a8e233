/**
 * `npm run bench`: bign.py (the gather of N = 100,000 randn()) through the engine and
 * through plain CPython 3.13, side by side in one run, time and peak memory, each run a
 * whole process measured from outside (scripts/bench_run.py: wall time from start to exit,
 * CPU time, peak RSS, startup included), the three kinds of run alternating:
 *
 * - CPython 3.13, plain (scripts/bench_cpython.py): C tasks, a virtual clock, no tracer
 *   overrides, gc as it comes;
 * - the engine as `npm run trace` runs it (node with TRACE_NODE_FLAGS, scripts/trace.mjs,
 *   which runs the prebuilt CLI dist-cli/loopscope-trace.mjs): the canonical trace streamed
 *   to a file, no event kept;
 * - the engine as the page runs it (scripts/bench-engine.ts, bundled the same way): every
 *   event kept, line events and loop detail.
 *
 * Prints the medians (wall time, CPU time, peak RSS) with the ratios to CPython and issue
 * 14's targets beside them: the engine at half CPython's time, in no more memory.
 *
 *   npm run bench [-- --n 100000] [--runs 5]
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

import { findPython } from '../tests/oracle/oracle.ts';
import { CLI_DIR, ROOT, TRACE_NODE_FLAGS, buildCli, bundle } from './build-cli.mjs';

const root = ROOT;
const program = join(root, 'tests', 'programs', 'bign.py');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args[i + 1];
};
const n = Number(option('--n')) || 100_000;
const runs = Number(option('--runs')) || 5;
const tmp = process.env.TMPDIR ?? '/tmp';
// per process: other benches may run beside this one on a shared machine
const trace = join(tmp, `loopscope-bench-${process.pid}.trace`);
const scratch = join(tmp, `loopscope-bench-${process.pid}.out`);

/** Issue 14's targets, as ratios to plain CPython. */
const TARGET_TIME = 0.5;
const TARGET_MEMORY = 1.0;

interface Measure {
  /** Wall time of the whole process, start to exit. */
  seconds: number;
  /** CPU time of the process (user + system, all threads): steadier on a busy machine. */
  cpuSeconds: number;
  peakBytes: number;
}

const python = findPython();
/** Any Python 3 runs the measuring wrapper; CPython 3.13 is the baseline. */
const wrapper = python ?? 'python3';

function measure(out: string, cmd: string, argv: string[]): Measure {
  const got = execFileSync(wrapper, [join(root, 'scripts', 'bench_run.py'), out, cmd, ...argv], {
    encoding: 'utf8',
  });
  const m = JSON.parse(got.trim().split('\n').pop()!) as Measure & { status: string };
  if (m.status !== 'ok') throw new Error(`${cmd} ${argv.join(' ')}: ${m.status}`);
  return m;
}

// Bundled first, as `npm run trace` is: no run pays a TypeScript transpile.
await buildCli();
await bundle('scripts/bench-engine.ts', 'bench-engine.mjs');
const benchEngine = join(CLI_DIR, 'bench-engine.mjs');
/** What `npm run trace` runs, with its Node flags (node's own process; npm's adds its start on top). */
const launcher = join(root, 'scripts', 'trace.mjs');

const set = ['--set', `N=${n}`];
const kinds: { name: string; run: () => Measure; got: Measure[] }[] = [
  {
    name: 'engine, as npm run trace',
    run: () => measure(trace, process.execPath, [...TRACE_NODE_FLAGS, launcher, program, ...set]),
    got: [],
  },
  {
    name: 'engine, as the page runs it',
    run: () => measure(scratch, process.execPath, [benchEngine, program, '--mode', 'page', ...set]),
    got: [],
  },
];
if (python) {
  kinds.unshift({
    name: 'CPython 3.13, plain',
    run: () =>
      measure(scratch, python, [join(root, 'scripts', 'bench_cpython.py'), program, ...set]),
    got: [],
  });
}

console.log(
  `bign.py with N = ${n.toLocaleString('en-US')}: ${runs} runs of each, alternating, each a whole process`,
);
for (let i = 0; i < runs; i++) for (const k of kinds) k.got.push(k.run());

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const mib = (b: number): string => `${(b / 2 ** 20).toFixed(0)} MiB`;
const secs = (x: number): string => `${x.toFixed(3)} s`;
const base = python ? kinds[0]! : null;
const med = (k: (typeof kinds)[number], f: (m: Measure) => number): number => median(k.got.map(f));
const columns: {
  name: string;
  of: (m: Measure) => number;
  show: (x: number) => string;
  target: number;
}[] = [
  { name: 'time', of: (m) => m.seconds, show: secs, target: TARGET_TIME },
  { name: 'CPU time', of: (m) => m.cpuSeconds, show: secs, target: TARGET_TIME },
  { name: 'peak memory', of: (m) => m.peakBytes, show: mib, target: TARGET_MEMORY },
];
const header = [''];
for (const c of columns) header.push(`${c.name} (median)`, 'vs CPython (target)');
const rows = kinds.map((k) => {
  const row = [k.name];
  for (const c of columns) {
    const x = med(k, c.of);
    row.push(c.show(x));
    row.push(
      k === base || !base ? '' : `${(x / med(base, c.of)).toFixed(2)}× (≤ ${c.target.toFixed(2)}×)`,
    );
  }
  return row;
});
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
for (const r of [header, ...rows])
  console.log(
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd(),
  );
for (const k of kinds) {
  const each = k.got.map((m) => `${m.seconds.toFixed(2)}/${m.cpuSeconds.toFixed(2)}`).join(', ');
  console.log(`  ${k.name}, each run (wall/CPU s): ${each}`);
}
if (!python) console.log('CPython 3.13 not found (PYENV_VERSION=3.13.0 python3.13): no comparison');
console.log(`trace of the last run: ${trace}`);
