/** The README's images: the page mid-run, at a desktop and a phone size. */
import { expect, test } from './fixtures';

const SHOTS = [
  { name: 'docs/screenshot.png', width: 1440, height: 900 },
  { name: 'docs/screenshot-mobile.png', width: 390, height: 844 },
] as const;

for (const shot of SHOTS) {
  test(`screenshot at ${shot.width}×${shot.height}`, async ({ loopscope, page }) => {
    await page.setViewportSize({ width: shot.width, height: shot.height });
    // The moment worth showing: tasks in every lane, the running one marked in the code.
    await loopscope.stepUntil(
      (s) => s.lanes.done.length >= 3 && s.lanes.running.length === 1 && s.lanes.ready.length >= 2,
    );
    await page.locator('h1').click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(loopscope.lane('running').getByTestId('task-card')).toHaveCount(1);
    await page.waitForTimeout(600); // let the cards settle
    await page.screenshot({ path: shot.name });
  });
}
