import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalText, exportEventLog } from '../trace/export';
import { applySets as engineApplySets } from '../engine/run';
import { applySets, selectImported } from './io-slice';
import { createInlineRunner } from './sim/inline-runner';
import { createLoopscopeStore } from './store';
import type { LoopscopeStore } from './store';
import type { Scheduler } from './types';

const FIXTURES = join(import.meta.dirname, '..', '..', 'e2e', 'fixtures');
const lesson = readFileSync(join(FIXTURES, 'lesson.recording.json'), 'utf8');
const classy = readFileSync(join(FIXTURES, 'classy.recording.json'), 'utf8');

/** Debounced simulations never fire by themselves here. */
const never: Scheduler = () => () => {};

async function readyStore(): Promise<LoopscopeStore> {
  const store = createLoopscopeStore({ runner: createInlineRunner(), schedule: never });
  await store.getState().simulate();
  return store;
}

/** Lets the comparison's simulation answer. */
async function settle(store: LoopscopeStore): Promise<void> {
  for (let i = 0; i < 50 && store.getState().comparison?.status === 'checking'; i++) {
    await new Promise((r) => setTimeout(r, 0));
  }
}

describe('the io slice', () => {
  it('starts with a simulated run and nothing imported', async () => {
    const store = await readyStore();
    const s = store.getState();
    expect(selectImported(s)).toBeNull();
    expect(s.importError).toBeNull();
    expect(s.comparison).toBeNull();
  });

  it('replays an imported recording from its first event, with its source read-only', async () => {
    const store = await readyStore();
    store.getState().step(3);
    store.getState().importText(lesson, 'lesson.recording.json');
    const s = store.getState();
    expect(selectImported(s)).toMatchObject({
      kind: 'recording',
      file: 'lesson.recording.json',
      python: '3.13.0',
      clock: 'virtual',
    });
    expect(selectImported(s)?.program.filename).toBe('lesson.py');
    expect(s.source).toContain('async def randn():');
    expect(s.cursor).toBe(0);
    expect(s.importError).toBeNull();
    expect(canonicalText(s.run!.replay.events)).toMatch(/^0\.000 create Task-1 main\n/);
    expect(s.run!.replay.prints.map((p) => p.text).join('\n')).toContain('took 3.00 seconds');
  });

  it('finds the simulator gives a recording of the lesson the same trace', async () => {
    const store = await readyStore();
    store.getState().importText(lesson, 'lesson.recording.json');
    // Nothing runs until asked: the comparison is a click away.
    expect(store.getState().comparison).toBeNull();
    await new Promise((r) => setTimeout(r, 10));
    expect(store.getState().comparison).toBeNull();
    store.getState().compare();
    expect(store.getState().comparison).toEqual({ status: 'checking' });
    await settle(store);
    const c = store.getState().comparison;
    expect(c?.status).toBe('ready');
    if (c?.status !== 'ready') return;
    expect(c.simulated).toBe(c.imported);
  });

  it('explains why a program outside the subset cannot be compared', async () => {
    const store = await readyStore();
    store.getState().importText(classy, 'classy.recording.json');
    expect(selectImported(store.getState())?.program.filename).toBe('classy.py');
    store.getState().compare();
    await settle(store);
    const c = store.getState().comparison;
    expect(c?.status).toBe('unavailable');
    expect(c).toMatchObject({ why: 'refused', diagnostic: { kind: 'NotSupported' } });
    if (c?.status === 'unavailable' && c.why === 'refused')
      expect(c.diagnostic.message).toMatch(/the json module is not supported/);
  });

  it('refuses a bad file with a message and leaves the view as it was', async () => {
    const store = await readyStore();
    store.getState().step(2);
    const before = store.getState();
    for (const bad of [
      'not json at all',
      '{"format": "loopscope-recording", "version": 1',
      '{"format": "something-else", "version": 1}',
      lesson.replace('"version": 1', '"version": 99'),
    ]) {
      store.getState().importText(bad, 'bad.json');
      const s = store.getState();
      expect(s.importError).toEqual(expect.any(String));
      expect(s.run).toBe(before.run);
      expect(s.cursor).toBe(before.cursor);
      expect(s.source).toBe(before.source);
      expect(selectImported(s)).toBeNull();
    }
    store.getState().dismissImportError();
    expect(store.getState().importError).toBeNull();
  });

  it('applies --set replacements exactly as the engine does', () => {
    const source = 'import asyncio\nN = 3\nN == 4\nM=1\n';
    const sets = { N: '25', M: '"x"', Q: '1' };
    expect(applySets(source, sets)).toBe(engineApplySets(source, sets));
    expect(applySets(source, sets)).toContain('N = 25\n');
  });

  it('clears the open scenario on import, and brings it back with the program', async () => {
    const store = await readyStore();
    expect(store.getState().scenario).toBe('lesson');
    store.getState().importText(classy, 'classy.recording.json');
    expect(store.getState().scenario).toBeNull();
    store.getState().leaveImport();
    expect(store.getState().scenario).toBe('lesson');
  });

  it('goes back to the program, run and cursor that were on screen', async () => {
    const store = await readyStore();
    store.getState().step(4);
    const before = store.getState();
    store.getState().importText(lesson, 'lesson.recording.json');
    store.getState().leaveImport();
    const s = store.getState();
    expect(selectImported(s)).toBeNull();
    expect(s.comparison).toBeNull();
    expect(s.source).toBe(before.source);
    expect(s.run).toBe(before.run);
    expect(s.cursor).toBe(4);
    expect(s.view).toEqual(before.view);
  });

  it('drops a comparison that answers after going back', async () => {
    const store = await readyStore();
    store.getState().importText(lesson, 'lesson.recording.json');
    store.getState().leaveImport();
    await new Promise((r) => setTimeout(r, 10));
    expect(store.getState().comparison).toBeNull();
  });

  it('lets a simulation replace the imported run', async () => {
    const store = await readyStore();
    store.getState().importText(lesson, 'lesson.recording.json');
    await settle(store);
    await store.getState().simulate();
    const s = store.getState();
    expect(selectImported(s)).toBeNull();
    expect(s.comparison).toBeNull();
    expect(s.run?.source).toContain('async def randn():');
  });

  it('reads back the event log the page exports', async () => {
    const store = await readyStore();
    const run = store.getState().run!;
    const text = exportEventLog(run.replay.events, {
      source: run.source,
      filename: 'main.py',
      seed: 0,
    });
    store.getState().importText(text, 'main.events.json');
    expect(selectImported(store.getState())?.kind).toBe('events');
    store.getState().compare();
    await settle(store);
    expect(store.getState().comparison).toMatchObject({ status: 'ready' });
  });

  it('compares a recording made with a seed past 2^53, as the recorder writes it', async () => {
    const store = await readyStore();
    const source =
      'import random\nimport asyncio\nasync def main():\n    print(random.random())\nasyncio.run(main())\n';
    const seed = 12345678901234567890n;
    const run = await createInlineRunner().run({ id: 1, source, seed });
    // The recorder writes the seed as a JSON number, digits and all.
    const text = exportEventLog(run!.events, { source, filename: 'big.py', seed: 0 }).replace(
      '"seed":0',
      `"seed":${seed}`,
    );
    store.getState().importText(text, 'big.recording.json');
    expect(store.getState().importError).toBeNull();
    expect(selectImported(store.getState())?.program.seed).toBe(String(seed));
    store.getState().compare();
    await settle(store);
    const c = store.getState().comparison;
    expect(c?.status === 'ready' && c.simulated === c.imported).toBe(true);
  });
});
