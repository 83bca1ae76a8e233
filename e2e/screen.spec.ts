/**
 * The lesson on one screen: a timeline in virtual seconds, what the user came to watch
 * above the fold, nothing that moves after load, menus inside the window.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The element's box lies wholly inside the viewport, with the page not scrolled. */
async function whollyVisible(page: Page, locator: Locator): Promise<void> {
  const viewport = page.viewportSize()!;
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const box = (await locator.boundingBox())!;
  expect(box.y, 'top').toBeGreaterThanOrEqual(0);
  expect(box.x, 'left').toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, 'bottom').toBeLessThanOrEqual(viewport.height);
  expect(box.x + box.width, 'right').toBeLessThanOrEqual(viewport.width);
}

test.describe('the timeline', () => {
  test('has ticks at round seconds on a linear axis', async ({ loopscope }) => {
    const ticks = await loopscope.page.getByTestId('timeline-tick').evaluateAll((els) =>
      els.map((el) => {
        const box = el.getBoundingClientRect();
        return { t: Number((el as HTMLElement).dataset.t), x: box.x + box.width / 2 };
      }),
    );
    // The lesson lasts 6 s: a tick every second, from 0 to 6.
    expect(ticks.map((k) => k.t)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const first = ticks[0]!;
    const last = ticks.at(-1)!;
    const perSecond = (last.x - first.x) / (last.t - first.t);
    expect(perSecond).toBeGreaterThan(50);
    for (const k of ticks) {
      expect(
        Math.abs(first.x + (k.t - first.t) * perSecond - k.x),
        `tick ${k.t}`,
      ).toBeLessThanOrEqual(3);
    }
  });

  test('shows the run against its sleeps one after another', async ({ loopscope }) => {
    const real = (await loopscope.byId('timeline-real').boundingBox())!;
    const ghost = (await loopscope.byId('timeline-ghost').boundingBox())!;
    await expect(loopscope.byId('timeline-compare')).toContainText('6 s');
    await expect(loopscope.byId('timeline-compare')).toContainText('33 s');
    // 6 s against 33 s, on one scale.
    expect(real.width / ghost.width).toBeCloseTo(6 / 33, 1);
  });

  test('zooms on the instant at the cursor, whose events take no time', async ({ loopscope }) => {
    await expect(loopscope.byId('timeline-lens')).toContainText('0.000 s');
    await loopscope.stepUntil((s) => s.clock === '3.000 s');
    await expect(loopscope.byId('timeline-lens')).toContainText(/3\.000 s: \d+ events/);
  });
});

test.describe('the first screen', () => {
  test('at 1280×720 holds the slider, the Running and Ready lanes and the whole timeline', async ({
    loopscope,
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    for (const id of ['coroutine-count', 'coroutine-count-number', 'lane-running', 'lane-ready'])
      await whollyVisible(page, loopscope.byId(id));
    await whollyVisible(page, page.locator('.timeline-panel'));
  });

  test('at 1440×900 shows the console too', async ({ loopscope, page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await whollyVisible(page, page.locator('.timeline-panel'));
    const console = (await loopscope.console.boundingBox())!;
    // Its first lines, where "took 3.00 seconds" prints.
    expect(console.y + 40).toBeLessThanOrEqual(900);
  });

  for (const [width, height] of [
    [1280, 720],
    [1440, 900],
  ] as const) {
    test(`does not move after load at ${width}×${height} (CLS < 0.1 in 3 s)`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.addInitScript(() => {
        const host = window as unknown as { __cls: number };
        host.__cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[]) {
            if (!e.hadRecentInput) host.__cls += e.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto('/');
      await page.waitForTimeout(3000);
      await expect(page.getByTestId('position')).toHaveText(/^event 0 \/ [1-9]/);
      const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
      expect(cls).toBeLessThan(0.1);
    });
  }

  test('opens on the lesson, with its explanation', async ({ loopscope }) => {
    await expect(loopscope.byId('scenario')).toHaveValue('lesson');
    await expect(loopscope.byId('scenario-explanation')).toContainText('gather()');
  });

  test('the number box sets N, Enter applies', async ({ loopscope }) => {
    await loopscope.countBox.fill('3');
    await expect.poll(() => loopscope.code()).toContain('\nN = 10\n');
    await loopscope.countBox.press('Enter');
    await expect.poll(() => loopscope.code()).toContain('\nN = 3\n');
    await expect(loopscope.slider).toHaveAttribute('aria-valuetext', 'N = 3');
    await expect(loopscope.verdict).toContainText('3 s, not 9 s');
    await expect(loopscope.position).toHaveText(/^event 0 \/ \d+$/);
  });

  test('the slider reaches every small N in one step', async ({ loopscope, page }) => {
    await loopscope.slider.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(loopscope.countBox).toHaveValue('9');
    await page.keyboard.press('Home');
    await expect(loopscope.countBox).toHaveValue('1');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(loopscope.countBox).toHaveValue('3');
  });
});

test.describe('menus and phones', () => {
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ] as const) {
    test(`the Export menu opens inside the window at ${width}×${height}`, async ({
      loopscope,
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await loopscope.byId('export').locator('summary').click();
      const menu = page.locator('.io-menu');
      await expect(menu).toBeVisible();
      await expect
        .poll(async () => {
          const box = (await menu.boundingBox())!;
          return box.x >= 0 && box.x + box.width <= width;
        })
        .toBe(true);
    });
  }

  test('on a phone the transport stays at hand and the code keeps its width', async ({
    loopscope,
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await loopscope.stepUntil((s) => s.lanes.ready.length > 3);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const play = (await loopscope.play.boundingBox())!;
    expect(play.y).toBeGreaterThanOrEqual(0);
    expect(play.y + play.height).toBeLessThanOrEqual(844);
    const gutters = (await page.locator('.cm-gutters').boundingBox())!;
    expect(gutters.width).toBeLessThan(390 / 4);
  });
});
