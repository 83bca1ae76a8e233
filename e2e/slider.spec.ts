import { expect, test } from './fixtures';

test.describe('the coroutine-count slider', () => {
  test.describe.configure({ timeout: 90_000 });

  test('rewrites N and shows main with all 25 randn tasks awaiting at 3.000 s', async ({
    loopscope,
  }) => {
    await loopscope.setCount(25);
    expect(await loopscope.code()).toMatch(/^N = 25$/m);
    // The lesson's key moment: every task awaiting (one Running at most on the way there is
    // the next test's, and the replay's property tests', to check at every event).
    await loopscope.byId('key-moment').click();
    await expect(loopscope.clock).toHaveText('3.000 s');
    const s = await loopscope.snapshot();
    expect(s.lanes.running).toEqual([]);
    expect(s.lanes.ready).toEqual([]);
    expect(new Set(s.lanes.awaiting)).toEqual(
      new Set(Array.from({ length: 26 }, (_, i) => `Task-${i + 1}`)),
    );
    expect(Object.values(s.states).every((state) => state === 'awaiting')).toBe(true);
    // main waits on the gather; every randn on its own 3 s sleep; the OS sleeps until 6 s.
    // The cards are small at this size: each says what it awaits in its label, the lane in words.
    const awaiting = loopscope.lane('awaiting');
    await expect(awaiting.locator('[data-task="Task-1"]')).toHaveAttribute(
      'aria-label',
      /awaiting gather 0\/25/,
    );
    await expect(awaiting.locator('[data-task="Task-9"]')).toHaveAttribute(
      'aria-label',
      /awaiting sleep\(3\)/,
    );
    await expect(awaiting).toContainText('sleep(3) ×25 · gather 0/25');
    expect(s.timerHeap).toContain('25');
    await expect(loopscope.page.getByText('The OS sleeps for 3.000 s')).toBeVisible();
  });

  test('never shows two tasks Running, at every position of a run', async ({ loopscope }) => {
    // Main and two randn() tasks: every kind of handover, in a run short enough to step.
    await loopscope.setCount(2);
    const states = await loopscope.stepToEnd();
    expect(states.map((s) => s.cursor)).toEqual(states.map((_, i) => i));
    for (const s of states) expect(s.lanes.running.length, s.position).toBeLessThanOrEqual(1);
  });

  test('never shows two tasks Running, wherever the timeline seeks', async ({ loopscope }) => {
    const timeline = loopscope.byId('timeline');
    for (let i = 0; i <= 20; i++) {
      const { width } = (await timeline.boundingBox())!;
      await timeline.click({ position: { x: 3 + ((width - 6) * i) / 20, y: 10 } });
      const s = await loopscope.snapshot();
      expect(s.lanes.running.length, s.position).toBeLessThanOrEqual(1);
    }
    expect((await loopscope.snapshot()).cursor).toBeGreaterThan(100);
  });
});
