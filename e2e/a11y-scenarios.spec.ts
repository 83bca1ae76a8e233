/**
 * Every scenario preset, opened by URL: it explains itself, its key moment is where the
 * narration says what the preset is about, and axe finds nothing serious or critical (no
 * rule turned off) at its key moment; at the end of its replay for the presets whose last screen
 * differs in kind (failed, cancelled and never-awaited tasks, a task group; the others end
 * with done cards like the lesson's); and, for the first one, when it opens (the opening
 * screens differ only in the scenario's words; a11y.spec.ts scans the default program's
 * first screen too).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { LoopscopePage } from './fixtures';
import { KEY_MOMENT, SCENARIO_IDS } from './scenario-ids';
import { expect, test } from './strict';

/** The presets whose end screens differ in kind (see above). */
const END_SCANS = new Set(['lesson', 'one-fails', 'cancellation', 'never-awaited', 'taskgroup']);

// One test per scenario, so they spread over the workers; page errors fail them (strict).
test.describe.configure({ mode: 'parallel', timeout: 45_000 });

async function seriousViolations(page: Page) {
  // Legacy mode runs axe in the page itself rather than finishing in a fresh blank page:
  // the same rules, a third faster, and this page has no frames for the other mode to join.
  const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Waits until no card is mid-move, so axe sees the page at rest (not a card mid-glide). */
async function settled(page: Page): Promise<void> {
  const moving = () =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-testid="task-card"]')].some(
        (c) =>
          (c.style.transform !== '' && c.style.transform !== 'none') ||
          c.getAnimations().some((a) => a.playState === 'running'),
      ),
    );
  await expect.poll(moving, { intervals: [50] }).toBe(false);
}

test.describe('every scenario preset', () => {
  for (const id of SCENARIO_IDS) {
    const at = END_SCANS.has(id) ? 'key moment and the end' : 'key moment';
    test(`${id}: explains itself, jumps to its key moment; axe finds nothing serious at the ${at}`, async ({
      page,
    }) => {
      const loopscope = new LoopscopePage(page);
      await loopscope.openAt(`/?scenario=${id}`);
      await expect(loopscope.byId('scenario')).toHaveValue(id);
      await expect(loopscope.byId('scenario-explanation')).toBeVisible();
      const { length } = await loopscope.snapshot();

      if (id === SCENARIO_IDS[0]) {
        await settled(page);
        expect(await seriousViolations(page), `${id} at the start`).toEqual([]);
      }

      // Every preset has a key moment (learn.spec.ts checks what the narration says there).
      const keyMoment = loopscope.byId('key-moment');
      await expect(keyMoment).toBeEnabled();
      await keyMoment.click();
      await expect(loopscope.position).not.toHaveText(/^event 0 \//);
      await expect(loopscope.narration, id).toHaveText(KEY_MOMENT[id]);
      await settled(page);
      expect(await seriousViolations(page), `${id} at the key moment`).toEqual([]);

      if (!END_SCANS.has(id)) return;
      await loopscope.byId('jump-end').click();
      await expect(loopscope.position).toHaveText(`event ${length} / ${length}`);
      await settled(page);
      expect(await seriousViolations(page), `${id} at the end`).toEqual([]);
    });
  }
});
