import { expect, test } from './fixtures';

test('a syntax error is shown in place and in words, and the last good run stays', async ({
  loopscope,
  page,
}) => {
  for (let i = 0; i < 30; i++) await loopscope.stepAndRead();
  const before = await loopscope.snapshot();

  // Break line 20: an unclosed parenthesis.
  await page.locator('.cm-line', { hasText: 'asyncio.gather' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  const problem = loopscope.byId('problem');
  await expect(problem).toContainText('SyntaxError');
  await expect(problem).toContainText('line');
  await expect(page.locator('.cm-diagnostic')).toHaveCount(1);
  expect(await loopscope.snapshot()).toEqual(before);

  // The page keeps working on the last good run.
  await loopscope.stepForward();
  expect((await loopscope.snapshot()).cursor).toBe(before.cursor + 1);
  await loopscope.byId('jump-end').click();
  expect((await loopscope.snapshot()).lanes.done).toHaveLength(11);

  // Fixing it runs the program again.
  await page.locator('.cm-line', { hasText: 'asyncio.gather' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(')');
  await expect(problem).toHaveCount(0);
  await expect(page.locator('.cm-diagnostic')).toHaveCount(0);
  await expect(loopscope.position).toHaveText(/^event 0 \//);
});

test('an unsupported import is explained, and the program runs in CPython', async ({
  loopscope,
  page,
}) => {
  await page.locator('.cm-line').first().click();
  await page.keyboard.press('Home');
  await page.keyboard.type('import os\n');
  await expect(loopscope.byId('cpython-note')).toHaveText(
    'runs in CPython 3.13 (WebAssembly): the simulator does not support the os module yet',
    { timeout: 60_000 },
  );
  await expect(loopscope.byId('engine')).toHaveAttribute('data-engine', 'cpython');
});
