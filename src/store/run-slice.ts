import { buildReplay } from '../trace/replay';
import type { CpythonSlice } from './cpython/cpython-types';
import { unsupportedIn } from './cpython/refusal';
import type { SliceCreator, StoreDeps } from './deps';
import type { ProgramSlice } from './program-types';
import type { RunSlice } from './run-types';
import type { Problem, RunView, ShowRun } from './run-view';
import type { SimResponse } from './sim/protocol';

type Reads = Pick<ProgramSlice, 'source' | 'seed'> &
  Pick<CpythonSlice, 'cpythonBusy' | 'runInCpython'> &
  ShowRun;

/** The run slice's part of `showRun`: the run is on screen, nothing waits or went wrong. */
export const runShown = (run: RunView): Partial<RunSlice> => ({
  run,
  problem: null,
  pending: false,
  simulating: false,
});

/** A simulation's answer: a new run, or the problem that keeps the old one on screen. */
function received(r: SimResponse, source: string, seed: number): RunView | Problem {
  if (r.status === 'invalid' && r.diagnostic)
    return { kind: 'diagnostic', diagnostic: r.diagnostic };
  if (r.status === 'invalid' || r.status === 'crash') {
    return { kind: 'crash', message: r.message };
  }
  const replay = r.replay ?? buildReplay(r.events);
  return { source, seed, status: r.status, replay, message: r.message };
}

export function createRunSlice(deps: StoreDeps): SliceCreator<RunSlice, Reads> {
  let cancelScheduled: (() => void) | null = null;
  return (set, get) => ({
    requestId: 0,
    pending: false,
    simulating: false,
    run: null,
    problem: null,
    simulate: async (cursor = 0) => {
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
        return get().runInCpython(id, source, seed, missing, cursor);
      }
      const got = received(response, source, seed);
      if ('kind' in got) get().showProblem(got);
      else get().showRun(got, cursor);
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
    newRequest: () => {
      const id = get().requestId + 1;
      set({ requestId: id });
      return id;
    },
    showProblem: (problem) => set({ pending: false, simulating: false, problem }),
  });
}
