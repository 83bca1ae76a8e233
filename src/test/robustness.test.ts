/**
 * Whatever text it is given, `runProgram` returns: no JS exception, no hang, no 'crash'.
 * Mutated golden programs, token soup, random unicode and pathological inputs (deep
 * nesting, huge literals, very long lines, runaway loops inside builtins) must each end
 * `ok`, `invalid` with a located diagnostic, or `limit`, in bounded time. Seeded.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';

import { simulatorRefusals } from '../../scripts/goldens.ts';

import { runProgram } from '../engine/run';
import type { RunResult, RunStatus } from '../engine/run';
import { canonicalLines } from '../trace/canonical';
import { logViolations } from './log-invariants';
import { INSERTS, VALUES, fraction, mutate, mutation } from './mutate';

const SEED = 42;
const LIMITS = { maxStatements: 200_000, maxTime: 1000, maxEvents: 100_000, maxOutput: 1_000_000 };
/**
 * Per program, for the small ones (mutated goldens, soup); the giant inputs get more. The
 * slowest golden (deep_recursion.py) takes 0.3 s alone and up to 0.9 s cold; the bound is
 * for hangs, with room for another test file running on the other core.
 */
const SMALL_MS = 3_000;
const GIANT_MS = 10_000;
const DIAGNOSTIC = /^\S+:\d+:\d+: \w+: .+/;

const PROGRAMS = join(dirname(fileURLToPath(import.meta.url)), '../../tests/programs');
// Not the programs only CPython runs: mutating what the simulator refuses tests little.
const refused = simulatorRefusals(PROGRAMS);
const goldens = readdirSync(PROGRAMS)
  .filter((f) => f.endsWith('.py') && !(f in refused))
  .sort()
  .map((f) => readFileSync(join(PROGRAMS, f), 'utf8'));

const tally = new Map<string, Record<RunStatus, number>>();

/** Runs `source` and lists what is wrong with how it ended (empty when all is well). */
function problemsOf(source: string, group: string, budgetMs: number): string[] {
  const t0 = performance.now();
  let r: RunResult;
  try {
    r = runProgram(source, { limits: LIMITS, loopDetail: true });
  } catch (e) {
    return [`runProgram threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`];
  }
  const ms = performance.now() - t0;
  const counts = tally.get(group) ?? { ok: 0, invalid: 0, limit: 0, crash: 0 };
  counts[r.status]++;
  tally.set(group, counts);

  const problems: string[] = [];
  if (ms > budgetMs) problems.push(`took ${ms.toFixed(0)} ms (over ${budgetMs} ms)`);
  if (r.status === 'crash') problems.push(`crash: ${r.message ?? ''}`);
  if (r.status === 'invalid') {
    const d = String(r.diagnostic);
    if (!r.diagnostic || !DIAGNOSTIC.test(d)) problems.push(`bad diagnostic: ${d}`);
    // The editor marks the error in place: the position must be in the text (or just past it).
    const lines = source.split('\n');
    const line = r.diagnostic ? lines[r.diagnostic.line - 1] : '';
    const col = r.diagnostic?.col ?? 1;
    if (line === undefined || col < 1 || col > line.length + 1)
      problems.push(`diagnostic outside the text: ${d}`);
  } else {
    try {
      canonicalLines(r.events);
    } catch (e) {
      problems.push(`canonicalLines threw: ${String(e)}`);
    }
    problems.push(...logViolations(r.events));
  }
  return problems;
}

function check(source: string, problems: string[]): void {
  if (problems.length === 0) return;
  const shown = source.length > 4000 ? `${source.slice(0, 4000)}…` : source;
  throw new Error(`${problems.join('\n')}\n--- program ---\n${JSON.stringify(shown)}`);
}

afterAll(() => {
  const lines = [...tally].map(([group, c]) => {
    const n = c.ok + c.invalid + c.limit + c.crash;
    return `  ${group}: ${n} programs (ok ${c.ok}, invalid ${c.invalid}, limit ${c.limit}, crash ${c.crash})`;
  });
  console.info(`robustness fuzzing, seed ${SEED}:\n${lines.join('\n')}`);
});

