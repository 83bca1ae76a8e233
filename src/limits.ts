/**
 * Every limit Loopscope sets, in one list. The engine, the page and the file readers take
 * their numbers from here; the README's table is made from it (a test keeps the two the
 * same); `src/limits.test.ts` runs into each limit and reads the message that names it.
 *
 * Pure data: no imports, so every layer may read it.
 */
export interface Limit {
  /** The name the message uses: "… (the statement limit)". */
  readonly name: string;
  readonly value: number;
  /** The value as people read it, with its unit. */
  readonly shown: string;
  /** What is counted, and where the limit applies. */
  readonly counts: string;
  /** What the user sees at the limit. */
  readonly reached: string;
}

const KB = 1024;
const MB = 1024 * KB;

export const LIMITS = {
  codeSize: {
    name: 'code size',
    value: 1_000_000,
    shown: '1,000,000 characters',
    counts: 'the program, wherever it comes from (editor, share link, file, recording)',
    reached:
      'the program is not run: a message located where it passes the limit; the editor keeps the text',
  },
  coroutines: {
    name: 'coroutine count',
    value: 1_000,
    shown: 'N from 1 to 1,000',
    counts: "the slider's `N` and a share link's `n` (a program may set N itself)",
    reached: 'the slider stops there; a link asking for more says so and keeps the program',
  },
  statements: {
    name: 'statement',
    value: 20_000_000,
    shown: '20,000,000 statements',
    counts:
      'statements executed in one run, and items a builtin walks through (`sum(range(…))`); on the page the event limit usually comes first',
    reached: 'the run stops with the message; the events so far replay',
  },
  events: {
    name: 'event',
    value: 5_000_000,
    shown: '5,000,000 events',
    counts: 'events one run records, from the command line (`npm run trace`)',
    reached: 'the run stops; exit status 3',
  },
  pageEvents: {
    name: 'event',
    value: 500_000,
    shown: '500,000 events',
    counts: 'events one run records on the page (what the replay holds in memory)',
    reached: 'the run stops with the message; the events so far replay',
  },
  virtualTime: {
    name: 'time',
    value: 1_000_000,
    shown: '1,000,000 virtual seconds',
    counts: "the loop's clock (sleeps and timers)",
    reached: 'the run stops with the message; the events so far replay',
  },
  output: {
    name: 'output',
    value: 5_000_000,
    shown: '5,000,000 characters',
    counts: 'characters printed in one run',
    reached: 'the run stops with the message; the events so far replay',
  },
  wallClock: {
    name: 'wall-clock',
    value: 10,
    shown: '10 seconds',
    counts:
      'real time one simulation may take on the page (Stop ends it sooner; a newer edit replaces it)',
    reached:
      'the simulation is stopped and the next edit runs at once; the events it made so far replay',
  },
  recursion: {
    name: 'recursion depth',
    value: 1_000,
    shown: '1,000 frames',
    counts: "nested calls and awaits (Python's own default)",
    reached: "RecursionError, with CPython's message; the program may catch it",
  },
  integerSize: {
    name: 'integer size',
    value: 1_000_000,
    shown: '1,000,000 bits',
    counts: 'one integer result (`10**10**9`, `1 << n`)',
    reached: 'OverflowError naming the limit; the program may catch it',
  },
  sequenceLength: {
    name: 'sequence length',
    value: 10_000_000,
    shown: '10,000,000 items',
    counts:
      'one string, list or tuple a program makes (`*`, `+`, `ljust`, `join`, `replace`, format widths, `%`)',
    reached: 'OverflowError naming the limit; the program may catch it',
  },
  memory: {
    name: 'memory',
    value: 1024 * MB,
    shown: '1 GB',
    counts:
      'bytes of Python objects one run makes, from the command line (`npm run trace -- --max-memory MB`): a value of 1 kB or more as it is made, a smaller one as a list, dict or set keeps it; memory freed later is not given back',
    reached: 'the run stops before the allocation; exit status 3',
  },
  pageMemory: {
    name: 'memory',
    value: 256 * MB,
    shown: '256 MB',
    counts:
      'the same count on the page, with the events the replay keeps (the tab stays well under its own memory limit)',
    reached: 'the run stops with the message; the events so far replay',
  },
  intDigits: {
    name: 'integer string conversion',
    value: 4_300,
    shown: '4,300 digits',
    counts: "decimal digits of one int turned into text or read from text (CPython's own rule)",
    reached: "ValueError, with CPython's message; the program may catch it",
  },
  seconds: {
    name: 'wall-clock',
    value: 60,
    shown: '60 seconds',
    counts: 'real time one run takes, from the command line (`npm run trace -- --max-seconds S`)',
    reached: 'the run stops; what it printed so far is kept; exit status 3',
  },
  importSize: {
    name: 'import size',
    value: 64 * MB,
    shown: '64 MB',
    counts:
      'a file imported on the page (an event log or a recording); a 500,000-event log the page exports is about 30 MB',
    reached: 'the file is not read; the page stays as it was',
  },
  recordedText: {
    name: 'recorded text',
    value: 100_000,
    shown: '100,000 characters',
    counts:
      "one string in an imported event (a print, a repr); the recorder and the page's simulator cut there too",
    reached: 'the file is refused with the event it stopped at; the page stays as it was',
  },
  linkSize: {
    name: 'link size',
    value: 32 * KB,
    shown: '32 kB',
    counts: 'a share link, when made and when opened',
    reached: 'no link is made / the link is not read and the default program shows',
  },
} as const satisfies Record<string, Limit>;

export type LimitId = keyof typeof LIMITS;

/** The words every limit message ends with: "(the statement limit)". */
export function limitPhrase(id: LimitId): string {
  return `(the ${LIMITS[id].name} limit)`;
}

/**
 * A whole number as the messages print it: 20,000,000. Grouped by hand: the first
 * `toLocaleString` of a process loads ICU's locale data (tens of milliseconds), and several
 * messages are made at load time. Other numbers (fractions, infinities) still go to it.
 */
export function count(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += ',' + digits.slice(i, i + 3);
  return n < 0 ? '-' + out : out;
}

/** The README's table of limits. */
export function limitsTable(): string {
  const rows = Object.values(LIMITS).map(
    (l: Limit) => `| ${l.name} | ${l.shown} | ${l.counts} | ${l.reached} |`,
  );
  return ['| Limit | Value | What it counts | At the limit |', '|---|---|---|---|', ...rows].join(
    '\n',
  );
}
