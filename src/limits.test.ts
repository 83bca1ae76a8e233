/**
 * Every limit in `src/limits.ts`, run into on purpose: each case pushes just past the
 * stated value and reads the message, which must name the limit. A limit added to the list
 * without a case here fails the first test; the README's table must match the list.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { EngineEvent } from './engine/events';
import { runProgram } from './engine/run';
import { DEFAULT_LIMITS, wallClock } from './engine/runtime';
import { count, type LimitId, LIMITS, limitPhrase, limitsTable } from './limits';
import { simulate } from './store/sim/simulate';
import { createWorkerRunner } from './store/sim/worker-runner';
import type { WorkerLike } from './store/sim/worker-runner';
import { MAX_COUNT, writeCount } from './store/program-count';
import { exportEventLog, parseImport } from './trace/export';
import { makeHash, readLink } from './ui/learn/share-link';

const printed = (events: readonly EngineEvent[]): string[] =>
  events.flatMap((e) => (e.type === 'print' ? [e.text] : []));

const lastEvent = (events: readonly EngineEvent[]) => events.at(-1);

/** Runs `source` and returns what it printed; the program is expected to end normally. */
function prints(source: string): string[] {
  const r = runProgram(source);
  expect(r.status).toBe('ok');
  return printed(r.events);
}

const catching = (expr: string, exc: string) =>
  `try:\n    x = ${expr}\nexcept ${exc} as e:\n    print(type(e).__name__, e)\n`;

const SLEEPS_FOREVER =
  'import asyncio\nasync def f():\n    while True:\n        await asyncio.sleep(1)\nasyncio.run(f())\n';

const LOG_LINE = 'import asyncio\nasync def f():\n    print("x")\nasyncio.run(f())\n';