describe('runProgram on mutated golden programs', () => {
  it('returns ok, invalid or limit for 2,500 mutants, each within 3 s', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: goldens.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (which, mutations) => {
          const source = mutations.reduce(mutate, goldens[which]!);
          check(source, problemsOf(source, 'mutated goldens', SMALL_MS));
        },
      ),
      { seed: SEED, numRuns: 2_500 },
    );
    const c = tally.get('mutated goldens')!;
    // The mutants must reach the interpreter, not only the parser.
    expect(c.ok).toBeGreaterThan(500);
    expect(c.invalid).toBeGreaterThan(500);
  });

  it('also runs mutants that keep the syntax (names, values, operators swapped)', () => {
    const semantic = mutation.filter((m) => m.kind.startsWith('replace'));
    fc.assert(
      fc.property(
        fc.nat({ max: goldens.length - 1 }),
        fc.array(semantic, { minLength: 1, maxLength: 3 }),
        (which, mutations) => {
          const source = mutations.reduce(mutate, goldens[which]!);
          check(source, problemsOf(source, 'retyped goldens', SMALL_MS));
        },
      ),
      { seed: SEED, numRuns: 1_000 },
    );
  });
});

describe('runProgram on random text', () => {
  it('takes token soup', () => {
    const soup = fc
      .array(fc.constantFrom(...INSERTS, ...VALUES, '\n', '\n    ', ' '), { maxLength: 60 })
      .map((ts) => ts.join(' '));
    fc.assert(
      fc.property(soup, (source) => check(source, problemsOf(source, 'token soup', SMALL_MS))),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('takes any unicode, lone surrogates and NUL included', () => {
    const text = fc.string({ unit: 'binary', maxLength: 200 });
    fc.assert(
      fc.property(text, (source) => check(source, problemsOf(source, 'unicode', SMALL_MS))),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('takes a valid program with random unicode dropped in', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: goldens.length - 1 }),
        fraction,
        fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }),
        (which, at, junk) => {
          const g = goldens[which]!;
          const i = Math.floor(at * g.length);
          const source = g.slice(0, i) + junk + g.slice(i);
          check(source, problemsOf(source, 'unicode in goldens', SMALL_MS));
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});

const nestedIfs = (n: number): string =>
  Array.from({ length: n }, (_, i) => `${'    '.repeat(i)}if True:\n`).join('') +
  `${'    '.repeat(n)}print(1)\n`;

/** Inputs at the extremes: each must end in bounded time with an allowed status. */
const GIANTS: [string, () => string][] = [
  ['10,000 nested parentheses', () => `x = ${'('.repeat(10_000)}1${')'.repeat(10_000)}\n`],
  ['10,000 unclosed parentheses', () => `x = ${'('.repeat(10_000)}\n`],
  ['10,000 nested lists', () => `x = ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`],
  ['500 nested ifs', () => nestedIfs(500)],
  ['100,000 unary minuses', () => `print(${'-'.repeat(100_000)}1)\n`],
  ['10,000 nots', () => `print(${'not '.repeat(10_000)}True)\n`],
  ['a sum of 100,000 terms', () => `print(${Array(100_000).fill('1').join('+')})\n`],
  ['10,000 chained calls', () => `def f():\n    return f\nf${'()'.repeat(10_000)}\n`],
  ['5,000 nested lambdas', () => `f = ${'lambda: '.repeat(5_000)}1\n`],
  ['200 nested f-strings', () => `x = 1\nprint(${'f"{'.repeat(200)}x${'}"'.repeat(200)})\n`],
  ['10**100000', () => 'x = 10**100000\nprint(len(str(x)))\nprint(x)\n'],
  ['a 100,000-digit literal', () => `print(${'9'.repeat(100_000)} % 7)\n`],
  ['a 1 MB string literal', () => `x = "${'a'.repeat(1_000_000)}"\nprint(len(x))\n`],
  ['a 200 kB line', () => `x = [${'1, '.repeat(66_000)}]\nprint(len(x))\n`],
  ['a 200 kB name', () => `${'x'.repeat(200_000)} = 1\n`],
  ['100,000 lines of pass', () => 'pass\n'.repeat(100_000)],
  ['a NUL byte', () => 'print(1)\0\n'],
  ['tabs and spaces mixed', () => 'if True:\n\tx = 1\n        y = 2\n'],
  ['a BOM and CRLF line ends', () => '\uFEFFimport asyncio\r\nprint(1)\r\n'],
  ['an infinite loop', () => 'while True:\n    pass\n'],
  [
    'an infinite generator summed',
    () => 'def g():\n    while True:\n        yield 1\nprint(sum(g()))\n',
  ],
  ['sum(range(10**12))', () => 'print(sum(range(10**12)))\n'],
  ['list(range(10**9))', () => 'x = list(range(10**9))\n'],
  ['sorted(range(10**8))', () => 'print(len(sorted(range(10**8))))\n'],
  ['a list doubled 40 times', () => 'x = [1]\nfor i in range(40):\n    x += x\nprint(len(x))\n'],
  ['a list concatenated 40 times', () => 'x = [1]\nfor i in range(40):\n    x = x + x\n'],
  ['a string doubled 40 times', () => "x = 'a'\nfor i in range(40):\n    x = x + x\n"],
  ['an int squared 40 times', () => 'x = 2\nfor i in range(40):\n    x = x * x\n'],
  ['an int shifted 100 times', () => 'x = 1\nfor i in range(100):\n    x = x << 100000\n'],
  ['2 ** 10**10', () => 'x = 2 ** 10**10\n'],
  ["'a'.ljust(10**9)", () => "print('a'.ljust(10**9))\n"],
  ['[0] * 10**9', () => 'x = [0] * 10**9\n'],
  ['time.sleep(inf)', () => "import time\ntime.sleep(float('inf'))\n"],
  ['time.sleep(nan)', () => "import time\ntime.sleep(float('nan'))\n"],
  ['asyncio.sleep(1e300)', () => 'import asyncio\nasyncio.run(asyncio.sleep(1e300))\n'],
  ['deep recursion', () => 'def f(n):\n    return f(n + 1)\nf(0)\n'],
  [
    'deep await recursion',
    () => 'import asyncio\nasync def f(n):\n    return await f(n + 1)\nasyncio.run(f(0))\n',
  ],
  [
    'tasks created for ever',
    () =>
      'import asyncio\nasync def m():\n    while True:\n        asyncio.create_task(asyncio.sleep(1))\nasyncio.run(m())\n',
  ],
];

describe('runProgram on extreme inputs', () => {
  for (const [name, make] of GIANTS) {
    it(`survives ${name}`, () => {
      const source = make();
      check(source, problemsOf(source, 'extreme inputs', GIANT_MS));
    });
  }
});

/** Runs a program and returns its printed lines and how it ended. */
function outcome(source: string) {
  const r = runProgram(source, { limits: LIMITS });
  const prints = r.events.flatMap((e) => (e.type === 'print' ? [e.text] : []));
  const end = r.events.flatMap((e) => (e.type === 'uncaught' || e.type === 'limit' ? [e] : []));
  return { status: r.status, prints, end: end[0] ?? null };
}

describe('regressions found by the fuzzer', () => {
  it('doubles a list with a += a instead of looping until the process dies', () => {
    expect(outcome('a = [1, 2]\na += a\nprint(a)\n').prints).toEqual(['[1, 2, 1, 2]']);
  });

  it('extends a list by 200,000 items without a RecursionError', () => {
    const o = outcome('x = []\nx.extend(range(200000))\nprint(len(x))\n');
    expect(o.prints).toEqual(['200000']);
  });

  it('stops builtins that run through a huge range at the statement limit', () => {
    expect(outcome('print(sum(range(10**12)))\n').end).toMatchObject({
      type: 'limit',
      limit: 'statements',
    });
    // A list that long is refused before it is made.
    expect(outcome('x = list(range(10**9))\n').end).toMatchObject({
      type: 'uncaught',
      exc: 'OverflowError: sequence longer than 10,000,000 items (the sequence length limit)',
    });
  });

  it('refuses sequences and ints that would outgrow the simulator, catchably', () => {
    const o = outcome(
      [
        'for x in [[1], "a"]:',
        '    try:',
        '        for i in range(40):',
        '            x = x + x',
        '    except OverflowError as e:',
        '        print(type(x).__name__, e)',
        'x = 2',
        'try:',
        '    for i in range(40):',
        '        x = x * x',
        'except OverflowError as e:',
        '    print(e)',
      ].join('\n'),
    );
    expect(o.prints).toEqual([
      'list sequence longer than 10,000,000 items (the sequence length limit)',
      'str sequence longer than 10,000,000 items (the sequence length limit)',
      'integer result over 1,000,000 bits (the integer size limit)',
    ]);
  });

  it('reports a JS string overflow as OverflowError, not RecursionError', () => {
    const o = outcome(
      "def f():\n    return 'a'.ljust(10**9)\ntry:\n    f()\nexcept OverflowError:\n    print('too large')\n",
    );
    expect(o.prints).toEqual(['too large']);
  });

  it('holds time.sleep before asyncio.run to the time limit, and refuses nan and inf', () => {
    expect(outcome('import time\ntime.sleep(5000)\n').end).toMatchObject({ limit: 'time' });
    const o = outcome(
      "import time\nfor v in ['nan', 'inf']:\n    try:\n        time.sleep(float(v))\n    except (ValueError, OverflowError) as e:\n        print(repr(e))\n",
    );
    expect(o.prints).toEqual([
      "ValueError('Invalid value NaN (not a number)')",
      "OverflowError('timestamp out of range for platform time_t')",
    ]);
  });
});
