import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const defaultPy = readFileSync(new URL('../tests/programs/default.py', import.meta.url), 'utf8');

test.describe('the first screen', () => {
  test('shows default.py, already simulated and ready to play', async ({ loopscope, page }) => {
    await expect(page).toHaveTitle('Loopscope');
    await expect(page.getByRole('heading', { level: 1, name: 'Loopscope' })).toBeVisible();
    expect(await loopscope.code()).toBe(defaultPy);
    await expect(loopscope.countBox).toHaveValue('10');
    await expect(loopscope.slider).toHaveAttribute('aria-valuetext', 'N = 10');
    await expect(loopscope.clock).toHaveText('0.000 s');
    await expect(loopscope.play).toBeEnabled();
    await expect(loopscope.verdict).toContainText('3 s, not 30 s');
    await expect(loopscope.byId('timeline')).toBeVisible();
  });

  test('marks the running task in the code as it steps', async ({ loopscope }) => {
    await loopscope.stepUntil((s) => s.lanes.running.length === 1);
    await expect(loopscope.page.locator('.cm-running-line')).toHaveCount(1);
    await expect(loopscope.page.locator('.cm-task-dot.running')).toHaveCount(1);
  });
});
