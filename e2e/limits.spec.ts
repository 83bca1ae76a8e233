/**
 * Limits on the page, where they matter most: the simulation runs in a Web Worker, whose
 * JS stack is smaller than Node's, and a program may be any size. Each case opens a share
 * link to a program that runs into one limit and reads what the page says. The full list,
 * each limit run into at its stated value, is src/limits.test.ts.
 */
import type { Page } from '@playwright/test';
import { packCode } from './fixtures';
import { expect, test } from './strict';

test.describe.configure({ timeout: 60_000 });

/** A share link to `source`, to open in a fresh page load. */
async function linkTo(page: Page, source: string): Promise<string> {
  await page.goto('/');
  const code = await packCode(page, source);
  await page.goto('about:blank'); // the link must load the page afresh, not change its hash
  return `/#code=${code}`;
}

const RECURSION = `def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(998))
try:
    depth(999)
except RecursionError as e:
    print("999:", e)
`;

test('recursion reaches CPython’s depth in the worker, and stops where CPython stops', async ({
  loopscope,
  page,
}) => {
  await loopscope.openAt(await linkTo(page, RECURSION));
  await loopscope.byId('jump-end').click();
  await expect(loopscope.console).toContainText('998');
  await expect(loopscope.console).toContainText('999: maximum recursion depth exceeded');
});

test('a program over the code size limit is not run, and the editor keeps it', async ({
  loopscope,
  page,
}) => {
  const source = `print("hi")\n${'#'.repeat(1_000_000)}\n`;
  await page.goto(await linkTo(page, source));
  await expect(loopscope.byId('problem')).toContainText(
    'the program is 1,000,013 characters, over 1,000,000 (the code size limit); it was not run',
  );
  await expect(loopscope.byId('problem')).toContainText('(line 2, column 999989)');
  await expect(loopscope.editorContent).toContainText('print("hi")');
});

test('an endless loop stops at a named limit, and what it printed stays', async ({
  loopscope,
  page,
}) => {
  // Each statement is a line event on the page, so the event limit comes before the
  // statement limit; a builtin walking a range counts statements without events.
  await loopscope.openAt(await linkTo(page, 'print("start")\nwhile True:\n    pass\n'));
  await loopscope.byId('jump-end').click();
  await expect(loopscope.console).toContainText('start');
  await expect(loopscope.console).toContainText(
    'the run produced more than 500,000 events (the event limit)',
  );
  await loopscope.openAt(await linkTo(page, 'print("go")\nprint(sum(range(10**12)))\n'));
  await loopscope.byId('jump-end').click();
  await expect(loopscope.console).toContainText(
    'the program executed more than 20,000,000 statements (the statement limit)',
  );
});
