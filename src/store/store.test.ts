import { describe, expect, it } from 'vitest';
import { Lane } from '../trace/replay';
import { defaultSource } from './program-slice';
import { createInlineRunner } from './sim/inline-runner';
import type { SimRequest, SimResponse, SimRunner } from './sim/protocol';
import { simulate } from './sim/simulate';
import { createLoopscopeStore } from './store';
import { selectShownClock, selectVerdict } from './selectors';
import type { Scheduler } from './types';

/** A scheduler the test fires by hand. */
function manualScheduler() {
  let next: (() => void) | null = null;
  const schedule: Scheduler = (fn) => {
    next = fn;
    return () => {
      if (next === fn) next = null;
    };
  };
  return {
    schedule,
    get due() {
      return next !== null;
    },
    fire() {
      const fn = next;
      next = null;
      fn?.();
    },
  };
}

async function readyStore() {
  const timers = manualScheduler();
  const store = createLoopscopeStore({ runner: createInlineRunner(), schedule: timers.schedule });
  await store.getState().simulate();
  return { store, timers };
}

/** Waits for the simulation a debounce started. */
async function settle(
  timers: ReturnType<typeof manualScheduler>,
  store: Awaited<ReturnType<typeof readyStore>>['store'],
) {
  timers.fire();
  for (let i = 0; i < 5 && store.getState().pending; i++) await Promise.resolve();
  await new Promise((r) => setTimeout(r, 0));
}

describe('the store', () => {
  it('starts with default.py, N = 10, simulated and paused at event 0', async () => {
    const { store } = await readyStore();
    const s = store.getState();
    expect(s.source).toBe(defaultSource);
    expect(s.count).toBe(10);
    expect(s.run?.status).toBe('ok');
    expect(s.cursor).toBe(0);
    expect(s.playing).toBe(false);
    expect(s.view?.tasks).toEqual([]);
  });

  it('steps forward and back to the same state', async () => {
    const { store } = await readyStore();
    store.getState().seek(40);
    const at40 = store.getState().view;
    store.getState().step(1);
    expect(store.getState().cursor).toBe(41);
    store.getState().step(-1);
    expect(store.getState().view).toEqual(at40);
  });

  it('clamps seeks and jumps to either end', async () => {
    const { store } = await readyStore();
    const length = store.getState().run!.replay.length;
    store.getState().step(-3);
    expect(store.getState().cursor).toBe(0);
    store.getState().jumpEnd();
    expect(store.getState().cursor).toBe(length);
    expect(store.getState().view?.done).toHaveLength(11);
    store.getState().jumpStart();
    expect(store.getState().cursor).toBe(0);
  });

  it('rewrites the N line when the count changes, and simulates the new program', async () => {
    const { store, timers } = await readyStore();
    store.getState().setCount(25);
    expect(store.getState().source).toContain('\nN = 25\n');
    expect(store.getState().count).toBe(25);
    expect(timers.due).toBe(true);
    await settle(timers, store);
    store.getState().jumpEnd();
    expect(store.getState().view?.tasks).toHaveLength(26);
  });

  it('keeps the last good run when an edit does not parse, and shows why', async () => {
    const { store, timers } = await readyStore();
    const good = store.getState().run;
    store.getState().seek(30);
    store.getState().editSource(defaultSource.replace('N = 10', 'N = (10'));
    await settle(timers, store);
    const s = store.getState();
    expect(s.run).toBe(good);
    expect(s.cursor).toBe(30);
    expect(s.problem).toMatchObject({ kind: 'diagnostic', diagnostic: { kind: 'SyntaxError' } });
    store.getState().editSource(defaultSource);
    await settle(timers, store);
    expect(store.getState().problem).toBeNull();
  });

  it('drops an answer that a later request superseded', async () => {
    const answers: ((r: SimResponse) => void)[] = [];
    const requests: SimRequest[] = [];
    const runner: SimRunner = {
      run: (req) => {
        requests.push(req);
        return new Promise((resolve) => answers.push(resolve));
      },
      stop: () => false,
      dispose: () => {},
    };
    const store = createLoopscopeStore({ runner });
    const first = store.getState().simulate();
    store.setState({ seed: 5 });
    const second = store.getState().simulate();
    answers[1]!(simulate(requests[1]!));
    await second;
    answers[0]!(simulate(requests[0]!));
    await first;
    expect(store.getState().run?.seed).toBe(5);
    expect(store.getState().pending).toBe(false);
  });

  it('plays: frames move the cursor, a clock jump takes its virtual seconds, and it stops at the end', async () => {
    const { store } = await readyStore();
    const { replay } = store.getState().run!;
    const { events } = replay;
    const jump = events.findIndex((e) => e.type === 'clock');
    store.getState().seek(jump);
    store.getState().play();
    store.getState().advanceBy(1500); // half of the 3 s jump at 1×
    expect(store.getState().cursor).toBe(jump);
    expect(selectShownClock(store.getState())).toBeCloseTo(1.5);
    store.getState().advanceBy(1600);
    expect(store.getState().cursor).toBeGreaterThan(jump);
    store.getState().advanceBy(1e7);
    expect(store.getState().cursor).toBe(replay.length);
    expect(store.getState().playing).toBe(false);
  });

  it('compresses idle time when asked to', async () => {
    const { store } = await readyStore();
    const jump = store.getState().run!.replay.events.findIndex((e) => e.type === 'clock');
    store.getState().seek(jump);
    store.getState().setSkipIdle(true);
    store.getState().play();
    store.getState().advanceBy(500);
    expect(store.getState().cursor).toBeGreaterThan(jump);
  });

  it('never has two tasks running, wherever the cursor is', async () => {
    const { store } = await readyStore();
    const length = store.getState().run!.replay.length;
    for (let k = 0; k <= length; k++) {
      store.getState().seek(k);
      const lanes = store.getState().view!.tasks.map((t) => t.lane);
      expect(lanes.filter((l) => l === Lane.Running).length).toBeLessThanOrEqual(1);
    }
  });

  it('gives the verdict: 6 s against 33 s one after another', async () => {
    const { store } = await readyStore();
    expect(selectVerdict(store.getState())).toEqual({ total: 6, sequential: 33 });
  });
});
