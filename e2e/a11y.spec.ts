import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test.describe('accessibility', () => {
  test('the first screen has no serious or critical axe violations', async ({ loopscope }) => {
    const { page } = loopscope;
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('mid-run, with cards in every lane, neither', async ({ loopscope, page }) => {
    await loopscope.stepUntil((s) => s.lanes.running.length === 1 && s.lanes.ready.length > 3);
    expect(await seriousViolations(page)).toEqual([]);
    await loopscope.byId('jump-end').click();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a syntax error message has none either', async ({ loopscope, page }) => {
    await page.locator('.cm-line', { hasText: 'N = 10' }).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' +');
    await expect(loopscope.byId('problem')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
