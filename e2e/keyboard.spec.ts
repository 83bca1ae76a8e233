import { expect, test } from './fixtures';

test.describe('keyboard controls', () => {
  test('Space plays and pauses, arrows step, Home and End jump', async ({ loopscope, page }) => {
    await page.locator('h1').click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(loopscope.position).toHaveText(/^event 2 \//);
    await page.keyboard.press('ArrowLeft');
    await expect(loopscope.position).toHaveText(/^event 1 \//);
    await page.keyboard.press('End');
    const end = await loopscope.snapshot();
    expect(end.cursor).toBe(end.length);
    await page.keyboard.press('Home');
    await expect(loopscope.position).toHaveText(/^event 0 \//);
    await page.keyboard.press(' ');
    await expect(loopscope.play).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press(' ');
    await expect(loopscope.play).toHaveAttribute('aria-pressed', 'false');
  });

  test('keys typed in the editor edit the code, not the replay', async ({ loopscope, page }) => {
    await page.locator('.cm-line').first().click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    await expect(loopscope.position).toHaveText(/^event 0 \//);
    await expect(loopscope.play).toHaveAttribute('aria-pressed', 'false');
  });

  test('Tab reaches the controls, with a visible focus ring', async ({ loopscope }) => {
    const { page } = loopscope;
    // From the header's last control (the file menu's Import) into the replay controls.
    await loopscope.byId('import').focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { id: el.dataset.testid, outline: getComputedStyle(el).outlineStyle };
    });
    // Jump-start and step-back are disabled at event 0: play comes first.
    expect(focused).toEqual({ id: 'play', outline: 'solid' });
  });

  test('with many tasks the focused timeline scrolls its rows and still steps', async ({
    loopscope,
    page,
  }) => {
    await loopscope.setCount(200);
    const timeline = loopscope.byId('timeline');
    await timeline.focus();
    const scrollTop = () => timeline.evaluate((el) => el.scrollTop);
    expect(await timeline.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    expect(await scrollTop()).toBe(0);
    await page.keyboard.press('PageDown');
    await expect.poll(scrollTop).toBeGreaterThan(0);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(loopscope.position).toHaveText(/^event 2 \//);
    await expect(timeline).toHaveAttribute('aria-valuenow', '2');
    await page.keyboard.press('End');
    const end = await loopscope.snapshot();
    expect(end.cursor).toBe(end.length);
    await expect(timeline).toBeFocused();
  });
});
