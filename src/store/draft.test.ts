import { describe, expect, it } from 'vitest';
import { boot, withoutLink } from '../ui/learn/boot';
import { DRAFT_KEY, parseDraft, storageDrafts } from './draft';
import { createInlineRunner } from './sim/inline-runner';
import { createLoopscopeStore } from './store';
import type { Scheduler } from './types';

const never: Scheduler = () => () => {};

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
  };
}

describe('the saved draft', () => {
  it('saves each edit the user makes, and not a program a link or scenario loads', async () => {
    const storage = memoryStorage();
    const drafts = storageDrafts(storage);
    const store = createLoopscopeStore({ runner: createInlineRunner(), schedule: never, drafts });
    await store.getState().loadScenario('semaphore');
    expect(storage.items.size).toBe(0);
    store.getState().editSource('print(1)\n');
    expect(drafts.load()).toEqual({ source: 'print(1)\n', seed: 0 });
    store.getState().setSeed(7);
    expect(drafts.load()).toEqual({ source: 'print(1)\n', seed: 7 });
  });

  it('comes back on a plain URL; a link or a scenario in the URL wins', async () => {
    const draft = { source: 'print("mine")\n', seed: 3 };
    const plain = createLoopscopeStore({ runner: createInlineRunner(), schedule: never });
    await boot(plain, 'http://localhost/', draft);
    await new Promise((r) => setTimeout(r, 0));
    expect(plain.getState().source).toBe(draft.source);
    expect(plain.getState().seed).toBe(3);
    const scenario = createLoopscopeStore({ runner: createInlineRunner(), schedule: never });
    await boot(scenario, 'http://localhost/?scenario=semaphore', draft);
    expect(scenario.getState().scenario).toBe('semaphore');
    expect(scenario.getState().source).not.toBe(draft.source);
  });

  it('ignores storage that holds something else, or refuses to work', () => {
    expect(parseDraft(null)).toBeNull();
    expect(parseDraft('not json')).toBeNull();
    expect(parseDraft('{"source": 3}')).toBeNull();
    expect(parseDraft('{"source": "x", "seed": 1e300}')).toEqual({ source: 'x', seed: 0 });
    const broken = storageDrafts({
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    });
    expect(broken.load()).toBeNull();
    expect(() => broken.save({ source: 'x', seed: 0 })).not.toThrow();
    expect(DRAFT_KEY).toMatch(/^loopscope\./);
  });

  it('drops the link from the URL once the user edits', () => {
    expect(withoutLink('http://h/#code=abc&seed=1')).toBe('http://h/');
    expect(withoutLink('http://h/app/?scenario=lesson')).toBe('http://h/app/');
    expect(withoutLink('http://h/?x=1')).toBeNull();
  });
});
