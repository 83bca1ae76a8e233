/**
 * The page object for Loopscope, given to each test as the `loopscope` fixture: it opens
 * the page, waits for the first run, and reads and drives the page by its test ids.
 */
import { test as base, expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { countToStep } from '../src/store/program-count';

export const LANES = ['running', 'ready', 'awaiting', 'done'] as const;
export type LaneName = (typeof LANES)[number];

/** What a user sees at one cursor position, read in one go. */
export interface Snapshot {
  position: string;
  cursor: number;
  length: number;
  clock: string;
  lanes: Record<LaneName, string[]>;
  /** `data-state` of every card, by task name. */
  states: Record<string, string>;
  readyQueue: string;
  timerHeap: string;
  console: string;
}

interface SnapshotHost {
  __loopscopeSnapshot(): Snapshot;
}

/** Runs in the page: reads what a user sees, by test id. */
function installSnapshot(): void {
  const lanes = ['running', 'ready', 'awaiting', 'done'] as const;
  const q = (id: string) => document.querySelector(`[data-testid="${id}"]`);
  const text = (id: string) => q(id)?.textContent ?? '';
  const cards = (root: Element | null) =>
    [...(root?.querySelectorAll<HTMLElement>('[data-testid="task-card"]') ?? [])].map(
      (c) => [c.dataset.task ?? '', c.dataset.state ?? ''] as const,
    );
  (window as unknown as SnapshotHost).__loopscopeSnapshot = () => {
    const position = text('position');
    const [, cursor = '0', length = '0'] = /event (\d+) \/ (\d+)/.exec(position) ?? [];
    const byLane = Object.fromEntries(
      lanes.map((l) => [l, cards(q(`lane-${l}`)).map(([name]) => name)]),
    ) as Record<LaneName, string[]>;
    return {
      position,
      cursor: Number(cursor),
      length: Number(length),
      clock: text('clock'),
      lanes: byLane,
      states: Object.fromEntries(lanes.flatMap((l) => cards(q(`lane-${l}`)))),
      readyQueue: text('ready-queue'),
      timerHeap: text('timer-heap'),
      console: text('console'),
    };
  };
}

/** A share link's `code` value for `source`, packed in `page` as the app packs it. */
export async function packCode(page: Page, source: string): Promise<string> {
  return page.evaluate(async (text) => {
    const out = new Blob([new TextEncoder().encode(text)])
      .stream()
      .pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(out).arrayBuffer());
    let bin = '';
    for (const b of bytes) bin += String.fromCharCode(b);
    return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }, source);
}

/**
 * Replaces the program as a user's paste does (select all, then a paste event). Playwright's
 * `keyboard.insertText` of many lines makes the browser's own editing code set a style
 * attribute, which the page's CSP (style-src-attr 'none') reports as an error.
 */
