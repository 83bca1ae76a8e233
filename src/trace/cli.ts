/**
 * `npm run trace -- FILE.py [--engine simulator|cpython] [--seed S] [--set NAME=VALUE]... [--max-statements N]
 * [--max-events N] [--max-time S] [--max-output N] [--max-memory MB] [--max-seconds S]`:
 * prints the canonical trace as the program runs.
 *
 * Exit status: 0 the program ran (an uncaught exception is part of its trace), 2 it could
 * not run (a bad command line, a file that cannot be read, a syntax error), 3 a limit
 * stopped it (the trace so far is printed), 4 Loopscope itself failed (an internal error).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { missingSets, runProgram } from '../engine/run';
import type { RunLimits } from '../engine/runtime';
import { wallClock } from '../engine/runtime';
import { count, LIMITS, limitPhrase } from '../limits';
import { canonicalProjector } from './canonical';
import { traceCpythonCli } from '../cpython/cli';

const USAGE =
  'usage: npm run trace -- FILE.py [--engine simulator|cpython] [--seed S] [--set NAME=VALUE]... [--max-statements N] [--max-events N] [--max-time S] [--max-output N] [--max-memory MB] [--max-seconds S]';

function usage(msg: string): never {
  process.stderr.write(`${msg}\n${USAGE}\n`);
  process.exit(2);
}

/** Says why `file` was not run, and stops with exit status 2. */
function unreadable(file: string, why: string): never {
  process.stderr.write(`${file}:1:1: ${why}\n`);
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
  memory: '--max-memory',
  seconds: '--max-seconds',
};
const limits: Partial<RunLimits> = {};
let engine = 'simulator';
let seconds: number = LIMITS.seconds.value;

function positive(flag: string, value: string | undefined): number {
  const v = Number(value);
  if (!(v > 0) || !Number.isFinite(v)) usage(`${flag} needs a positive number`);
  return v;
}

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
    limits[LIMIT_FLAGS[a as keyof typeof LIMIT_FLAGS]] = positive(a, args[++i]);
  } else if (a === '--max-memory') {
    limits.maxMemory = positive(a, args[++i]) * 1024 * 1024;
  } else if (a === '--max-seconds') {
    seconds = positive(a, args[++i]);
  } else if (a.startsWith('--')) usage(`unknown option ${a}`);
  else if (file !== null) usage(`one program at a time: got '${file}' and '${a}'`);
  else file = a;
}
if (file === null) usage('no program given');
const path: string = file;

/**
 * The program's text, its size checked before it is read: a directory, a device that never
 * ends (`/dev/zero`) or a huge file are refused without reading past the code size limit.
 */
function readProgram(): string {
  // A character takes at most 4 bytes in UTF-8: more bytes than that is surely too long.
  const maxBytes = LIMITS.codeSize.value * 4;
  const tooBig = `Limit: the file is larger than ${count(LIMITS.codeSize.value)} characters ${limitPhrase('codeSize')}; it was not run`;
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') unreadable(path, `IsADirectoryError: '${path}' is a directory`);
    if (code === 'EACCES') unreadable(path, `PermissionError: Permission denied: '${path}'`);
    unreadable(path, `FileNotFoundError: No such file: '${path}'`);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) unreadable(path, `IsADirectoryError: '${path}' is a directory`);
    if (st.isFile() && st.size > maxBytes) unreadable(path, tooBig);
    // Read in chunks: a device or a pipe has no size to check first.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(64 * 1024);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) unreadable(path, tooBig);
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') unreadable(path, `IsADirectoryError: '${path}' is a directory`);
    throw e;
  } finally {
    closeSync(fd);
  }
}

const source = readProgram();
const missing = missingSets(source, set);
if (missing.length) {
  usage(`--set ${missing[0]}: ${path} has no top-level line '${missing[0]} = …' to replace`);
}

if (engine === 'cpython') {
  // CPython 3.13 in WebAssembly (src/cpython): the statement, output and memory limits are the simulator's.
  if (
    limits.maxStatements !== undefined ||
    limits.maxOutput !== undefined ||
    limits.maxMemory !== undefined
  ) {
    usage("--max-statements, --max-output and --max-memory are the simulator's limits");
  }
  const status = await traceCpythonCli(path, source, { seed, set, ...limits });
  await new Promise((done) => process.stdout.write('', done)); // all written before exit
  process.exit(status);
}

// Streamed: lines go out in blocks as the run makes them (and whenever the run is asked
// whether to stop), so what was printed before a failure is on stdout.
let buffer: string[] = [];
let buffered = 0;
const flush = (): void => {
  if (buffer.length) process.stdout.write(buffer.join('\n') + '\n');
  buffer = [];
  buffered = 0;
};
let lastLimit: string | null = null;
const project = canonicalProjector((line) => {
  buffer.push(line);
  buffered += line.length;
  if (buffered >= 64 * 1024) flush();
});
const overTime = wallClock(seconds, () => performance.now());
let status: number;
try {
  const result = runProgram(source, {
    filename: basename(path),
    seed,
    set,
    limits,
    keepEvents: false,
    loopDetail: false,
    shouldStop: () => {
      flush();
      return overTime();
    },
    onEvent: (e) => {
      if (e.type === 'limit') lastLimit = e.limit;
      project(e);
    },
  });
  flush();
  if (result.status === 'invalid') {
    process.stderr.write(`${result.message}\n`);
    status = 2;
  } else if (result.status === 'limit') {
    const flag = FLAG_OF[lastLimit ?? ''];
    process.stderr.write(
      `${path}: stopped: ${result.message}${flag ? `; raise it with ${flag}` : ''}\n`,
    );
    status = 3;
  } else if (result.status === 'crash') {
    process.stderr.write(`${path}: ${result.message}\n`);
    status = 4;
  } else status = 0;
} catch (e) {
  flush();
  process.stderr.write(`${path}: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  status = 4;
}
process.exitCode = status;
