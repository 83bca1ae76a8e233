/**
 * `npm run screenshots`: the README's images, docs/screenshot.png (1440 × 900) and
 * docs/screenshot-mobile.png (390 × 844): the lesson mid-run, with tasks in every lane.
 *
 * Builds `dist/` if it is missing or older than the sources, serves it with `vite preview`
 * and drives headless Chromium (the Playwright config's browser and flags). A docs
 * generator, not a test: it writes into the repository, so `npm test` does not run it.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { LaunchOptions, Page } from '@playwright/test';
import config from '../playwright.config';
import { ROOT, buildIfNeeded, waitForServer } from './dist';

const PORT = Number(process.env.LOOPSCOPE_SCREENSHOT_PORT ?? 4184);
const URL = `http://127.0.0.1:${PORT}/`;

const SHOTS = [
  { file: 'docs/screenshot.png', width: 1440, height: 900 },
  { file: 'docs/screenshot-mobile.png', width: 390, height: 844 },
] as const;

/** Steps until some tasks are done, one runs and a few wait in the ready queue. */
async function stepToTheMoment(page: Page): Promise<void> {
  // A string, not a function: tsx would wrap a function's inner closures in helpers the
  // page does not have.
  await page.evaluate(`(async () => {
    const count = (lane) =>
      document.querySelectorAll('[data-testid="lane-' + lane + '"] [data-testid="task-card"]').length;
    const step = document.querySelector('[data-testid="step-forward"]');
    for (let i = 0; i < 2000 && !step.disabled; i++) {
      if (count('done') >= 3 && count('running') === 1 && count('ready') >= 2) return;
      step.click();
      await new Promise((r) => requestAnimationFrame(r));
    }
    throw new Error('the run never had tasks in every lane');
  })()`);
}

async function main(): Promise<void> {
  buildIfNeeded();
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    { cwd: ROOT, stdio: 'ignore', detached: true },
  );
  try {
    await waitForServer(URL);
    const launch = (config.projects?.[0]?.use?.launchOptions ?? {}) as LaunchOptions;
    const browser = await chromium.launch({ ...launch, headless: true });
    try {
      for (const shot of SHOTS) {
        const page = await browser.newPage({
          viewport: { width: shot.width, height: shot.height },
        });
        await page.goto(URL);
        await page
          .getByTestId('position')
          .filter({ hasText: /^event 0 \/ [1-9]/ })
          .waitFor();
        await page.locator('.cm-content').waitFor();
        await stepToTheMoment(page);
        await page.locator('h1').click();
        await page.evaluate('window.scrollTo(0, 0)');
        await page.waitForTimeout(600); // let the cards settle
        await page.screenshot({ path: join(ROOT, shot.file) });
        console.log(`wrote ${shot.file} (${shot.width} × ${shot.height})`);
        await page.close();
      }
    } finally {
      await browser.close();
    }
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

await main();
