/**
 * Accessibility beyond the first screen: the keyboard reaches every control with a focus
 * ring you can see; a card's state is never told by color alone; reduced motion means
 * cards jump instead of gliding; axe finds nothing serious at the start, middle and end of
 * a replay, nor with 200 tasks on the stage.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { LoopscopePage } from './fixtures';
import { expect, test } from './strict';

test.describe.configure({ timeout: 60_000 });

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Runs in the page: who has focus, and whether a focus indicator is drawn around it. */
function describeFocus() {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return null;
  const editor = el.classList.contains('cm-content');
  // The editor draws its ring around its box, not around the content element.
  const ringed = (editor ? el.closest('.code-editor') : el) ?? el;
  const style = getComputedStyle(ringed);
  const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const shadowed = style.boxShadow !== 'none' && style.boxShadow !== '';
  const rect = ringed.getBoundingClientRect();
  return {
    key: el.dataset.testid ?? el.getAttribute('aria-label') ?? el.id ?? el.className,
    testid: el.dataset.testid ?? '',
    editor,
    visible: (outlined || shadowed) && rect.width > 0 && rect.height > 0,
  };
}

test.describe('accessibility, further', () => {
  test('Tab reaches every control, each with a visible focus ring', async ({ loopscope, page }) => {
    // Mid-run, so the step-back and jump-start buttons are enabled too.
    for (let i = 0; i < 3; i++) await loopscope.stepForward();
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    const seen = new Map<string, ReturnType<typeof describeFocus>>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(describeFocus);
      if (focus === null) continue;
      expect(focus.visible, `focus ring on ${focus.key}`).toBe(true);
      seen.set(focus.key, focus);
      if (focus.editor) {
        // The editor keeps Tab for indentation only if asked; Escape then Tab leaves it.
        await page.keyboard.press('Escape');
      }
    }
    const testids = new Set([...seen.values()].map((f) => f!.testid));
    for (const id of [
      'jump-start',
      'step-back',
      'play',
      'step-forward',
      'jump-end',
      'coroutine-count',
      'seed',
      'speed',
      'skip-idle',
      'timeline',
    ]) {
      expect(testids, `Tab reaches ${id}`).toContain(id);
    }
    expect(
      [...seen.values()].some((f) => f!.editor),
      'Tab reaches the editor',
    ).toBe(true);
  });

  test('every card shows its state in words or an icon, not color alone', async ({
    loopscope,
    page,
  }) => {
    const check = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-testid="task-card"]')].flatMap((card) => {
          const lane = card.closest('[data-testid^="lane-"]');
          const heading = lane?.querySelector('h3')?.textContent ?? '';
          const state = card.dataset.state ?? '';
          const problems: string[] = [];
          // Where it stands says it: a lane headed by the state's name.
          if (!heading.toLowerCase().includes(state)) {
            problems.push(`${card.dataset.task}: lane heading "${heading}"`);
          }
          // And the card itself: an icon (big and small cards) or a tooltip (dots).
          const dot = card.classList.contains('dot');
          if (!dot && card.querySelector('svg') === null) {
            problems.push(`${card.dataset.task}: no state icon`);
          }
          if (dot && !(card.title ?? '').includes(':')) {
            problems.push(`${card.dataset.task}: no tooltip`);
          }
          return problems;
        }),
      );
    await loopscope.stepUntil((s) => s.lanes.running.length === 1 && s.lanes.ready.length > 3);
    expect(await check()).toEqual([]);
    await loopscope.byId('jump-end').click();
    expect(await check()).toEqual([]);
    // Smaller cards, then dots: halfway through the run, and at its end.
    const timeline = loopscope.byId('timeline');
    for (const n of [40, 200]) {
      await loopscope.setCount(n);
      const { width } = (await timeline.boundingBox())!;
      await timeline.click({ position: { x: width / 2, y: 10 } });
      expect(await page.locator('[data-testid="task-card"]').count()).toBe(n + 1);
      expect(await check()).toEqual([]);
      await loopscope.byId('jump-end').click();
      expect(await check()).toEqual([]);
    }
  });

  /**
   * Steps through the start of the run, in the page (one round trip); returns the cards
   * seen mid-move in the frames after each step, and how many cards changed lane.
   */
  function watchCardsMove(loopscope: LoopscopePage) {
    return loopscope.page.evaluate(async (steps) => {
      const cards = () => [...document.querySelectorAll<HTMLElement>('[data-testid="task-card"]')];
      const states = () => new Map(cards().map((c) => [c.dataset.task, c.dataset.state]));
      const position = () => document.querySelector('[data-testid="position"]')?.textContent;
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      const moving: string[] = [];
      let laneChanges = 0;
      for (let i = 0; i < steps; i++) {
        const before = states();
        const at = position();
        document.querySelector<HTMLButtonElement>('[data-testid="step-forward"]')?.click();
        while (position() === at) await frame();
        // Over the next few frames, is any card mid-move?
        for (let f = 0; f < 6; f++) {
          await frame();
          for (const card of cards()) {
            const transform = card.style.transform;
            if (transform !== '' && transform !== 'none') {
              moving.push(`${card.dataset.task}: ${transform}`);
            }
            if (card.getAnimations().some((a) => a.playState === 'running')) {
              moving.push(`${card.dataset.task}: animation`);
            }
          }
        }
        for (const [task, state] of states()) {
          if (before.has(task) && before.get(task) !== state) laneChanges++;
        }
      }
      return { moving, laneChanges };
    }, 30);
  }

  test.describe('with reduced motion', () => {
    test.use({ reducedMotion: 'reduce' });

    test('cards jump to their new lane without animating', async ({ loopscope }) => {
      const { moving, laneChanges } = await watchCardsMove(loopscope);
      expect(laneChanges).toBeGreaterThan(3);
      expect(moving).toEqual([]);
    });
  });

  test.describe('without reduced motion', () => {
    test.use({ reducedMotion: 'no-preference' });

    // The check above is only worth something if it sees motion when there is some.
    test('cards glide to their new lane', async ({ loopscope }) => {
      const { moving, laneChanges } = await watchCardsMove(loopscope);
      expect(laneChanges).toBeGreaterThan(3);
      expect(moving).not.toEqual([]);
    });
  });

  test('axe finds nothing serious at the start, middle and end, nor at N = 200', async ({
    loopscope,
    page,
  }) => {
    expect(await seriousViolations(page)).toEqual([]);
    const { length } = await loopscope.snapshot();
    const timeline = loopscope.byId('timeline');
    const box = (await timeline.boundingBox())!;
    await timeline.click({ position: { x: box.width / 2, y: 10 } });
    const middle = await loopscope.snapshot();
    expect(middle.cursor).toBeGreaterThan(length / 4);
    expect(middle.cursor).toBeLessThan((3 * length) / 4);
    expect(await seriousViolations(page)).toEqual([]);
    await loopscope.byId('jump-end').click();
    expect(await seriousViolations(page)).toEqual([]);

    // At N = 200 the timeline's rows outgrow it and scroll: the slider is the box that
    // scrolls, so a keyboard can reach it (axe's scrollable-region-focusable).
    await loopscope.setCount(200);
    await timeline.click({ position: { x: box.width / 2, y: 10 } });
    expect(
      await timeline.evaluate((el) => el.scrollHeight > el.clientHeight),
      'the timeline scrolls at N = 200',
    ).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