/** One test per limit, each at the value the list states (a few are slow; see below). */
const REACHES: Record<LimitId, () => void | Promise<void>> = {
  codeSize() {
    const limit = LIMITS.codeSize.value;
    const fits = '#'.repeat(limit - 9) + '\nprint(1)';
    expect(fits.length).toBe(limit);
    expect(prints(fits)).toEqual(['1']);
    // Located at the first character past the limit: line 2, after `print(1)`.
    const r = runProgram(fits + ' ', { filename: 'big.py' });
    expect(r.status).toBe('invalid');
    expect(r.message).toBe(
      `big.py:2:9: Limit: the program is 1,000,001 characters, over 1,000,000 ${limitPhrase('codeSize')}; it was not run`,
    );
    expect(r.events).toEqual([]);
    // The page's worker gives the same answer.
    expect(simulate({ id: 1, source: fits + ' ', seed: 0 })).toMatchObject({
      status: 'invalid',
      diagnostic: { line: 2, col: 9, kind: 'Limit' },
    });
  },

  async coroutines() {
    expect(MAX_COUNT).toBe(LIMITS.coroutines.value);
    expect(writeCount('N = 3\n', 5000)).toBe('N = 1000\n');
    const hash = await makeHash({
      source: 'N = 3\n',
      seed: 0,
      scenario: null,
      position: 0,
      speed: 1,
    });
    const ok = await readLink(`http://localhost/#${hash.replace('n=3', 'n=1000')}`);
    expect(ok.kind === 'ok' && ok.view.source).toBe('N = 1000\n');
    const over = await readLink(`http://localhost/#${hash.replace('n=3', 'n=1001')}`);
    expect(over.kind === 'error' && over.message).toMatch(
      `n=1001 is not a count from 1 to 1,000 ${limitPhrase('coroutines')}`,
    );
  },

  statements() {
    // At the real value: 20,000,000 statements take a few seconds.
    expect(DEFAULT_LIMITS.maxStatements).toBe(LIMITS.statements.value);
    const r = runProgram('print("before")\nx = 0\nwhile True:\n    x += 1\n', {
      keepEvents: false,
    });
    expect(r.status).toBe('limit');
    expect(r.message).toBe(
      `the program executed more than 20,000,000 statements ${limitPhrase('statements')}; is there a loop that never awaits or ends?`,
    );
    // Builtins walking a range count against the same budget.
    const sum = runProgram('print(sum(range(10**12)))\n');
    expect(sum.message).toMatch(limitPhrase('statements'));
  },

  events() {
    expect(DEFAULT_LIMITS.maxEvents).toBe(LIMITS.events.value);
    let seen = 0;
    const r = runProgram(SLEEPS_FOREVER, { keepEvents: false, onEvent: () => seen++ });
    expect(r.status).toBe('limit');
    expect(r.message).toBe(`the run produced more than 5,000,000 events ${limitPhrase('events')}`);
    expect(seen).toBe(LIMITS.events.value + 1); // the events so far, then the limit itself
  },

  pageEvents() {
    const r = simulate({ id: 7, source: SLEEPS_FOREVER, seed: 0 });
    expect(r.status).toBe('limit');
    expect(r.message).toBe(
      `the run produced more than 500,000 events ${limitPhrase('pageEvents')}`,
    );
    expect(r.events).toHaveLength(LIMITS.pageEvents.value + 1);
    expect(lastEvent(r.events)).toMatchObject({ type: 'limit', limit: 'events' });
  },

  virtualTime() {
    expect(DEFAULT_LIMITS.maxTime).toBe(LIMITS.virtualTime.value);
    const fits = runProgram(
      'import asyncio\nasync def f():\n    await asyncio.sleep(999_999)\n    print("woke")\nasyncio.run(f())\n',
    );
    expect(printed(fits.events)).toEqual(['woke']);
    const r = runProgram(
      'import asyncio\nasync def f():\n    await asyncio.sleep(1_000_001)\nasyncio.run(f())\n',
    );
    expect(r.status).toBe('limit');
    expect(r.message).toBe(`virtual time passed 1,000,000 s ${limitPhrase('virtualTime')}`);
    const blocking = runProgram('import time\ntime.sleep(1_000_001)\n');
    expect(blocking.message).toBe(r.message);
  },

  output() {
    expect(DEFAULT_LIMITS.maxOutput).toBe(LIMITS.output.value);
    const fits = runProgram('print("x" * 4_999_999)\n');
    expect(fits.status).toBe('ok');
    const r = runProgram('print("x" * 4_999_999)\nprint("y")\n');
    expect(r.status).toBe('limit');
    expect(r.message).toBe(
      `the program printed more than 5,000,000 characters ${limitPhrase('output')}`,
    );
  },

  async wallClock() {
    // The page's runner ends a simulation that takes longer: here, a worker that never answers.
    vi.useFakeTimers();
    try {
      let terminated = false;
      const silent: WorkerLike = {
        onmessage: null,
        onerror: null,
        onmessageerror: null,
        postMessage: () => {},
        terminate: () => void (terminated = true),
      };
      const runner = createWorkerRunner({ create: () => silent });
      const answer = runner.run({ id: 1, source: 'while True:\n    pass\n', seed: 0 });
      vi.advanceTimersByTime(LIMITS.wallClock.value * 1000 - 1);
      expect(terminated).toBe(false);
      vi.advanceTimersByTime(1);
      expect(terminated).toBe(true);
      const r = await answer;
      expect(r?.status).toBe('limit');
      expect(r?.message).toBe(
        `the simulation took more than 10 seconds of real time ${limitPhrase('wallClock')}`,
      );
      expect(lastEvent(r!.events)).toMatchObject({ type: 'limit', limit: 'wall-clock' });
    } finally {
      vi.useRealTimers();
    }
  },

  recursion() {
    const depth = (n: number) =>
      `def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\n${catching(`f(${n})`, 'RecursionError')}print(x)\n`;
    // The module's frame is one of the 1,000: CPython's own count.
    expect(prints(depth(LIMITS.recursion.value - 2))).toEqual(['998']);
    const over = prints(depth(LIMITS.recursion.value));
    expect(over[0]).toBe('RecursionError maximum recursion depth exceeded');
    // Through awaits as well as calls.
    const awaits = prints(
      `import asyncio\nasync def f(n):\n    return 0 if n == 0 else 1 + await f(n - 1)\nasync def main():\n    try:\n        await f(2000)\n    except RecursionError as e:\n        print(e)\nasyncio.run(main())\n`,
    );
    expect(awaits).toEqual(['maximum recursion depth exceeded']);
  },

  integerSize() {
    expect(prints(catching('2 ** 999_999', 'OverflowError') + 'print(x.bit_length())')).toEqual([
      '1000000',
    ]);
    const message = `integer result over 1,000,000 bits ${limitPhrase('integerSize')}`;
    for (const expr of [
      '2 ** 1_000_000',
      '10 ** 10 ** 9',
      '1 << 1_000_000',
      '(2**600_000) * (2**600_000)',
    ])
      expect(prints(catching(expr, 'OverflowError'))).toEqual([`OverflowError ${message}`]);
  },

  sequenceLength() {
    expect(prints('print(len("ab" * 5_000_000))')).toEqual(['10000000']);
    const message = `sequence longer than 10,000,000 items ${limitPhrase('sequenceLength')}`;
    for (const expr of [
      '"ab" * 5_000_001',
      '[0] * 10**9',
      '("a" * 6_000_000) + ("b" * 6_000_000)',
      '"x".ljust(2 * 10**8)',
      '"x".center(10**8)',
      '"7".zfill(10**8)',
      '",".join(["a" * 6_000_000, "b" * 6_000_000])',
      '("ab" * 4_000_000).replace("a", "xyz")',
      'format(1, "1000000000")',
      'f"{1.5:.20000000f}"',
      '"%1000000000d" % 1',
      'list(range(10**8))',
    ])
      expect(prints(catching(expr, 'OverflowError'))).toEqual([`OverflowError ${message}`]);
  },

  memory() {
    expect(DEFAULT_LIMITS.maxMemory).toBe(LIMITS.memory.value);
    // 10,000,000 characters a string: 100 of them fit in 1 GB, 108 do not.
    const strings = (n: number) =>
      `print("before")\nxs = ["ab" * 5_000_000 for _ in range(${n})]\nprint(len(xs))\n`;
    expect(prints(strings(100))).toEqual(['before', '100']);
    const r = runProgram(strings(108));
    expect(r.status).toBe('limit');
    expect(r.message).toBe(
      `the run made more than 1,024 MB of Python objects ${limitPhrase('memory')}`,
    );
    expect(printed(r.events)).toEqual(['before']);
    expect(lastEvent(r.events)).toMatchObject({ type: 'limit', limit: 'memory' });
    // Small objects count as they are kept: a list that grows without end meets it too.
    const grows = runProgram('x = []\nwhile True:\n    x.append([0] * 100)\n', {
      limits: { maxMemory: 32 * 1024 * 1024 },
    });
    expect(grows.message).toBe(
      `the run made more than 32 MB of Python objects ${limitPhrase('memory')}`,
    );
  },

  pageMemory() {
    const strings = (n: number) => `xs = ["ab" * 5_000_000 for _ in range(${n})]\nprint(len(xs))\n`;
    expect(simulate({ id: 1, source: strings(25), seed: 0 }).status).toBe('ok');
    const r = simulate({ id: 2, source: strings(27), seed: 0 });
    expect(r.status).toBe('limit');
    expect(r.message).toBe(
      `the run made more than 256 MB of Python objects ${limitPhrase('pageMemory')}`,
    );
    expect(lastEvent(r.events)).toMatchObject({ type: 'limit', limit: 'memory' });
  },

  intDigits() {
    expect(prints('print(len(str(10**4299)))')).toEqual(['4300']);
    const message =
      'Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit';
    for (const expr of ['str(10**4300)', 'repr(-10**4300)', '"%d" % 10**4300', 'f"{10**4300}"'])
      expect(prints(catching(expr, 'ValueError'))).toEqual([`ValueError ${message}`]);
    expect(prints(catching('int("1" * 4301)', 'ValueError'))[0]).toMatch(
      'Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits',
    );
    // Hexadecimal text has no such limit (a power-of-two base), as in CPython.
    expect(prints('print(len(format(2**100000, "x")))')).toEqual(['25001']);
  },

  seconds() {
    // The engine reads no clock: the host's clock comes in, here one that moves 1 s a call.
    let clock = 0;
    const shouldStop = wallClock(LIMITS.seconds.value, () => (clock += 1000));
    const r = runProgram('print("before")\nwhile True:\n    pass\n', { shouldStop });
    expect(r.status).toBe('limit');
    expect(r.message).toBe(`the run took more than 60 s ${limitPhrase('seconds')}`);
    expect(printed(r.events)).toEqual(['before']);
    expect(lastEvent(r.events)).toMatchObject({ type: 'limit', limit: 'seconds' });
    // One long statement after another (a million-bit product) is stopped as well.
    clock = 0;
    const big = runProgram('x = 1 << 499_999\nwhile True:\n    y = x * x\n', {
      shouldStop: wallClock(1, () => (clock += 100)),
    });
    expect(big.message).toBe(`the run took more than 1 s ${limitPhrase('seconds')}`);
  },

  importSize() {
    // The page's own export of a run that met the page's event limit reads back (~30 MB).
    const full = simulate({ id: 1, source: SLEEPS_FOREVER, seed: 0 });
    const big = exportEventLog(full.events, { source: SLEEPS_FOREVER, filename: 'a.py' });
    expect(big.length).toBeGreaterThan(20 * 1024 * 1024);
    expect(big.length).toBeLessThan(LIMITS.importSize.value);
    const back = parseImport(big);
    expect(back.ok && back.value.events.length).toBe(LIMITS.pageEvents.value + 1);
    const log = exportEventLog(runProgram(LOG_LINE).events, { source: LOG_LINE, filename: 'a.py' });
    expect(parseImport(log).ok).toBe(true);
    const padded = log.replace('{', `{${' '.repeat(LIMITS.importSize.value - log.length + 1)}`);
    expect(padded.length).toBe(LIMITS.importSize.value + 1);
    const r = parseImport(padded);
    expect(r.ok === false && r.message).toBe(
      `The file is too big (more than 64 MB); the limit is 64 MB ${limitPhrase('importSize')}.`,
    );
  },

  recordedText() {
    const events = runProgram(LOG_LINE).events;
    const withText = (n: number) =>
      exportEventLog(
        events.map((e) => (e.type === 'print' ? { ...e, text: 'x'.repeat(n) } : e)),
        { source: LOG_LINE, filename: 'a.py' },
      );
    expect(parseImport(withText(LIMITS.recordedText.value)).ok).toBe(true);
    const r = parseImport(withText(LIMITS.recordedText.value + 1));
    expect(r.ok === false && r.message).toMatch(
      `a string of at most 100,000 characters ${limitPhrase('recordedText')}`,
    );
  },

  async linkSize() {
    const href = `http://localhost/#code=${'A'.repeat(LIMITS.linkSize.value)}`;
    const r = await readLink(href);
    expect(r.kind === 'error' && r.message).toBe(
      `This link is 33 kB, over 32 kB ${limitPhrase('linkSize')}, so it was not read. Showing the default program instead.`,
    );
    const fits = await readLink(href.slice(0, LIMITS.linkSize.value));
    expect(fits.kind === 'error' && fits.message).toMatch(/damaged/);
  },
};

describe('limits', () => {
  it('every limit in the list has a case here, and every case a limit', () => {
    expect(Object.keys(REACHES).sort()).toEqual(Object.keys(LIMITS).sort());
  });

  it("the README's table is the list", () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const table = /<!-- limits -->\n+([\s\S]*?)\n+<!-- \/limits -->/.exec(readme)?.[1] ?? '';
    // Prettier pads the cells; the words are what must agree.
    const cells = (md: string) =>
      md.split('\n').map((row) => row.split('|').map((c) => c.trim().replace(/^-+$/, '-')));
    expect(cells(table)).toEqual(cells(limitsTable()));
  });

  for (const [id, reach] of Object.entries(REACHES)) {
    it(`${id}: ${LIMITS[id as LimitId].shown}, named in its message`, reach, 30_000);
  }
});

describe('count', () => {
  it('writes whole numbers as toLocaleString does, grouped by threes', () => {
    for (const n of [0, 7, 999, 1000, 20_000_000, -1234567, Number.MAX_SAFE_INTEGER])
      expect(count(n)).toBe(n.toLocaleString('en-US'));
    expect(count(1.5)).toBe('1.5');
  });
});
