import { describe, expect, it } from 'vitest';
import type { SimRequest, SimResponse, SimRunner } from './sim/protocol';
import { endedResponse } from './sim/worker-runner';
import { createLoopscopeStore } from './store';
import type { Scheduler } from './types';

/** A runner whose simulations run until stopped. */
function endlessRunner(): SimRunner & { requests: SimRequest[] } {
  let pending: { id: number; resolve: (r: SimResponse | null) => void } | null = null;
  const requests: SimRequest[] = [];
  return {
    requests,
    run: (request) =>
      new Promise((resolve) => {
        requests.push(request);
        pending?.resolve(null);
        pending = { id: request.id, resolve };
      }),
    stop: () => {
      const p = pending;
      pending = null;
      p?.resolve(endedResponse(p.id, [], 'stop', 'you pressed Stop after 0.1 s'));
      return p !== null;
    },
    dispose: () => {},
  };
}

describe('Stop', () => {
  it('ends the simulation in progress: its run replays, ended by a note that says why', async () => {
    const runner = endlessRunner();
    const store = createLoopscopeStore({ runner });
    const done = store.getState().simulate();
    expect(store.getState()).toMatchObject({ simulating: true, pending: true });
    store.getState().stop();
    await done;
    const s = store.getState();
    expect(s).toMatchObject({ simulating: false, pending: false, problem: null });
    expect(s.run?.status).toBe('limit');
    expect(s.run?.message).toBe('you pressed Stop after 0.1 s');
    expect(s.run?.replay.stateAt(1).limit).toBe(s.run?.message);
  });

  it('drops an edit still waiting for typing to pause', () => {
    let fire: (() => void) | null = null;
    const schedule: Scheduler = (fn) => {
      fire = fn;
      return () => (fire = null);
    };
    const runner = endlessRunner();
    const store = createLoopscopeStore({ runner, schedule });
    store.getState().editSource('while True:\n    pass\n');
    expect(store.getState().pending).toBe(true);
    store.getState().stop();
    expect(fire).toBeNull();
    expect(store.getState()).toMatchObject({ pending: false, simulating: false });
    expect(runner.requests).toEqual([]);
  });
});