export async function pasteProgram(page: Page, text: string): Promise<void> {
  const content = page.locator('[data-testid="code-editor"] .cm-content');
  await content.click();
  await page.keyboard.press('ControlOrMeta+A');
  await content.evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

export class LoopscopePage {
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    page.on('pageerror', (e) => this.errors.push(e.message));
  }

  byId(id: string): Locator {
    return this.page.getByTestId(id);
  }
  get position() {
    return this.byId('position');
  }
  get clock() {
    return this.byId('clock');
  }
  get console() {
    return this.byId('console');
  }
  get verdict() {
    return this.byId('verdict');
  }
  /** The coroutine-count slider: its value is a stop (`countToStep`), not N itself. */
  get slider() {
    return this.byId('coroutine-count');
  }
  /** The number box beside it, which holds N. */
  get countBox() {
    return this.byId('coroutine-count-number');
  }

  /** Drags the slider to the stop for `n` (the nearest one, for an `n` between stops). */
  async slideTo(n: number): Promise<void> {
    await this.slider.fill(String(countToStep(n)));
  }
  get play() {
    return this.byId('play');
  }
  get editorContent() {
    return this.byId('code-editor').locator('.cm-content');
  }
  lane(name: LaneName): Locator {
    return this.byId(`lane-${name}`);
  }
  cards(name: LaneName): Locator {
    return this.lane(name).getByTestId('task-card');
  }

  /** Opens the page and waits until the first run is on screen and the editor is up. */
  async open(): Promise<void> {
    await this.openAt('/');
    await expect(this.position).toHaveText(/^event 0 \/ [1-9]\d*$/);
  }

  /** Opens `path` (a scenario or share link) and waits until a run is on screen. */
  async openAt(path: string): Promise<void> {
    await this.page.addInitScript(installSnapshot);
    await this.page.goto(path);
    await expect(this.position).toHaveText(/^event \d+ \/ [1-9]\d*$/);
    await expect(this.editorContent).toBeVisible();
  }

  get narration() {
    return this.byId('narration');
  }

  async snapshot(): Promise<Snapshot> {
    return this.page.evaluate(() => (window as unknown as SnapshotHost).__loopscopeSnapshot());
  }

  /** The program text, as the editor shows it. */
  async code(): Promise<string> {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="code-editor"] .cm-line')]
        .map((l) => l.textContent ?? '')
        .join('\n'),
    );
  }

  async stepForward(): Promise<void> {
    await this.byId('step-forward').click();
  }

  async stepBack(): Promise<void> {
    await this.byId('step-back').click();
  }

  /** Clicks step-forward in the page and reads the state once it changed: one round trip. */
  async stepAndRead(): Promise<Snapshot> {
    return this.page.evaluate(async () => {
      const host = window as unknown as SnapshotHost;
      const before = host.__loopscopeSnapshot().position;
      document.querySelector<HTMLButtonElement>('[data-testid="step-forward"]')?.click();
      for (let i = 0; i < 200; i++) {
        const s = host.__loopscopeSnapshot();
        if (s.position !== before) return s;
        await new Promise((r) => setTimeout(r, 5));
      }
      throw new Error(`step-forward did not move from ${before}`);
    });
  }

  /**
   * Steps forward to the end of the run, as clicks on step-forward do, and returns the state
   * at every position from the current one: one round trip for the whole run.
   */
  async stepToEnd(): Promise<Snapshot[]> {
    return this.page.evaluate(async () => {
      const host = window as unknown as SnapshotHost;
      const button = document.querySelector<HTMLButtonElement>('[data-testid="step-forward"]');
      const states = [host.__loopscopeSnapshot()];
      for (let s = states[0]!; s.cursor < s.length;) {
        button?.click();
        const before = s.position;
        for (let i = 0; s.position === before; i++) {
          if (i === 200) throw new Error(`step-forward did not move from ${before}`);
          await new Promise((r) => setTimeout(r, 2));
          s = host.__loopscopeSnapshot();
        }
        states.push(s);
      }
      return states;
    });
  }

  /** Steps forward until `done(snapshot)` holds, checking each state; returns that snapshot. */
  async stepUntil(
    done: (s: Snapshot) => boolean,
    check?: (s: Snapshot) => void,
  ): Promise<Snapshot> {
    let s = await this.snapshot();
    for (;;) {
      check?.(s);
      if (done(s)) return s;
      expect(s.cursor, 'ran out of events').toBeLessThan(s.length);
      s = await this.stepAndRead();
    }
  }

  /** Types N into the number box, Enter, and waits for the new run (back at event 0). */
  async setCount(n: number): Promise<void> {
    await this.countBox.fill(String(n));
    await this.countBox.press('Enter');
    await this.countBox.blur();
    await expect.poll(() => this.code()).toContain(`\nN = ${n}\n`);
    await expect(this.byId('code-editor').locator('..').getByText('simulating…')).toHaveCount(0);
    await expect(this.position).toHaveText(/^event 0 \/ \d+$/);
  }
}

export const test = base.extend<{ loopscope: LoopscopePage }>({
  loopscope: async ({ page }, use) => {
    const loopscope = new LoopscopePage(page);
    await loopscope.open();
    await use(loopscope);
    expect(loopscope.errors, 'errors on the page').toEqual([]);
  },
});

export { expect };
