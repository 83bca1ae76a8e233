/**
 * The screen tells the truth about the loop: the Ready lane is first in, first out across
 * the whole lesson; the verdict states the lesson; a stuck task is named before play; the
 * console keeps CPython's order of prints and warnings.
 */
import type { Page } from '@playwright/test';
import type { LaneName, Snapshot } from './fixtures';
import { packCode } from './fixtures';
import { expect, test } from './strict';

/** Steps through the whole run inside the page (one round trip), reading every state. */
async function everyState(page: Page): Promise<Snapshot[]> {
  return page.evaluate(async () => {
    type Host = { __loopscopeSnapshot(): Snapshot };
    const host = window as unknown as Host;
    const states = [host.__loopscopeSnapshot()];
    const step = document.querySelector<HTMLButtonElement>('[data-testid="step-forward"]')!;
    while (states.at(-1)!.cursor < states.at(-1)!.length) {
      const before = states.at(-1)!.position;
      step.click();
      let s = host.__loopscopeSnapshot();
      for (let i = 0; s.position === before; i++) {
        if (i > 400) throw new Error(`step-forward did not move from ${before}`);
        await new Promise((r) => setTimeout(r, 2));
        s = host.__loopscopeSnapshot();
      }
      states.push(s);
    }
    return states;
  });
}

/** What is wrong with the move from `a` to `b`, if anything. */
function laneMoveProblems(a: Snapshot, b: Snapshot): string[] {
  const at = `event ${b.cursor}`;
  const problems: string[] = [];
  const before = a.lanes.ready;
  const after = b.lanes.ready;
  const left = before.filter((t) => !after.includes(t));
  const stayed = before.filter((t) => after.includes(t));
  if (left.join() !== before.slice(0, left.length).join())
    problems.push(`${at}: ${left.join()} left Ready but not from its front (${before.join()})`);
  if (after.slice(0, stayed.length).join() !== stayed.join())
    problems.push(
      `${at}: Ready went from ${before.join()} to ${after.join()}: not first in, first out`,
    );
  for (const t of left) {
    const lane = (Object.keys(b.lanes) as LaneName[]).find((l) => b.lanes[l].includes(t));
    if (lane !== 'running')
      problems.push(`${at}: ${t} left the front of Ready for ${lane}, not Running`);
  }
  for (const [t, state] of Object.entries(b.states)) {
    if (a.states[t] === 'ready' && state === 'awaiting')
      problems.push(`${at}: ${t} went from Ready back to Awaiting`);
  }
  return problems;
}

test('the Ready lane is first in, first out across the whole lesson', async ({ loopscope }) => {
  const states = await everyState(loopscope.page);
  expect(states.length).toBeGreaterThan(200);
  const problems = states.slice(1).flatMap((s, i) => laneMoveProblems(states[i]!, s));
  expect(problems).toEqual([]);
  // The lesson's whole cast went through Ready and Running, and ended Done.
  expect(states.at(-1)!.lanes.done).toHaveLength(11);
  expect(Math.max(...states.map((s) => s.lanes.ready.length))).toBe(10);
});

test('the verdict states the lesson, and sync vs async shows both halves', async ({
  loopscope,
}) => {
  await expect(loopscope.verdict).toContainText('3 s, not 30 s');
  await expect(loopscope.verdict).toHaveAttribute('data-tone', 'lesson');
  await loopscope.openAt('/?scenario=sync-vs-async');
  await expect(loopscope.verdict).toContainText('9 s vs 3 s');
});

test('a task that never gives the loop back is named before play, with its line and the limit', async ({
  loopscope,
  page,
}) => {
  const lesson = await loopscope.code();
  const spinning = lesson.replace(
    '    await asyncio.sleep(3)\n',
    '    while True:\n        pass\n',
  );
  const code = await packCode(page, spinning);
  await page.goto('about:blank');
  const opened = Date.now();
  await page.goto(`/#code=${code}`);
  const problem = loopscope.byId('run-problem');
  await expect(problem).toBeVisible({ timeout: 10_000 });
  expect(Date.now() - opened).toBeLessThan(10_000);
  await expect(problem).toContainText('Task-1 never gives the loop back');
  await expect(problem).toContainText('line 10 (pass) in randn()');
  await expect(problem).toContainText('(the event limit)');
  await expect(problem).toHaveCount(1);
  // Nothing has been replayed yet, the verdict is not a success, and the events so far replay.
  await expect(loopscope.position).toHaveText(/^event 0 \/ 500001$/);
  await expect(loopscope.narration).not.toContainText('Nothing has run yet');
  await expect(loopscope.verdict).toHaveAttribute('data-tone', 'stopped');
  await loopscope.stepForward();
  await expect(loopscope.position).toHaveText(/^event 1 \//);
  // At the end the reason is said once on the status line and once in the console.
  await loopscope.byId('jump-end').click();
  await expect(loopscope.narration).toHaveText(/^The run stopped: [^]*event limit\)$/);
  await expect(loopscope.console.getByText(/500,000 events/)).toHaveCount(1);
});

test('a dropped coroutine warns before the next print, as CPython prints it', async ({
  loopscope,
}) => {
  await loopscope.openAt('/?scenario=never-awaited');
  await loopscope.byId('jump-end').click();
  const lines = await loopscope.console.locator('.line .text').allTextContents();
  expect(lines.slice(0, 3)).toEqual([
    "RuntimeWarning: coroutine 'main' was never awaited",
    "RuntimeWarning: coroutine 'randn' was never awaited",
    'forgot to await',
  ]);
});
