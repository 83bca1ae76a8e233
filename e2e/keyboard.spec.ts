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
    // From the top of the page into the replay controls.
    await page.locator('body').click({ position: { x: 1, y: 1 } });
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

  test('Space on a focused step button steps once and does not play', async ({
    loopscope,
    page,
  }) => {
    await loopscope.byId('step-forward').focus();
    await page.keyboard.press(' ');
    await expect(loopscope.position).toHaveText(/^event 1 \//);
    await page.keyboard.press('Enter');
    await expect(loopscope.position).toHaveText(/^event 2 \//);
    await page.waitForTimeout(300);
    await expect(loopscope.play).toHaveAttribute('aria-pressed', 'false');
    await expect(loopscope.position).toHaveText(/^event 2 \//);
  });

  test('keys in the speed menu stay there; once it is left, they move the replay again', async ({
    loopscope,
    page,
  }) => {
    const speed = loopscope.byId('speed');
    await speed.selectOption('2');
    await speed.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('End');
    await expect(loopscope.position).toHaveText(/^event 0 \//);
    await page.keyboard.press('Escape');
    await expect(speed).not.toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(loopscope.position).toHaveText(/^event 1 \//);
  });

  test('the quiz is answered from the keyboard', async ({ loopscope, page }) => {
    await loopscope.byId('speed').selectOption('1000');
    await loopscope.byId('quiz').check();
    await loopscope.play.click();
    await expect(loopscope.byId('quiz-prompt')).toContainText('What runs next?');
    const first = loopscope.cards('ready').first();
    await expect(first).toHaveAttribute('tabindex', '0');
    await first.focus();
    await page.keyboard.press('Enter');
    await expect(loopscope.byId('quiz-feedback')).toContainText('Right!');
    await expect(loopscope.byId('quiz-score')).toHaveText('1 / 1');
    // Answered: the cards are plain again.
    await expect(loopscope.cards('running').first()).not.toHaveAttribute('tabindex', '0');
  });

  test('the editor shows a focus ring', async ({ loopscope, page }) => {
    await loopscope.editorContent.focus();
    const outline = await page
      .getByTestId('code-editor')
      .evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
  });
});
