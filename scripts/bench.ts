/**
 * `npm run bench`: the gather of N = 100,000 randn() (shared bign.py) through the engine,
 * full canonical trace written, against CPython 3.13 running the same program natively
 * (C tasks, virtual clock, no tracing), in the same run. Prints both medians and the ratio.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { runProgram } from '../src/engine/run.ts';
import { canonicalProjector } from '../src/trace/canonical.ts';
import { findPython } from '../tests/oracle/oracle.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const program = join(root, 'tests', 'programs', 'bign.py');
const args = process.argv.slice(2);
const n = Number(args[args.indexOf('--n') + 1] ?? '') || 100_000;
const runs = Number(args[args.indexOf('--runs') + 1] ?? '') || 5;
const source = readFileSync(program, 'utf8');
const out = join(process.env.TMPDIR ?? '/tmp', 'loopscope-bench.trace');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function engineOnce(): { seconds: number; lines: number } {
  const t0 = performance.now();
  const chunks: string[] = [];
  const r = runProgram(source, {
    filename: 'bign.py',
    set: { N: String(n) },
    keepEvents: false,
    loopDetail: false,
    onEvent: canonicalProjector((l) => chunks.push(l)),
  });
  writeFileSync(out, chunks.join('\n') + '\n');
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 'ok') throw new Error(`engine run failed: ${r.message}`);
  return { seconds, lines: chunks.length };
}

function cpythonOnce(python: string): number {
  const json = execFileSync(
    python,
    [join(root, 'tests', 'oracle', 'tracer.py'), program, '--set', `N=${n}`, '--untraced'],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  const r = JSON.parse(json) as { seconds: number; error: string | null };
  if (r.error) throw new Error(`CPython run failed: ${r.error}`);
  return r.seconds;
}

const python = findPython();
console.log(`bign.py with N = ${n.toLocaleString('en-US')}, ${runs} runs each, alternating`);
const engine: number[] = [];
const cpython: number[] = [];
let lines = 0;
engineOnce(); // warm-up: JIT
for (let i = 0; i < runs; i++) {
  const e = engineOnce();
  engine.push(e.seconds);
  lines = e.lines;
  if (python) cpython.push(cpythonOnce(python));
}
const em = median(engine);
console.log(
  `engine  (full canonical trace, ${lines.toLocaleString('en-US')} lines → ${out}): median ${em.toFixed(3)} s  [${engine.map((x) => x.toFixed(3)).join(', ')}]`,
);
if (!python) {
  console.log('CPython 3.13 not found (PYENV_VERSION=3.13.0 python3.13): no comparison');
} else {
  const cm = median(cpython);
  console.log(
    `CPython 3.13 (C tasks, virtual clock, no tracing): median ${cm.toFixed(3)} s  [${cpython.map((x) => x.toFixed(3)).join(', ')}]`,
  );
  console.log(`ratio engine / CPython: ${(em / cm).toFixed(2)} (target ≤ 1.00)`);
}
