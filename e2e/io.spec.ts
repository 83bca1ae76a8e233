/**
 * Export and import: the run on screen downloads as a canonical trace, an event log and a
 * Chrome trace; a recording made under real CPython replays on the page, compares with the
 * simulator, and a bad file is refused with a message that leaves the page as it was.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download } from '@playwright/test';
import { expect, test } from './fixtures';
import type { LoopscopePage } from './fixtures';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const LESSON = join(FIXTURES, 'lesson.recording.json');
const CLASSY = join(FIXTURES, 'classy.recording.json');

async function exported(
  loopscope: LoopscopePage,
  kind: 'trace' | 'events' | 'chrome',
): Promise<Download> {
  const page = loopscope.page;
  await page.getByTestId('export').locator('summary').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(`export-${kind}`).click(),
  ]);
  return download;
}

async function text(download: Download): Promise<string> {
  return readFileSync(await download.path(), 'utf8');
}

async function importFile(
  loopscope: LoopscopePage,
  file: string | { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  await loopscope.byId('import-file').setInputFiles(file);
}

const json = (name: string, value: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)),
});

test.describe('export', () => {
  test('downloads the canonical trace of the first screen', async ({ loopscope }) => {
    const download = await exported(loopscope, 'trace');
    expect(download.suggestedFilename()).toBe('main.trace.txt');
    expect(await text(download)).toMatch(/^0\.000 create Task-1 main\n/);
  });

  test('downloads a Chrome trace that Perfetto can read', async ({ loopscope }) => {
    const download = await exported(loopscope, 'chrome');
    expect(download.suggestedFilename()).toBe('main.perfetto.json');
    const trace = JSON.parse(await text(download)) as { traceEvents: unknown[] };
    expect(Array.isArray(trace.traceEvents)).toBe(true);
    expect(trace.traceEvents.length).toBeGreaterThan(10);
  });

  test('downloads an event log that imports back', async ({ loopscope }) => {
    const download = await exported(loopscope, 'events');
    expect(download.suggestedFilename()).toBe('main.events.json');
    await importFile(loopscope, await download.path());
    await expect(loopscope.byId('recording-banner')).toContainText('Event log of main.py');
    await loopscope.byId('compare-button').click();
    await expect(loopscope.byId('compare-identical')).toBeVisible();
  });
});

test.describe('import', () => {
  test('an import clears the scenario header, and going back restores it', async ({
    loopscope,
  }) => {
    await expect(loopscope.byId('scenario-explanation')).toBeVisible();
    await importFile(loopscope, CLASSY);
    await expect(loopscope.byId('recording-banner')).toBeVisible();
    await expect(loopscope.byId('scenario-explanation')).toHaveCount(0);
    await expect(loopscope.byId('key-moment')).toHaveCount(0);
    await loopscope.byId('leave-import').click();
    await expect(loopscope.byId('scenario')).toHaveValue('lesson');
    await expect(loopscope.byId('scenario-explanation')).toBeVisible();
  });

  test('replays a recording of the lesson made by real CPython', async ({ page, loopscope }) => {
    await importFile(loopscope, LESSON);
    const banner = loopscope.byId('recording-banner');
    await expect(banner).toContainText(
      'Recording of lesson.py (CPython 3.13.0, virtual clock) — not simulated',
    );
    await expect(loopscope.position).toHaveText(/^event 0 \/ \d+$/);
    expect(await loopscope.code()).toContain('async def randn():');
    await expect(loopscope.editorContent).toHaveAttribute('contenteditable', 'false');

    await loopscope.byId('jump-end').click();
    await expect(loopscope.console).toContainText('took 3.00 seconds');
    await expect(loopscope.cards('done')).toHaveCount(11);

    await loopscope.byId('compare-button').click();
    const compare = loopscope.byId('compare');
    await expect(compare).toBeVisible();
    await expect(compare.locator('pre')).toHaveCount(2);
    await expect(loopscope.byId('compare-identical')).toContainText('Identical');
    await expect(loopscope.byId('first-difference')).toHaveCount(0);

    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: 'test-results/io-compare.png' });

    const trace = await exported(loopscope, 'trace');
    expect(trace.suggestedFilename()).toBe('lesson.trace.txt');
    expect(await text(trace)).toMatch(/^0\.000 create Task-1 main\n0\.000 run Task-1 L11\n/);

    await loopscope.byId('leave-import').click();
    await expect(banner).toHaveCount(0);
    expect(await loopscope.code()).toContain('\nN = ');
    await expect(loopscope.editorContent).toHaveAttribute('contenteditable', 'true');
  });

  test('marks the first line where a recording and the simulation part', async ({
    page,
    loopscope,
  }) => {
    const edited = readFileSync(LESSON, 'utf8').replace(
      '"text":"7 took 3.00 seconds"',
      '"text":"7 took 2.99 seconds"',
    );
    await importFile(loopscope, json('edited.recording.json', edited));
    await loopscope.byId('compare-button').click();
    await expect(loopscope.byId('first-difference')).toContainText(
      'First difference at line 6: 3.000 print 7 took 2.99 seconds against 3.000 print 7 took 3.00 seconds',
    );
    await expect(loopscope.byId('compare').locator('.io-diff')).toHaveCount(2);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: 'test-results/io-compare-differs.png' });
  });

  test('imports a file dropped on the page', async ({ page, loopscope }) => {
    const content = readFileSync(LESSON, 'utf8');
    const dataTransfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'lesson.recording.json', { type: 'application/json' }));
      return dt;
    }, content);
    await page.dispatchEvent('main', 'dragover', { dataTransfer });
    await page.dispatchEvent('main', 'drop', { dataTransfer });
    await expect(loopscope.byId('recording-banner')).toContainText('Recording of lesson.py');
  });

  test('the banner, the comparison and an import error have no serious axe violations', async ({
    page,
    loopscope,
  }) => {
    await importFile(loopscope, LESSON);
    await loopscope.byId('compare-button').click();
    await expect(loopscope.byId('compare')).toBeVisible();
    await importFile(loopscope, json('bad.json', 'nope'));
    await expect(loopscope.byId('import-error')).toBeVisible();
    await page.getByTestId('export').locator('summary').click();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(serious).toEqual([]);
  });

  test('replays a program outside the simulator, and says why it cannot compare', async ({
    loopscope,
  }) => {
    await importFile(loopscope, CLASSY);
    await expect(loopscope.byId('recording-banner')).toContainText('Recording of classy.py');
    expect(await loopscope.code()).toContain('@dataclass');
    await loopscope.byId('jump-end').click();
    await expect(loopscope.console).toContainText('soup ready');
    await expect(loopscope.console).toContainText("['soup', 'toast']");
    await expect(loopscope.cards('done')).not.toHaveCount(0);
    // Nothing is simulated until the comparison is asked for.
    await expect(loopscope.byId('compare-unavailable')).toHaveCount(0);
    await loopscope.byId('compare-button').click();
    await expect(loopscope.byId('compare-unavailable')).toContainText(
      'the json module is not supported',
    );
    await expect(loopscope.byId('compare-button')).toHaveCount(0);
  });

  test('shows printed markup as text', async ({ page, loopscope }) => {
    page.on('dialog', (d) => {
      throw new Error(`a dialog opened: ${d.message()}`);
    });
    const script = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const hostile = readFileSync(LESSON, 'utf8').replace(
      '"text":"7 took 3.00 seconds"',
      `"text":${JSON.stringify(script)}`,
    );
    await importFile(loopscope, json('hostile.json', hostile));
    // The file is read in a worker: jump once its run is on screen, not the one before.
    await expect(loopscope.byId('recording-banner')).toBeVisible();
    await loopscope.byId('jump-end').click();
    await expect(loopscope.console).toContainText(script);
    await expect(
      page.locator('[data-testid="console"] script, [data-testid="console"] img'),
    ).toHaveCount(0);
  });

  const BAD: [string, () => { name: string; mimeType: string; buffer: Buffer }, RegExp][] = [
    ['not JSON', () => json('notes.json', 'hello, this is not JSON'), /not a Loopscope file/],
    [
      'the wrong schema',
      () => json('other.json', { format: 'something-else', version: 1, events: [] }),
      /'format' is/,
    ],
    [
      'a truncated recording',
      () => json('cut.json', readFileSync(LESSON, 'utf8').slice(0, 3000)),
      /ends too early/,
    ],
    [
      'script in a bad event',
      () =>
        json('bad-event.json', {
          format: 'loopscope-recording',
          version: 1,
          clock: 'virtual',
          python: '3.13.0',
          program: { filename: '<script>alert(1)</script>', source: '', seed: 0, set: {} },
          events: [{ type: '<script>alert(1)</script>', t: 0 }],
        }),
      /<script>alert\(1\)<\/script>/,
    ],
  ];

  for (const [what, file, message] of BAD) {
    test(`refuses ${what} and leaves the page as it was`, async ({ page, loopscope }) => {
      page.on('dialog', (d) => {
        throw new Error(`a dialog opened: ${d.message()}`);
      });
      await loopscope.stepForward();
      await loopscope.stepForward();
      const before = await loopscope.snapshot();
      const code = await loopscope.code();
      await importFile(loopscope, file());
      const error = loopscope.byId('import-error');
      await expect(error).toBeVisible();
      await expect(error).toHaveAttribute('role', 'alert');
      await expect(error).toContainText(message);
      await expect(error.locator('script')).toHaveCount(0);
      expect(await loopscope.snapshot()).toEqual(before);
      expect(await loopscope.code()).toBe(code);
      await expect(loopscope.byId('recording-banner')).toHaveCount(0);
    });
  }
});
