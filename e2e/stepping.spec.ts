import { expect, test } from './fixtures';

test.describe('stepping and playing', () => {
  test('step back then forward lands on the same state', async ({ loopscope }) => {
    for (let i = 0; i < 40; i++) await loopscope.stepAndRead();
    for (const k of [40, 41, 42]) {
      const here = await loopscope.snapshot();
      expect(here.cursor).toBe(k);
      await loopscope.stepForward();
      await loopscope.stepBack();
      expect(await loopscope.snapshot()).toEqual(here);
      await loopscope.stepBack();
      await loopscope.stepForward();
      expect(await loopscope.snapshot()).toEqual(here);
      await loopscope.stepForward();
    }
  });

  test('jump to end shows both timings in the console and every task Done', async ({
    loopscope,
  }) => {
    await loopscope.byId('jump-end').click();
    const s = await loopscope.snapshot();
    expect(s.cursor).toBe(s.length);
    expect(s.console.match(/took 3\.00 seconds/g)).toHaveLength(2);
    expect(s.lanes.done).toHaveLength(11);
    expect(s.lanes.running).toEqual([]);
    expect(s.lanes.ready).toEqual([]);
    expect(s.lanes.awaiting).toEqual([]);
    expect(s.clock).toBe('6.000 s');
    await loopscope.byId('jump-start').click();
    await expect(loopscope.position).toHaveText(/^event 0 \//);
  });

  test('play advances the replay, and pause stops it', async ({ loopscope }) => {
    await loopscope.byId('speed').selectOption('10');
    await loopscope.play.click();
    await expect(loopscope.play).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(async () => (await loopscope.snapshot()).cursor).toBeGreaterThan(20);
    await loopscope.play.click();
    await expect(loopscope.play).toHaveAttribute('aria-pressed', 'false');
    // Many events pass in one frame at 10×: let the last frame before the pause show.
    await loopscope.page.waitForTimeout(100);
    const paused = (await loopscope.snapshot()).cursor;
    await loopscope.page.waitForTimeout(300);
    expect((await loopscope.snapshot()).cursor).toBe(paused);
  });

  test('skip idle time makes the clock jump quickly', async ({ loopscope }) => {
    await loopscope.byId('skip-idle').check();
    await loopscope.byId('speed').selectOption('50');
    await loopscope.play.click();
    await expect(loopscope.clock).toHaveText('6.000 s', { timeout: 5000 });
  });
});
