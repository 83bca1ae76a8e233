/** The learning layer: scenario presets and their key moments, narration, "what runs next?". */
import { expect, pasteProgram, test } from './fixtures';

test('the scenario menu offers the 13 presets', async ({ loopscope }) => {
  await expect(loopscope.byId('scenario').locator('option[value]:not([value=""])')).toHaveCount(13);
});

test('picking a scenario from the menu loads its program', async ({ loopscope }) => {
  await loopscope.byId('scenario').selectOption('sleep-zero');
  await expect.poll(() => loopscope.code()).toContain("player('ping', 3)");
  await expect(loopscope.page).toHaveURL(/\?scenario=sleep-zero$/);
});

test("a scenario's notes stay with its program: edited, they say so; over another, they go", async ({
  loopscope,
  page,
}) => {
  // A line edited: the notes stay, marked as the original's, with a way back.
  await page.locator('.cm-line', { hasText: 'await asyncio.sleep(3)' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type('  # was 3');
  await expect(loopscope.byId('scenario-edited')).toBeVisible();
  await expect(loopscope.byId('scenario')).toHaveValue('lesson');
  await page.getByRole('button', { name: 'Restore it' }).click();
  await expect.poll(() => loopscope.code()).not.toContain('# was 3');
  await expect(loopscope.byId('scenario-edited')).toHaveCount(0);
  // The slider rewrites N: still the scenario's own program.
  await loopscope.setCount(20);
  await expect(loopscope.byId('scenario-edited')).toHaveCount(0);
  // Another program pasted over it, and after a reload: "Your program", no notes.
  await pasteProgram(
    page,
    'import asyncio\n\nasync def main():\n    print("mine")\n\nasyncio.run(main())\n',
  );
  await expect(loopscope.byId('scenario')).toHaveValue('');
  await expect(loopscope.byId('scenario-explanation')).toHaveCount(0);
  await expect(loopscope.byId('key-moment')).toHaveCount(0);
  await page.reload();
  await expect.poll(() => loopscope.code()).toContain('print("mine")');
  await expect(loopscope.byId('scenario').locator('option:checked')).toHaveText('Your program');
  await expect(loopscope.byId('scenario-explanation')).toHaveCount(0);
});

test('the narration tells each step in a sentence', async ({ loopscope }) => {
  await expect(loopscope.narration).toHaveAttribute('aria-live', 'polite');
  await expect(loopscope.narration).toHaveText(/press play/);
  const s = await loopscope.stepUntil((x) => x.lanes.awaiting.length > 0);
  expect(s.lanes.awaiting).toEqual(['Task-1']);
  await expect(loopscope.narration).toHaveText(
    /^Task-1 reached await asyncio\.sleep\(3\) on line 9: it gives the loop back, and a timer will wake it at 3\.000 s\./,
  );
  await loopscope.stepForward();
  await expect(loopscope.narration).not.toHaveText(/^Task-1 reached/);
});

for (const id of ['lesson', 'sleep-zero'] as const) {
  test(`what runs next? asks and scores in ${id}`, async ({ loopscope }) => {
    await loopscope.openAt(`/?scenario=${id}`);
    await loopscope.byId('speed').selectOption('1000');
    await loopscope.byId('quiz').check();
    await expect(loopscope.byId('quiz-score')).toHaveText('0 / 0');

    await loopscope.play.click();
    await expect(loopscope.byId('quiz-prompt')).toContainText('What runs next?');
    expect(await loopscope.cards('ready').count()).toBeGreaterThanOrEqual(2);
    await loopscope.cards('ready').first().click();
    await expect(loopscope.byId('quiz-feedback')).toContainText('Right!');
    await expect(loopscope.byId('quiz-feedback')).toContainText('front of the ready queue');
    await expect(loopscope.byId('quiz-score')).toHaveText('1 / 1');

    await loopscope.play.click();
    await expect(loopscope.byId('quiz-feedback')).toHaveCount(0);
    await loopscope.cards('ready').last().click();
    await expect(loopscope.byId('quiz-feedback')).toContainText('Not quite');
    await expect(loopscope.byId('quiz-score')).toHaveText('1 / 2');
  });
}
