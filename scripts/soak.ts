/**
 * `npm run soak [-- --minutes M]`: does the page leak while it replays for a long time?
 * (A measurement, not part of `npm test`.)
 *
 * Builds `dist/` if it is missing or older than the sources, serves it with `vite preview`
 * on a free port, opens it in headless Chromium (the Playwright config's browser and
 * flags, plus --enable-precise-memory-info), and replays the default lesson over and over
 * (jump to start, play at the top speed) for M minutes (default 10), after 30 s of the same
 * to warm up. Every 30 s it forces
 * a garbage collection (CDP `HeapProfiler.collectGarbage`) and samples the page's heap
 * (CDP `Runtime.getHeapUsage` and `performance.memory.usedJSHeapSize`). Prints the series,
 * the least-squares slope in bytes per minute, and whether the heap is flat: the median of
 * the last third of the samples within 10% of the median of the first third.
 *
 * The worker's heap is not in these figures: it holds one run at a time and is replaced
 * wholesale by each new run, and the lesson is simulated once here.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium } from '@playwright/test';
import type { CDPSession, LaunchOptions, Page } from '@playwright/test';
import config from '../playwright.config';
import { ROOT, buildIfNeeded, waitForServer } from './dist';

const SAMPLE_MS = 30_000;
/** Replays before the first sample, so lazy chunks, JIT code and caches are in the baseline. */
const WARM_UP_MS = 30_000;
const SPEED = '1000';
const FLAT_TOLERANCE = 0.1;

function parseMinutes(argv: string[]): number {
  const i = argv.indexOf('--minutes');
  if (i < 0) return 10;
  const m = Number(argv[i + 1]);
  if (!Number.isFinite(m) || m <= 0) throw new Error('--minutes takes a positive number');
  return m;
}

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

interface Sample {
  minute: number;
  /** CDP Runtime.getHeapUsage().usedSize after a forced GC. */
  cdpUsed: number;
  /** performance.memory.usedJSHeapSize after the same GC. */
  perfUsed: number;
  replays: number;
}

async function sample(page: Page, cdp: CDPSession, started: number, replays: number) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  // A string, not a function: tsx would wrap a function in helpers the page does not have.
  const perfUsed = await page.evaluate<number>(
    '(performance.memory && performance.memory.usedJSHeapSize) || 0',
  );
  return { minute: (Date.now() - started) / 60_000, cdpUsed: usedSize, perfUsed, replays };
}

/** Least-squares slope of y over x. */
function slope(xs: number[], ys: number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

async function soak(page: Page, url: string, minutes: number): Promise<Sample[]> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page
    .getByTestId('position')
    .filter({ hasText: /^event 0 \/ [1-9]/ })
    .waitFor({ timeout: 60_000 });
  await page.getByTestId('speed').selectOption(SPEED);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');

  const play = page.getByTestId('play');
  const jumpStart = page.getByTestId('jump-start');
  let replays = 0;
  const replayIfStopped = async () => {
    if ((await play.getAttribute('aria-pressed')) !== 'true') {
      if (await jumpStart.isEnabled()) await jumpStart.click();
      await play.click();
      replays++;
    }
  };
  const warmUpEnd = Date.now() + WARM_UP_MS;
  while (Date.now() < warmUpEnd) {
    await replayIfStopped();
    await page.waitForTimeout(100);
  }
  console.log(`  warmed up: ${replays} replays in ${WARM_UP_MS / 1000} s`);
  replays = 0;
  const started = Date.now();
  const end = started + minutes * 60_000;
  const samples: Sample[] = [await sample(page, cdp, started, 0)];
  console.log(`  t=0.0 min  ${mb(samples[0]!.cdpUsed)}`);
  let nextSample = started + SAMPLE_MS;
  while (Date.now() < end) {
    await replayIfStopped();
    if (Date.now() >= nextSample) {
      const s = await sample(page, cdp, started, replays);
      samples.push(s);
      console.log(`  t=${s.minute.toFixed(1)} min  ${mb(s.cdpUsed)}  (${replays} replays)`);
      nextSample += SAMPLE_MS;
    }
    await page.waitForTimeout(100);
  }
  if (errors.length > 0) throw new Error(`errors on the page:\n${errors.join('\n')}`);
  return samples;
}

function report(samples: Sample[]): void {
  const xs = samples.map((s) => s.minute);
  const cdp = samples.map((s) => s.cdpUsed);
  const perf = samples.map((s) => s.perfUsed);
  const third = Math.max(1, Math.floor(samples.length / 3));
  const first = median(cdp.slice(0, third));
  const last = median(cdp.slice(-third));
  const flat = Math.abs(last - first) <= FLAT_TOLERANCE * first;
  console.log('\nminute  heap (CDP, after GC)  usedJSHeapSize  replays');
  for (const s of samples) {
    console.log(
      `${s.minute.toFixed(2).padStart(6)}  ${mb(s.cdpUsed).padStart(20)}  ${mb(s.perfUsed).padStart(14)}  ${String(s.replays).padStart(7)}`,
    );
  }
  console.log(
    `\nstart ${mb(cdp[0]!)}, end ${mb(cdp.at(-1)!)}; slope ${Math.round(slope(xs, cdp)).toLocaleString('en-US')} B/min` +
      ` (usedJSHeapSize: ${Math.round(slope(xs, perf)).toLocaleString('en-US')} B/min)`,
  );
  console.log(
    `first-third median ${mb(first)}, last-third median ${mb(last)} ` +
      `(${(((last - first) / first) * 100).toFixed(1)}%): ${flat ? 'FLAT' : 'NOT FLAT'} (tolerance ${FLAT_TOLERANCE * 100}%)`,
  );
}

async function main(): Promise<void> {
  const minutes = parseMinutes(process.argv.slice(2));
  buildIfNeeded();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: ROOT, stdio: 'ignore', detached: true },
  );
  try {
    await waitForServer(url);
    const launch = (config.projects?.[0]?.use?.launchOptions ?? {}) as LaunchOptions;
    const browser = await chromium.launch({
      ...launch,
      args: [...(launch.args ?? []), '--enable-precise-memory-info'],
      headless: true,
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      console.log(
        `soaking ${url} for ${minutes} min (replaying at ${SPEED}x, sampling every 30 s)`,
      );
      report(await soak(page, url, minutes));
    } finally {
      await browser.close();
    }
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

await main();
