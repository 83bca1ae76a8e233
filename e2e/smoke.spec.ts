import { expect, test } from '@playwright/test';

test('the page loads and shows the Loopscope heading', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto('/');

  await expect(page).toHaveTitle('Loopscope');
  await expect(page.getByRole('heading', { level: 1, name: 'Loopscope' })).toBeVisible();
  expect(errors).toEqual([]);
});
