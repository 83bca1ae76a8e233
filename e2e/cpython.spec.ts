/**
 * CPython 3.13 in WebAssembly on the page: what the simulator refuses replays from CPython
 * (loaded from the page's own origin, with progress), "Check against CPython" referees the
 * simulator, and an endless loop in CPython is stopped while the page stays usable.
 */
import type { Page } from '@playwright/test';
import { CPYTHON_BUDGET_MS } from '../src/store/cpython/runner';
import { pasteProgram } from './fixtures';
import { expect, test } from './strict';

/** A class-based program using `json` (the simulator has no such module yet) and N clients. */
const CLASSES = `import asyncio
import json

N = 3


class Client:
    def __init__(self, name):
        self.name = name

    async def fetch(self, delay):
        await asyncio.sleep(delay)
        print(f"{self.name} got {delay}")
        return delay


async def main():
    print(json.dumps({"clients": N}))
    clients = [Client(f"c{i}") for i in range(N)]
    tasks = [asyncio.create_task(c.fetch(i + 1), name=c.name) for i, c in enumerate(clients)]
    print("total", sum(await asyncio.gather(*tasks)))
    import js
    for reach in (
        lambda: js.fetch("https://example.com/"),
        lambda: js.WorkerGlobalScope.prototype.fetch.call(js.globalThis, "/"),
        lambda: js.XMLHttpRequest.new(),
        lambda: js.WebSocket.new("wss://example.com/"),
    ):
        try:
            reach()
        except Exception as e:
            print("network:", e)


asyncio.run(main())
`;

/** Replaces the program in the editor (as a paste: no auto-indent). */
const typeProgram = pasteProgram;

/** Every request the page makes that leaves its origin. */
function offOrigin(page: Page, origin: string): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
      seen.push(r.url());
  });
  return seen;
}

test('a class-based program replays from CPython, loaded with progress from the page origin', async ({
  loopscope,
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const away = offOrigin(page, baseURL!);
  const engine = loopscope.byId('engine');
  await expect(engine).toHaveAttribute('data-engine', 'simulator');

  const progress = page.waitForSelector('[data-testid="cpython-progress"]', { timeout: 30_000 });
  await typeProgram(page, CLASSES);
  await progress; // the load showed its progress bar
  await expect(engine).toHaveAttribute('data-engine', 'cpython', { timeout: 60_000 });
  await expect(loopscope.byId('cpython-note')).toHaveText(
    'runs in CPython 3.13 (WebAssembly): the simulator does not support the json module yet',
  );
  await expect(loopscope.byId('cpython-progress')).toHaveCount(0);

  await loopscope.byId('jump-end').click();
  const printed = ['c0 got 1', 'c1 got 2', 'c2 got 3', 'total 6'];
  for (const line of printed) await expect(loopscope.console).toContainText(line);
  // the worker has no network: Python's fetch fails with a clear error
  for (const name of ['fetch', 'fetch', 'XMLHttpRequest', 'WebSocket']) {
    await expect(loopscope.console).toContainText(
      `network: Error: ${name} is blocked: Loopscope's CPython has no network access`,
    );
  }
  await expect(loopscope.console).not.toContainText('Traceback');
  const done = await loopscope.cards('done').allTextContents();
  for (const task of ['Task-1', 'c0', 'c1', 'c2']) {
    expect(done.some((t) => t.includes(task))).toBe(true);
  }
  await expect(loopscope.byId('problem')).toHaveCount(0);

  // The slider re-runs in CPython (now warm)
  const countBox = page.getByTestId('coroutine-count-number');
  await countBox.fill('5');
  await countBox.press('Enter');
  await expect.poll(() => loopscope.code()).toContain('\nN = 5\n');
  await expect(loopscope.position).toHaveText(/^event 0 \/ \d+$/, { timeout: 30_000 });
  await loopscope.byId('jump-end').click();
  await expect(loopscope.console).toContainText('total 15');
  await expect(engine).toHaveAttribute('data-engine', 'cpython');

  expect(away).toEqual([]);
});

test("the lesson's Check against CPython reports identical", async ({
  loopscope,
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const away = offOrigin(page, baseURL!);
  await loopscope.openAt('/?scenario=lesson');
  await expect(loopscope.byId('engine')).toHaveAttribute('data-engine', 'simulator');
  await loopscope.byId('check-cpython').click();
  await expect(loopscope.byId('compare-identical')).toBeVisible({ timeout: 60_000 });
  await expect(loopscope.byId('compare')).toContainText('CPython 3.13 (WebAssembly)');
  expect(away).toEqual([]);
});

test('an endless loop in CPython is stopped with a message, and the page stays usable', async ({
  loopscope,
  page,
}) => {
  test.setTimeout(90_000);
  // The page's clock, so the 10 s budget passes at once; the worker's clock stays real.
  await page.clock.install();
  await typeProgram(
    page,
    'import asyncio\nimport json\n\n\nclass Spin:\n    async def run(self):\n        json.dumps(1)\n        while True:\n            pass\n\n\nasyncio.run(Spin().run())\n',
  );
  // Loaded (the load budget is over) and running: the run's budget is armed.
  await expect(loopscope.byId('cpython-busy')).toBeVisible({ timeout: 60_000 });
  await page.clock.fastForward(CPYTHON_BUDGET_MS - 1_000);
  await expect(loopscope.byId('cpython-busy')).toBeVisible();
  await expect(loopscope.byId('problem')).toHaveCount(0);
  await page.clock.fastForward(1_000);
  await expect(loopscope.byId('problem')).toContainText(
    'CPython was stopped: the run passed the 10 s wall-clock limit',
  );
  // The last good run is still there, and the page still runs programs.
  await loopscope.stepForward();
  await expect(loopscope.position).toHaveText(/^event 1 \//);
  await typeProgram(
    page,
    'import asyncio\n\n\nasync def main():\n    print("back")\n\n\nasyncio.run(main())\n',
  );
  await expect(loopscope.byId('problem')).toHaveCount(0);
  await expect(loopscope.byId('engine')).toHaveAttribute('data-engine', 'simulator');
  await loopscope.byId('jump-end').click();
  await expect(loopscope.console).toContainText('back');
});
