/**
 * The page under abuse: fast slider drags, edits while playing, a huge run abandoned for a
 * tiny one, garbage typed and fixed, a render error. Every test fails on any page error or
 * console error (./strict.ts), and each ends checking the page shows the LATEST program's
 * run, never a stale one.
 */
import { countToStep } from '../src/store/program-count';
import { LoopscopePage } from './fixtures';
import { expect, expectFinishedRunOf, expectSettledOn, test } from './strict';

test.describe.configure({ timeout: 60_000 });

/** What src/ui/ErrorBoundary.tsx throws under `?crash-test=NAME` (not imported: it pulls in the store). */
const CRASH_TEST_MESSAGE = 'crash-test: a deliberate render error';

test.describe('the page under abuse', () => {
  test('rapid slider drags end on the last N’s run', async ({ loopscope, page }) => {
    const reference = await expectFinishedRunOf(loopscope, 10);

    // A drag: many values in quick succession, each one a new program.
    for (const n of [11, 14, 19, 27, 40, 60, 85, 120, 90, 50, 30, 17, 9, 5, 3, 2, 6]) {
      await loopscope.slideTo(n);
    }
    expect(await expectFinishedRunOf(loopscope, 6)).toBeGreaterThan(0);

    // Faster still: a burst of input events in one task, as a real drag can send.
    const stops = [...Array.from({ length: 29 }, (_, i) => 200 - 7 * i), 10].map(countToStep);
    await page.evaluate((stops) => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="coroutine-count"]')!;
      // The prototype's setter, as React's own value tracking would not see `input.value = `.
      const send = (n: number) => {
        Reflect.set(HTMLInputElement.prototype, 'value', String(n), input);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      };
      for (const stop of stops) send(stop);
    }, stops);
    // Back on N = 10: the very same run as the first one.
    expect(await expectFinishedRunOf(loopscope, 10)).toBe(reference);

    // And by keyboard: arrow keys held down on the slider (stop 9 is N = 10; 21 is 30, 16 is 17).
    await loopscope.slider.focus();
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    const afterKeys = await expectFinishedRunOf(loopscope, 17);

    // The runs shown are the runs those N give when set calmly.
    await loopscope.setCount(16);
    await loopscope.setCount(17);
    expect(await expectFinishedRunOf(loopscope, 17)).toBe(afterKeys);
  });

  test('edits during playback replace the run being played', async ({ loopscope, page }) => {
    await loopscope.byId('speed').selectOption('2');
    await loopscope.play.click();
    await expect.poll(async () => (await loopscope.snapshot()).cursor).toBeGreaterThan(5);

    // The slider, mid-play.
    await loopscope.slideTo(4);
    await expectFinishedRunOf(loopscope, 4);

    // Playing again and typing into the program, mid-play.
    await loopscope.byId('jump-start').click();
    await loopscope.play.click();
    await expect.poll(async () => (await loopscope.snapshot()).cursor).toBeGreaterThan(3);
    await page.locator('.cm-line', { hasText: 'N = 4' }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('7');
    await expectFinishedRunOf(loopscope, 7);

    // Seeking and stepping over a fresh run still works.
    await loopscope.byId('jump-start').click();
    await loopscope.stepForward();
    expect((await loopscope.snapshot()).cursor).toBe(1);
  });

  test('switching scenarios while playing ends on the last one picked, never a stale run', async ({
    loopscope,
    page,
  }) => {
    await loopscope.byId('speed').selectOption('2');
    await loopscope.play.click();
    await expect.poll(async () => (await loopscope.snapshot()).cursor).toBeGreaterThan(5);
    // Two picks in a row while the lesson plays: the first one's run must not win.
    await loopscope.byId('scenario').selectOption('semaphore');
    await loopscope.byId('scenario').selectOption('taskgroup');
    await expect(page).toHaveURL(/\?scenario=taskgroup$/);
    await expect
      .poll(() => loopscope.code())
      .toContain('async def work(name, seconds, fail=False):');
    await expect(page.getByText('simulating…')).toHaveCount(0, { timeout: 30_000 });
    if ((await loopscope.play.getAttribute('aria-pressed')) === 'true')
      await loopscope.play.click();
    await loopscope.byId('jump-end').click();
    const switched = await loopscope.snapshot();

    // The same scenario opened afresh gives the same run, event for event.
    const fresh = new LoopscopePage(await page.context().newPage());
    await fresh.openAt('/?scenario=taskgroup');
    await fresh.byId('jump-end').click();
    const reference = await fresh.snapshot();
    expect(switched.length).toBe(reference.length);
    expect(switched.console).toBe(reference.console);
    expect(switched.states).toEqual(reference.states);
    expect(fresh.errors).toEqual([]);
  });

  test('N = 1,000 and straight back to 1 shows the N = 1 run, and stays on it', async ({
    loopscope,
    page,
  }) => {
    await loopscope.slideTo(1000);
    await expect.poll(() => loopscope.code()).toContain('\nN = 1000\n');
    await loopscope.slideTo(1);
    const length = await expectFinishedRunOf(loopscope, 1);
    // Whenever the N = 1,000 run finishes, it must not take the page over.
    await page.waitForTimeout(2_000);
    const s = await loopscope.snapshot();
    expect(s.position).toBe(`event ${length} / ${length}`);
    expect(s.lanes.done).toHaveLength(2);
    await expect(loopscope.slider).toHaveValue(String(countToStep(1)));
    await expect(loopscope.countBox).toHaveValue('1');

    // And after a N = 1,000 run that did finish, back to 1 again.
    await loopscope.setCount(1000);
    await loopscope.setCount(1);
    expect(await expectFinishedRunOf(loopscope, 1)).toBe(length);
  });

  test('garbage typed into the program, then fixed, runs the program again', async ({
    loopscope,
    page,
  }) => {
    const reference = await expectFinishedRunOf(loopscope, 10);
    await loopscope.byId('jump-start').click();
    const line = page.locator('.cm-line', { hasText: 'N = 10' });
    await line.click();
    await page.keyboard.press('End');
    const garbage = ' +*/ )](( @@ ñ \\ "';
    await page.keyboard.type(garbage);
    await expect(loopscope.byId('problem')).toBeVisible();
    // Still usable on the last good run.
    await loopscope.stepForward();
    expect((await loopscope.snapshot()).cursor).toBe(1);

    // Fixed: the same run as before the garbage.
    await page.locator('.cm-line', { hasText: 'N = 10' }).click();
    await page.keyboard.press('End');
    for (let i = 0; i < garbage.length; i++) await page.keyboard.press('Backspace');
    await expect(loopscope.byId('problem')).toHaveCount(0);
    expect(await expectFinishedRunOf(loopscope, 10)).toBe(reference);
  });

  test('a render error shows a way back to the default program', async ({
    loopscope,
    page,
    allowErrors,
  }) => {
    await page.goto('/?crash-test=workspace');
    const fallback = loopscope.byId('render-error-workspace');
    await expect(fallback).toBeVisible();
    await expect(fallback).toHaveAttribute('role', 'alert');
    await expect(fallback).toContainText(CRASH_TEST_MESSAGE);
    // The rest of the page still stands.
    await expect(page.getByRole('heading', { level: 1, name: 'Loopscope' })).toBeVisible();
    await expect(loopscope.position).toHaveText(/^event 0 \/ [1-9]\d*$/);

    await fallback.getByRole('button', { name: 'Reset to the default program' }).click();
    await expect(fallback).toHaveCount(0);
    await expect(loopscope.editorContent).toBeVisible();
    await expectSettledOn(loopscope, 10);
    await expectFinishedRunOf(loopscope, 10);
    // React reports the error it caught (console.error): that one was on purpose.
    allowErrors(new RegExp(CRASH_TEST_MESSAGE));
  });
});
