/**
 * One transition shows a run, whoever made it: the editor's simulation, a preset, a share
 * link, CPython's fallback, a file, and "back to editing" all go through `showRun`, and each
 * leaves the page the same way: the new run at its cursor, paused, nothing stale beside it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CpythonRunner } from '../store/cpython/runner';
import { selectImported } from '../store/io-slice';
import { createInlineRunner } from '../store/sim/inline-runner';
import { createLoopscopeStore } from '../store/store';
import type { LoopscopeStore } from '../store/store';
import type { RunView, Scheduler } from '../store/types';
import { boot } from '../ui/learn/boot';
import { makeHash } from '../ui/learn/share-link';

const FIXTURES = join(import.meta.dirname, '..', '..', 'e2e', 'fixtures');
const recording = readFileSync(join(FIXTURES, 'lesson.recording.json'), 'utf8');
const never: Scheduler = () => () => {};

/** CPython in WebAssembly, answering every program with the lesson's recording. */
const cpython: CpythonRunner = {
  run: () => Promise.resolve({ kind: 'recording', text: recording, limited: false }),
  stop: () => false,
  dispose: () => {},
};

/** A store that records each run `showRun` puts on screen, and at which cursor. */
function watched(): { store: LoopscopeStore; shown: [RunView, number][] } {
  const store = createLoopscopeStore({ runner: createInlineRunner(), schedule: never, cpython });
  const shown: [RunView, number][] = [];
  const showRun = store.getState().showRun;
  store.setState({
    showRun: (run, cursor) => {
      shown.push([run, cursor]);
      showRun(run, cursor);
    },
  });
  return { store, shown };
}

/** The page after `showRun(run, cursor)`: that run, paused at that cursor, nothing stale. */
function expectShown(store: LoopscopeStore, run: RunView | undefined, cursor: number) {
  const s = store.getState();
  expect(s.run).toBe(run);
  expect(s.cursor).toBe(cursor);
  expect(s.view).toEqual(run?.replay.stateAt(cursor));
  expect(s.playing).toBe(false);
  expect(s.into).toBe(0);
  expect(s.problem).toBeNull();
  expect(s.pending).toBe(false);
  expect(s.comparison).toBeNull();
  expect(s.cpythonCheck).toBeNull();
}

describe('showRun, the one way a run reaches the screen', () => {
  it('shows the editor’s simulation from the start', async () => {
    const { store, shown } = watched();
    store.getState().step(5); // (no run yet: nothing moves)
    await store.getState().simulate();
    expect(shown).toHaveLength(1);
    expectShown(store, shown[0]?.[0], 0);
  });

  it('shows a preset from the start, and a share link at its position', async () => {
    const { store, shown } = watched();
    await store.getState().loadScenario('semaphore');
    expect(shown).toHaveLength(1);
    expectShown(store, shown[0]?.[0], 0);
    expect(store.getState().scenario).toBe('semaphore');

    const source = store.getState().source;
    const hash = await makeHash({ source, seed: 2, scenario: null, position: 17, speed: 2 });
    const link = watched();
    await boot(link.store, `https://example.org/#${hash}`);
    for (let i = 0; i < 50 && link.shown.length === 0; i++) await new Promise((r) => setTimeout(r));
    expect(link.shown.map(([, k]) => k)).toEqual([17]);
    expectShown(link.store, link.shown[0]?.[0], 17);
    expect(link.store.getState().seed).toBe(2);
  });

  it('shows CPython’s run of a program the simulator refuses', async () => {
    const { store, shown } = watched();
    store.getState().editSource('import asyncio\nimport json\nasyncio.run(asyncio.sleep(0))\n');
    await store.getState().simulate();
    expect(shown).toHaveLength(1);
    expect(shown[0]?.[0].engine).toBe('cpython');
    expectShown(store, shown[0]?.[0], 0);
  });

  it('shows a file’s run, and the run before it again on the way back', async () => {
    const { store, shown } = watched();
    await store.getState().simulate();
    const simulated = store.getState().run;
    store.getState().seek(9);
    store.getState().importText(recording, 'lesson.recording.json');
    expect(shown).toHaveLength(2);
    expect(shown[1]?.[0].imported?.file).toBe('lesson.recording.json');
    expectShown(store, shown[1]?.[0], 0);
    expect(store.getState().beforeImport?.run).toBe(simulated);

    store.getState().leaveImport();
    expect(shown).toHaveLength(3);
    expectShown(store, simulated ?? undefined, 9);
    expect(selectImported(store.getState())).toBeNull();
    expect(store.getState().beforeImport).toBeNull();
  });

  it('drops the check and comparison of the run before', async () => {
    const { store } = watched();
    await store.getState().simulate();
    await store.getState().checkCpython();
    expect(store.getState().cpythonCheck?.status).toBe('ready');
    await store.getState().simulate();
    expect(store.getState().cpythonCheck).toBeNull();
  });
});
