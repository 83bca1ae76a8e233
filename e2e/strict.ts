/**
 * The `loopscope` fixture, strict: any uncaught page error or console error in a test
 * fails it. A test that provokes an error on purpose takes it out with `allowErrors`.
 */
import { test as base, expect } from './fixtures';
import type { LoopscopePage } from './fixtures';

export const test = base.extend<{
  pageErrors: string[];
  allowErrors: (pattern: RegExp) => void;
}>({
  // An auto fixture, so it listens from before the page opens.
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
      });
      await use(errors);
      expect(errors, 'errors on the page').toEqual([]);
    },
    { auto: true },
  ],
  allowErrors: async ({ pageErrors, loopscope }, use) => {
    await use((pattern) => {
      for (const list of [pageErrors, loopscope.errors]) {
        const kept = list.filter((e) => !pattern.test(e));
        list.splice(0, list.length, ...kept);
      }
    });
  },
});

/** Waits until the run on screen is settled and is N's: the code, the slider, no pending run. */
export async function expectSettledOn(loopscope: LoopscopePage, n: number): Promise<void> {
  await expect.poll(() => loopscope.code(), { timeout: 30_000 }).toContain(`\nN = ${n}\n`);
  await expect(loopscope.countBox).toHaveValue(String(n));
  await expect(loopscope.slider).toHaveAttribute('aria-valuetext', `N = ${n}`);
  await expect(loopscope.page.getByText('simulating…')).toHaveCount(0, { timeout: 30_000 });
  await expect(loopscope.position).toHaveText(/^event \d+ \/ [1-9]\d*$/);
}

/**
 * Pauses, jumps to the end and checks the page shows the finished run of the default
 * program with `n` coroutines: main and its n tasks all done, the position, the timeline
 * and the lanes agreeing. Returns the run's length.
 */
export async function expectFinishedRunOf(loopscope: LoopscopePage, n: number): Promise<number> {
  await expectSettledOn(loopscope, n);
  if ((await loopscope.play.getAttribute('aria-pressed')) === 'true') await loopscope.play.click();
  const jumpEnd = loopscope.byId('jump-end');
  if (await jumpEnd.isEnabled()) await jumpEnd.click();
  await expect(jumpEnd).toBeDisabled();
  const s = await loopscope.snapshot();
  expect(s.position).toBe(`event ${s.length} / ${s.length}`);
  expect(s.cursor).toBe(s.length);
  const timeline = loopscope.byId('timeline');
  await expect(timeline).toHaveAttribute('aria-valuenow', String(s.length));
  await expect(timeline).toHaveAttribute('aria-valuemax', String(s.length));
  expect(s.lanes.done).toHaveLength(n + 1);
  expect([...s.lanes.running, ...s.lanes.ready, ...s.lanes.awaiting]).toEqual([]);
  return s.length;
}

export { expect };
