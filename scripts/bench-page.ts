/**
 * `npm run bench:page`: the page's budgets, measured (a benchmark, not a test).
 *
 * Builds `dist/` if it is missing or older than the sources, serves it with `vite preview`,
 * opens it in headless Chromium (the Playwright config's browser and flags), sets N = 1,000,
 * plays the replay and records the time between animation frames. Prints the frame-time
 * percentiles and the gzip size of the JS that index.html loads first.
 *
 * Targets (docs: design.md, "Budgets"): median frame under 20 ms; main bundle under 150 kB gzip.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import type { LaunchOptions, Page } from '@playwright/test';
import config from '../playwright.config';
import { DIST, ROOT, buildIfNeeded, waitForServer } from './dist';

const PORT = Number(process.env.LOOPSCOPE_BENCH_PORT ?? 4183);
const URL = `http://127.0.0.1:${PORT}/`;
const COUNT = 1000;
/** 1× is a virtual second per second: N = 1,000 plays its bursts of thousands of events in ~11 s. */
const SPEED = '1';
const PLAY_MS = 20_000;
const TARGET_FRAME_MS = 20;
const TARGET_BUNDLE_KB = 150;

/** The JS that index.html loads before anything else: its module script and preloads. */
function mainBundle(): { files: string[]; gzipKb: number } {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((m) => m[1]!);
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f))).length, 0);
  return { files, gzipKb: bytes / 1000 };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;
}

async function measurePlayback(page: Page) {
  await page.goto(URL);
  await page
    .getByTestId('position')
    .filter({ hasText: /^event 0 \/ [1-9]/ })
    .waitFor();
  await page.getByTestId('coroutine-count-number').fill(String(COUNT));
  await page.getByTestId('coroutine-count-number').press('Enter');
  await page
    .getByTestId('position')
    .filter({ hasText: /^event 0 \/ \d{5,}$/ })
    .waitFor({ timeout: 60_000 });
  const length = Number(
    /\/ (\d+)/.exec((await page.getByTestId('position').textContent()) ?? '')?.[1],
  );
  await page.getByTestId('speed').selectOption(SPEED);
  // A string, not a function: tsx would wrap a function's inner closures in helpers the
  // page does not have.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__recording = true;
    let last = performance.now();
    const frame = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (window.__recording) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  })()`);
  await page.getByTestId('play').click();
  const started = Date.now();
  while (Date.now() - started < PLAY_MS) {
    await page.waitForTimeout(250);
    if ((await page.getByTestId('play').getAttribute('aria-pressed')) === 'false') break;
  }
  const frames = await page.evaluate<number[]>(
    '(() => { window.__recording = false; return window.__frames.slice(1); })()',
  );
  const position = (await page.getByTestId('position').textContent()) ?? '';
  return { frames, length, position };
}

async function main(): Promise<void> {
  buildIfNeeded();
  const bundle = mainBundle();
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    {
      cwd: ROOT,
      stdio: 'ignore',
      detached: true,
    },
  );
  try {
    await waitForServer(URL);
    const launch = (config.projects?.[0]?.use?.launchOptions ?? {}) as LaunchOptions;
    const browser = await chromium.launch({ ...launch, headless: true });
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      const { frames, length, position } = await measurePlayback(page);
      const sorted = [...frames].sort((a, b) => a - b);
      const p50 = percentile(sorted, 50);
      const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
      console.log(
        `\nplayback of N = ${COUNT} (${length.toLocaleString('en-US')} events) at ${SPEED}x, ${frames.length} frames, reached ${position}`,
      );
      console.log(
        `  frame time p50 ${p50.toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms` +
          `  [target: median < ${TARGET_FRAME_MS} ms: ${verdict(p50 < TARGET_FRAME_MS)}; p95 <= 20 ms: ${verdict(percentile(sorted, 95) <= 20)}; p99 <= 34 ms: ${verdict(percentile(sorted, 99) <= 34)}]`,
      );
      console.log(
        `main bundle ${bundle.gzipKb.toFixed(1)} kB gzip (${bundle.files.join(', ')})` +
          `  [target: < ${TARGET_BUNDLE_KB} kB: ${verdict(bundle.gzipKb < TARGET_BUNDLE_KB)}]`,
      );
    } finally {
      await browser.close();
    }
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

await main();
