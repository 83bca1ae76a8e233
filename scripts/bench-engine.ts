/**
 * One engine run of a program for `npm run bench`, in a process of its own (so that its
 * peak memory is its own): `--mode page` runs it as the page does (every event kept, with
 * line events and the loop's detail), `--mode trace` as `npm run trace` does (events
 * projected to the canonical trace as they come, written to a file, none kept). Prints
 * one JSON line: the seconds the run took (parse, run, trace written), wall and CPU, and
 * the process's peak RSS.
 *
 *   tsx scripts/bench-engine.ts PROGRAM.py --mode page|trace [--set N=100000] [--out FILE]
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';

import { runProgram } from '../src/engine/run.ts';
import { canonicalProjector } from '../src/trace/canonical.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args[i + 1];
};
const file = args[0]!;
const mode = option('--mode') ?? 'trace';
const setArg = option('--set');
const set = setArg ? Object.fromEntries([setArg.split('=', 2) as [string, string]]) : {};
const source = readFileSync(file, 'utf8');

const t0 = performance.now();
const cpu0 = process.cpuUsage();
let events = 0;
let status: string;
if (mode === 'page') {
  // src/store/sim/simulate.ts's options, but the CLI's event limit: the page stops at
  // 500,000 events, a large N goes past it.
  const r = runProgram(source, { filename: basename(file), set, traceLines: true });
  events = r.events.length;
  status = r.status;
} else {
  // As src/trace/cli.ts: lines written out in batches as they come, none kept.
  const fd = openSync(option('--out') ?? '/dev/null', 'w');
  let batch: string[] = [];
  const flush = (): void => {
    if (batch.length) writeSync(fd, batch.join('\n') + '\n');
    batch = [];
  };
  const r = runProgram(source, {
    filename: basename(file),
    set,
    keepEvents: false,
    loopDetail: false,
    onEvent: canonicalProjector((line) => {
      events++;
      batch.push(line);
      if (batch.length >= 4096) flush();
    }),
  });
  flush();
  closeSync(fd);
  status = r.status;
}
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const peakBytes = process.resourceUsage().maxRSS * 1024;
console.log(JSON.stringify({ seconds, cpuSeconds, peakBytes, events, status }));
