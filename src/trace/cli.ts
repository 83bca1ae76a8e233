/**
 * `npm run trace -- FILE.py [--seed S] [--set NAME=VALUE]... [--max-statements N]
 * [--max-events N] [--max-time S] [--max-output N]`: prints the canonical trace.
 * Exit 0 when the program ran, 2 when it could not run, 3 when a limit stopped it.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { runProgram } from '../engine/run';
import type { RunLimits } from '../engine/runtime';
import { canonicalProjector } from './canonical';
import { traceCpythonCli } from '../cpython/cli';

function usage(msg: string): never {
  process.stderr.write(
    `${msg}\nusage: npm run trace -- FILE.py [--engine simulator|cpython] [--seed S] [--set NAME=VALUE]... [--max-statements N] [--max-events N] [--max-time S] [--max-output N]\n`,
  );
  process.exit(2);
}

const args = process.argv.slice(2);
let file: string | null = null;
let seed: number | bigint | string = 0;
const set: Record<string, string> = {};
const LIMIT_FLAGS = {
  '--max-statements': 'maxStatements',
  '--max-events': 'maxEvents',
  '--max-time': 'maxTime',
  '--max-output': 'maxOutput',
} as const;
const FLAG_OF: Record<string, string> = {
  statements: '--max-statements',
  events: '--max-events',
  time: '--max-time',
  output: '--max-output',
};
const limits: Partial<RunLimits> = {};
let engine = 'simulator';
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--engine') {
    engine = args[++i] ?? usage('--engine needs simulator or cpython');
    if (engine !== 'simulator' && engine !== 'cpython') usage(`unknown engine '${engine}'`);
  } else if (a === '--seed') {
    const v = args[++i] ?? usage('--seed needs a value');
    seed = /^-?\d+$/.test(v) ? (Number.isSafeInteger(Number(v)) ? Number(v) : BigInt(v)) : v;
  } else if (a === '--set') {
    const v = args[++i] ?? usage('--set needs NAME=VALUE');
    const eq = v.indexOf('=');
    if (eq <= 0) usage(`--set needs NAME=VALUE, got '${v}'`);
    set[v.slice(0, eq)] = v.slice(eq + 1);
  } else if (a in LIMIT_FLAGS) {
    const v = Number(args[++i]);
    if (!(v > 0)) usage(`${a} needs a positive number`);
    limits[LIMIT_FLAGS[a as keyof typeof LIMIT_FLAGS]] = v;
  } else if (a.startsWith('--')) usage(`unknown option ${a}`);
  else file = a;
}
if (!file) usage('no program given');

let source: string;
try {
  source = readFileSync(file, 'utf8');
} catch {
  process.stderr.write(`${file}:1:1: FileNotFoundError: No such file: '${file}'\n`);
  process.exit(2);
}

if (engine === 'cpython') {
  // CPython 3.13 in WebAssembly (src/cpython): the statement and output limits are the simulator's.
  if (limits.maxStatements !== undefined || limits.maxOutput !== undefined) {
    usage("--max-statements and --max-output are the simulator's limits");
  }
  const status = await traceCpythonCli(file, source, { seed, set, ...limits });
  await new Promise((done) => process.stdout.write('', done)); // all written before exit
  process.exit(status);
}

// Stream: each event becomes its canonical line at once; nothing is kept.
let buffer: string[] = [];
const flush = (): void => {
  if (buffer.length) process.stdout.write(buffer.join('\n') + '\n');
  buffer = [];
};
let lastLimit: string | null = null;
const project = canonicalProjector((line) => {
  buffer.push(line);
  if (buffer.length >= 4096) flush();
});
const result = runProgram(source, {
  filename: basename(file),
  seed,
  set,
  limits,
  keepEvents: false,
  loopDetail: false,
  onEvent: (e) => {
    if (e.type === 'limit') lastLimit = e.limit;
    project(e);
  },
});
flush();
if (result.status === 'invalid') {
  process.stderr.write(`${result.message}\n`);
  process.exitCode = 2;
} else if (result.status === 'limit') {
  const flag = FLAG_OF[lastLimit ?? ''];
  process.stderr.write(
    `${file}: stopped: ${result.message}${flag ? `; raise it with ${flag}` : ''}\n`,
  );
  process.exitCode = 3;
} else if (result.status === 'crash') {
  process.stderr.write(`${file}: ${result.message}\n`);
  process.exitCode = 4;
}
