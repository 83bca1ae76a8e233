/** Share links: the view round-trips through the URL; a damaged link falls back to the default program. */
import type { Page } from '@playwright/test';
import { expect, LoopscopePage, packCode, test } from './fixtures';

const DEFAULT_FIRST_LINES = /^import asyncio\nimport random\nimport time\n\nN = 10\n/;

async function openFresh(page: Page, path: string): Promise<LoopscopePage> {
  const other = new LoopscopePage(await page.context().newPage());
  await other.openAt(path);
  return other;
}

test('a copied link restores the code, N, seed and position', async ({ loopscope }) => {
  await loopscope.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await loopscope.setCount(4);
  await loopscope.byId('seed').fill('7');
  await expect(loopscope.position).toHaveText(/^event 0 \/ \d+$/);
  await expect(loopscope.byId('code-editor').locator('..').getByText('simulating…')).toHaveCount(0);
  for (let i = 0; i < 12; i++) await loopscope.stepAndRead();
  await expect(loopscope.position).toHaveText(/^event 12 \//);
  const position = await loopscope.position.textContent();
  const code = await loopscope.code();

  await loopscope.byId('share').click();
  const link = await loopscope.byId('share-link').inputValue();
  // The page opens on the lesson scenario; the link keeps it.
  expect(link).toMatch(/#code=[A-Za-z0-9_-]+&n=4&seed=7&scenario=lesson&k=12&speed=1$/);
  expect(await loopscope.page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  const copy = await openFresh(loopscope.page, link);
  await expect(copy.position).toHaveText(position ?? '');
  expect(await copy.code()).toBe(code);
  await expect(copy.countBox).toHaveValue('4');
  await expect(copy.byId('seed')).toHaveValue('7');
  await expect(copy.byId('link-error')).toHaveCount(0);
  expect(copy.errors).toEqual([]);
});

test('a scenario link keeps its scenario', async ({ loopscope }) => {
  await loopscope.byId('scenario').selectOption('semaphore');
  await expect.poll(() => loopscope.code()).toContain('Semaphore');
  await loopscope.byId('share').click();
  const link = await loopscope.byId('share-link').inputValue();
  const copy = await openFresh(loopscope.page, link);
  await expect(copy.byId('scenario')).toHaveValue('semaphore');
});

test('damaged links show what could not be read and the default program', async ({ loopscope }) => {
  const good = await packCode(loopscope.page, 'import asyncio\nprint("hi")\n');
  const links: [string, string, RegExp][] = [
    ['truncated', `/#code=${good.slice(0, good.length >> 1)}&seed=1`, /damaged/],
    ['wrong types', `/#code=${good}&seed=abc&k=-4&speed=fast`, /seed=abc.*k=-4.*speed=fast/],
    [
      'huge N',
      `/#code=${good}&n=100000`,
      /n=100000 is not a count from 1 to 1,000 \(the coroutine count limit\)/,
    ],
    ['garbage', '/#code=%%%25garbage!!&seed=%F0%9F', /damaged/],
    ['too long', `/#code=${'A'.repeat(40_000)}`, /over 32 kB \(the link size limit\)/],
    ['unknown scenario', '/?scenario=not-a-scenario', /no scenario called/],
  ];
  for (const [what, path, message] of links) {
    const page = await openFresh(loopscope.page, path);
    await expect(page.byId('link-error'), what).toHaveText(message);
    await expect(page.byId('link-error')).toContainText(/default program/);
    expect(await page.code(), what).toMatch(DEFAULT_FIRST_LINES);
    expect(page.errors, what).toEqual([]);
    await page.page.close();
  }
});
