import type { StateCreator } from 'zustand/vanilla';
import { buildReplay } from '../trace/replay';
import type { SimResponse } from './sim/protocol';
import { fallbackNote, unsupportedIn } from './cpython/refusal';
import type { LoopscopeState, RunSlice, RunView, StoreDeps } from './types';

/** A new run on screen, from the beginning, paused: what changed is the program, not the replay. */
export function showRun(run: RunView) {
  return {
    run,
    problem: null,
    // A new run replaces an imported one (io-slice) and a check of the old one.
    imported: null,
    comparison: null,
    cpythonCheck: null,
    cursor: 0,
    into: 0,
    playing: false,
    view: run.replay.stateAt(0),
  };
}

/** What a simulation's answer does to the store: a new run, or a problem beside the old one. */
function received(r: SimResponse, source: string, seed: number) {
  if (r.status === 'invalid' && r.diagnostic) {
    return { problem: { kind: 'diagnostic' as const, diagnostic: r.diagnostic } };
  }
  if (r.status === 'invalid' || r.status === 'crash') {
    return {
      problem: { kind: 'crash' as const, message: r.message ?? 'the program could not run' },
    };
  }
  const replay = r.replay ?? buildReplay(r.events);
  return showRun({ source, seed, status: r.status, events: r.events, replay, message: r.message });
}

export function createRunSlice(deps: StoreDeps): StateCreator<LoopscopeState, [], [], RunSlice> {
  let cancelScheduled: (() => void) | null = null;
  return (set, get) => ({
    requestId: 0,
    pending: false,
    simulating: false,
    run: null,
    problem: null,
    simulate: async () => {
      cancelScheduled?.();
      cancelScheduled = null;
      const { source, seed } = get();
      const id = get().requestId + 1;
      set({ requestId: id, pending: true, simulating: true });
      const response = await deps.runner.run({ id, source, seed });
      // Latest request wins: a stale answer changes nothing.
      if (response === null || id !== get().requestId) return;
      // What the simulator does not support yet runs in CPython (cpython/cpython-slice.ts).
      const missing = deps.cpython ? unsupportedIn(response) : null;
      if (missing !== null) {
        set({ simulating: false });
        return get().runInCpython(id, source, seed, fallbackNote(missing));
      }
      set({ pending: false, simulating: false, ...received(response, source, seed) });
    },
    stop: () => {
      cancelScheduled?.();
      cancelScheduled = null;
      // A CPython run (a fallback or a check) ends with its worker; it answers as stopped.
      if (get().cpythonBusy && deps.cpython?.stop()) return;
      // A run in progress answers with its events so far; an edit still waiting never runs.
      if (!deps.runner.stop()) set({ pending: false, simulating: false });
    },
    simulateSoon: (ms) => {
      cancelScheduled?.();
      set({ pending: true });
      cancelScheduled = deps.schedule(() => {
        cancelScheduled = null;
        void get().simulate();
      }, ms);
    },
  });
}
