/** 1× is one virtual second per second; a burst of events at one instant plays briefly. */
import type { LoopscopePage } from './fixtures';
import { expect, test } from './fixtures';

/** Plays from the start at the chosen speed and returns how long it took, in seconds. */
async function playThrough(loopscope: LoopscopePage, timeout: number): Promise<number> {
  const started = Date.now();
  await loopscope.play.click();
  await expect(loopscope.play).toHaveAttribute('aria-pressed', 'true');
  await expect(loopscope.play).toHaveAttribute('aria-pressed', 'false', { timeout });
  const s = await loopscope.snapshot();
  expect(s.cursor).toBe(s.length);
  return (Date.now() - started) / 1000;
}

test.describe('playback time', () => {
  test.describe.configure({ timeout: 60_000 });

  test('the lesson plays at 1× in 5.5 to 15 seconds', async ({ loopscope }) => {
    await expect(loopscope.byId('speed')).toHaveValue('1');
    const seconds = await playThrough(loopscope, 20_000);
    expect(seconds).toBeGreaterThanOrEqual(5.5);
    expect(seconds).toBeLessThanOrEqual(15);
  });

  test('N = 1,000 plays to its end at 1× in under 40 seconds', async ({ loopscope }) => {
    await loopscope.setCount(1000);
    expect(await playThrough(loopscope, 40_000)).toBeLessThan(40);
  });
});
