import { defineConfig, devices } from '@playwright/test';

/** Debian's Chromium; Playwright's own browser download cannot reach the network here. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** LOOPSCOPE_E2E_PORT lets several checkouts run their e2e suites side by side. */
const PORT = Number(process.env.LOOPSCOPE_E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'e2e',
  // Playwright empties outputDir on each run; keep it apart from the JSON reports beside it.
  outputDir: 'test-results/e2e',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  fullyParallel: true,
  // Two browsers at once on a 2-core machine: the suite takes about half as long, and the
  // timing-sensitive specs (CLS, playback pace, Stop) keep their margins.
  workers: Number(process.env.LOOPSCOPE_E2E_WORKERS ?? 2),
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
