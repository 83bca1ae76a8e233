/**
 * Bounded runs (issue 15): Stop, the wall-clock limit, the saved draft, scale, and a corpus
 * of hostile programs, links and files. Each case asserts the outcome a user sees (the
 * message and the limit it names), that the page stays usable, and that the tab's memory
 * stays under 1.5 GB (the renderer's resident size, read through Chromium's process list).
 */
import { readFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { LIMITS } from '../src/limits';
import { packCode, pasteProgram } from './fixtures';
import type { LoopscopePage } from './fixtures';
import { expect, test } from './strict';

test.describe.configure({ timeout: 60_000 });

const GB = 1024 ** 3;

/** A program that never ends and makes almost no events: 3.7 ms a statement. */
/**
 * Runs for ever without making anything: each step divides a 500,000-bit number, so
 * neither the event, statement nor memory limit comes before the wall-clock one.
 */
/** Runs for ever, one big-number product a statement (Stop ends it long before a limit). */
const SPIN = 'print("before")\nx = 1 << 499999\nwhile True:\n    y = x * x\n';

const FOREVER =
  'print("before")\nx = 1 << 499999\nprint(any(x % 1000003 == -1 for _ in range(10**9)))\n';

const SMALL = 'import asyncio\nasync def main():\n    print("small ran")\nasyncio.run(main())\n';

/** The largest resident size of this browser's renderer processes (the tab and its workers). */
async function rendererBytes(browser: Browser): Promise<number> {
  if (!browser.isConnected()) return 0;
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
      processInfo: { type: string; id: number }[];
    };
    let most = 0;
    for (const p of processInfo) {
      if (p.type !== 'renderer') continue;
      try {
        const status = readFileSync(`/proc/${p.id}/status`, 'utf8');
        most = Math.max(most, Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024);
      } catch {
        // The process has just gone.
      }
    }
    return most;
  } catch {
    return 0; // the browser is closing
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Samples the renderer's memory until stopped; resolves to the peak seen. */
function watchMemory(browser: Browser): () => Promise<number> {
  let peak = 0;
  let on = true;
  const loop = (async () => {
    while (on) {
      peak = Math.max(peak, await rendererBytes(browser));
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
  return async () => {
    on = false;
    await loop;
    return Math.max(peak, await rendererBytes(browser));
  };
}

/** Opens a share link to `source` in a fresh page load. */
async function openLink(loopscope: LoopscopePage, source: string): Promise<void> {
  const code = await packCode(loopscope.page, source);
  await loopscope.page.goto('about:blank');
  await loopscope.page.goto(`/#code=${code}`);
}

/** The page still works: a small program typed in runs and prints. */
async function expectUsable(loopscope: LoopscopePage): Promise<void> {
  await pasteProgram(loopscope.page, SMALL);
  await expect(async () => {
    await loopscope.byId('jump-end').click();
    await expect(loopscope.console).toContainText('small ran', { timeout: 500 });
  }).toPass({ timeout: 30_000 });
  await expect(loopscope.byId('stop')).toHaveCount(0);
  await expect(loopscope.byId('run-stopped')).toHaveCount(0);
}

test('Stop ends a program that runs forever within 200 ms, and the next edit runs at once', async ({
  loopscope,
  page,
}) => {
  await pasteProgram(page, SPIN);
  const stop = loopscope.byId('stop');
  await expect(stop).toBeVisible();
  await page.waitForTimeout(500);
  const ms = await page.evaluate(async () => {
    const started = performance.now();
    document.querySelector<HTMLButtonElement>('[data-testid="stop"]')?.click();
    while (!document.querySelector('[data-testid="run-stopped"]')) {
      await new Promise((r) => setTimeout(r, 2));
    }
    return performance.now() - started;
  });
  expect(ms).toBeLessThan(200);
  await expect(stop).toHaveCount(0);
  await expect(loopscope.byId('run-stopped')).toContainText(
    /^The run stopped: you pressed Stop after \d+\.\d s of real time\. The events up to there replay\.$/,
  );
  // The events before the stop replay: the print, then the stop itself.
  await loopscope.byId('jump-end').click();
  await expect(loopscope.console).toContainText('before');
  await expect(loopscope.console).toContainText('you pressed Stop');
  // The next edit runs at once, in a fresh worker.
  const edited = Date.now();
  await expectUsable(loopscope);
  expect(Date.now() - edited).toBeLessThan(5_000);
});

test('a program past the wall-clock limit is stopped with the limit named', async ({
  loopscope,
  browser,
  page,
}) => {
  test.setTimeout(60_000);
  const peak = watchMemory(browser);
  // The page's clock, so the limit passes at once; the worker's computing stays real.
  await page.clock.install();
  await openLink(loopscope, FOREVER);
  await expect(loopscope.byId('stop')).toBeVisible();
  await page.clock.fastForward(LIMITS.wallClock.value * 1000 - 1_000);
  await expect(loopscope.byId('stop')).toBeVisible();
  await expect(loopscope.byId('run-stopped')).toHaveCount(0);
  await page.clock.fastForward(1_000);
  await expect(loopscope.byId('run-stopped')).toContainText(
    'the simulation took more than 10 seconds of real time (the wall-clock limit)',
  );
  await expectUsable(loopscope);
  expect(await peak()).toBeLessThan(1.5 * GB);
});

test('a reload after typing restores the program', async ({ loopscope, page }) => {
  const line = page.locator('.cm-line', { hasText: 'N = 10' });
  await line.click();
  await page.keyboard.press('End');
  await page.keyboard.type('  # mine');
  await page.reload();
  await expect(loopscope.position).toHaveText(/^event 0 \/ [1-9]\d*$/);
  await expect.poll(() => loopscope.code()).toContain('N = 10  # mine');
});

test('a program with 150,000 tasks replays up to the limit it meets, and says which', async ({
  loopscope,
  browser,
}) => {
  const peak = watchMemory(browser);
  await openLink(
    loopscope,
    'import asyncio\nasync def f():\n    pass\nasync def main():\n    await asyncio.gather(*[f() for _ in range(150_000)])\nasyncio.run(main())\n',
  );
  await expect(loopscope.byId('run-stopped')).toContainText(/\(the (event|wall-clock) limit\)/, {
    timeout: 40_000,
  });
  await expect(loopscope.position).toHaveText(/^event 0 \/ \d{6}$/);
  await loopscope.byId('jump-end').click();
  await expect(loopscope.byId('lane-ready')).toContainText(/\d/);
  expect(await peak()).toBeLessThan(1.5 * GB);
});

/** An event log file with these events, as the page would read it. */
function eventLog(name: string, events: unknown[], seed: unknown = 0) {
  const text = JSON.stringify({
    format: 'loopscope-events',
    version: 1,
    program: { source: 'import asyncio\n', filename: 'crafted.py', seed, set: {} },
    events,
  });
  return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

const create = (task: number) => ({
  type: 'create',
  t: 0,
  task,
  name: `Task-${task}`,
  coro: 'main',
  line: 1,
});

test.describe('hostile input', () => {
  test('a 6 kB link that expands to 3,000,000 characters names the code size limit', async ({
    loopscope,
    browser,
  }) => {
    const peak = watchMemory(browser);
    const code = await packCode(loopscope.page, `s = '${'x'.repeat(3_000_000)}'\n`);
    expect(code.length).toBeLessThan(7_000);
    await loopscope.page.goto('about:blank');
    await loopscope.page.goto(`/#code=${code}`);
    // The editor keeps the program; it is not run, and the page says so and why.
    const problem = loopscope.byId('problem');
    await expect(problem).toContainText(
      'the program is 3,000,007 characters, over 1,000,000 (the code size limit); it was not run',
    );
    await expect(problem).toContainText('Nothing has run yet.');
    await expect(problem).not.toContainText('still shows');
    await expectUsable(loopscope);
    expect(await peak()).toBeLessThan(1.5 * GB);
  });

  test('a link that expands past 4,000,000 bytes is not opened', async ({ loopscope }) => {
    const code = await packCode(loopscope.page, 'x'.repeat(4_000_001));
    await loopscope.page.goto('about:blank');
    await loopscope.openAt(`/#code=${code}`);
    await expect(loopscope.byId('link-error')).toContainText(
      'the program in it is far longer than 1,000,000 characters (the code size limit), so it was not opened',
    );
    expect(await loopscope.code()).toContain('async def randn');
  });

  for (const id of [2_147_483_647, Number.MAX_SAFE_INTEGER]) {
    test(`an import with task id ${id} replays, sized by its one task`, async ({
      loopscope,
      browser,
    }) => {
      const peak = watchMemory(browser);
      await loopscope.byId('import-file').setInputFiles(eventLog('ids.json', [create(id)]));
      await expect(loopscope.byId('recording-banner')).toContainText('Event log of crafted.py');
      await expect(loopscope.position).toHaveText('event 0 / 1');
      await loopscope.byId('jump-end').click();
      await expect(loopscope.cards('ready')).toHaveCount(1);
      await loopscope.byId('leave-import').click();
      await expectUsable(loopscope);
      expect(await peak()).toBeLessThan(1.5 * GB);
    });
  }

  test('an import with 275,588 create events replays (its lanes draw a part and count the rest)', async ({
    loopscope,
    browser,
  }) => {
    const peak = watchMemory(browser);
    const n = 275_588;
    const events = Array.from({ length: n }, (_, i) => create(i + 1));
    await loopscope.byId('import-file').setInputFiles(eventLog('many.json', events));
    await expect(loopscope.position).toHaveText(`event 0 / ${n}`, { timeout: 30_000 });
    await loopscope.byId('jump-end').click();
    await expect(loopscope.lane('ready').getByLabel(`${n} tasks`)).toBeVisible();
    await expect(loopscope.byId('lane-more')).toHaveText('and 273,588 more');
    expect(await peak()).toBeLessThan(1.5 * GB);
  });

  test('crafted times are refused before they reach the verdict', async ({ loopscope }) => {
    const file = eventLog('times.json', [
      create(1),
      { type: 'clock', t: 1, from: -1e308, why: 'sleep' },
    ]);
    await loopscope.byId('import-file').setInputFiles(file);
    await expect(loopscope.byId('import-error')).toContainText(
      "event 1: 'clock' has 'from' = -1e+308, expected a time from 0 to 1,000,000,000 s",
    );
    await expect(loopscope.verdict).not.toContainText(/Infinity|NaN|-\d/);
  });

  test('a recording made with --seed 12345678901234567890 imports and compares identical', async ({
    loopscope,
  }) => {
    await loopscope
      .byId('import-file')
      .setInputFiles(new URL('./fixtures/bigseed.recording.json', import.meta.url).pathname);
    await expect(loopscope.byId('recording-banner')).toContainText('Recording of bigseed.py');
    // Nothing is simulated until asked.
    await expect(loopscope.byId('compare')).toHaveCount(0);
    await loopscope.byId('compare-button').click();
    await expect(loopscope.byId('compare-identical')).toBeVisible();
  });

  test('a file over the import size limit is refused before it is read', async ({ loopscope }) => {
    // Made in the page: Playwright hands over buffers of less than 50 MB.
    await loopscope.page.evaluate(
      (size) => {
        const input = document.querySelector<HTMLInputElement>('[data-testid="import-file"]')!;
        const data = new DataTransfer();
        data.items.add(new File([new Uint8Array(size)], 'huge.json'));
        input.files = data.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      },
      LIMITS.importSize.value + 1024 * 1024,
    );
    await expect(loopscope.byId('import-error')).toContainText(
      'The file is too big (65 MB); the limit is 64 MB (the import size limit).',
    );
  });
});

test('the event log of a 500,001-event run exports and imports back', async ({
  loopscope,
  browser,
}) => {
  test.setTimeout(90_000);
  const peak = watchMemory(browser);
  const page = loopscope.page;
  await openLink(
    loopscope,
    'import asyncio\nasync def f():\n    while True:\n        await asyncio.sleep(1)\nasyncio.run(f())\n',
  );
  await expect(loopscope.position).toHaveText('event 0 / 500001', { timeout: 30_000 });
  await page.getByTestId('export').locator('summary').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-events').click(),
  ]);
  const path = await download.path();
  const size = readFileSync(path).length;
  expect(size).toBeGreaterThan(20 * 1024 * 1024);
  await loopscope.byId('import-file').setInputFiles(path);
  await expect(loopscope.byId('import-progress')).toBeVisible();
  await expect(loopscope.byId('recording-banner')).toContainText('Event log of main.py', {
    timeout: 30_000,
  });
  await expect(loopscope.byId('import-progress')).toHaveCount(0);
  await expect(loopscope.position).toHaveText('event 0 / 500001');
  expect(await peak()).toBeLessThan(1.5 * GB);
});

/**
 * Programs that would fill the tab's memory: the engine's memory budget (or another named
 * limit) stops them first. Chromium ends the whole tab when a worker runs out of memory,
 * so without that budget they could not run here at all.
 */
const MEMORY_HOGS: [string, string][] = [
  ['a 200,000,000-character ljust', "s = 'x'.ljust(2*10**8)\nprint(len(s))\n"],
  ['200 lists of 10,000,000', 'xs = [[0]*10**7 for _ in range(200)]\n'],
  [
    '20 tasks returning 10,000,000 characters',
    // 200 MB of strings: CPython runs it, and so may the simulator (then it prints done).
    "import asyncio\nasync def f():\n    return 'x' * 10**7\nasync def main():\n    await asyncio.gather(*[f() for _ in range(20)])\n    print('done')\nasyncio.run(main())\n",
  ],
  ['a list that grows forever', 'x = []\nwhile True:\n    x.append([0]*1000)\n'],
  [
    'a string doubled by center',
    "s = 'x' * 10**6\nfor _ in range(40):\n    s = s.center(len(s)*2)\n",
  ],
  ['getrandbits(10**9)', 'import random\nprint(random.getrandbits(10**9))\n'],
];

test.describe('programs that would fill the memory', () => {
  for (const [what, source] of MEMORY_HOGS) {
    test(`${what}: a named limit, the tab alive and under 1.5 GB`, async ({
      loopscope,
      browser,
    }) => {
      const peak = watchMemory(browser);
      await openLink(loopscope, source);
      await expect(loopscope.position).toHaveText(/^event 0 \/ [1-9]/, {
        timeout: LIMITS.wallClock.value * 1000 + 10_000,
      });
      // A stopped run says so at once; an error the program could catch shows at its end.
      await loopscope.byId('jump-end').click();
      // A named limit, or (for what fits) the program's own end, as CPython has it.
      await expect(
        loopscope.page
          .getByText(/\(the [\w -]+ limit\)/)
          .or(loopscope.console.getByText('done'))
          .first(),
      ).toBeVisible();
      await expectUsable(loopscope);
      expect(await peak()).toBeLessThan(1.5 * GB);
    });
  }
});
