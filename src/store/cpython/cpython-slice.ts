/**
 * CPython 3.13 in WebAssembly on the page: the fallback for programs the simulator refuses
 * (their replay comes from CPython's recording, turned into the same event log), and the
 * referee ("Check against CPython": the run on screen beside CPython's, canonical trace
 * against canonical trace).
 */
import type { StateCreator } from 'zustand/vanilla';
import type { EngineEvent } from '../../engine/events';
// (not sim/simulate's PAGE_MAX_EVENTS: that module would pull the engine into the page's bundle)
import { canonicalText, parseImport } from '../../trace/export';
import { buildReplay } from '../../trace/replay';
import { LIMITS } from '../../limits';
import type { LoopscopeState, RunView, StoreDeps } from '../types';
import { showRun } from '../run-slice';
import type { CpythonAnswer, CpythonProgress } from './runner';

/** The run on screen against CPython's run of the same program. */
export type CpythonCheck =
  | { readonly status: 'checking' }
  | {
      readonly status: 'ready';
      readonly cpython: string;
      readonly simulated: string;
      /** The simulation stopped at the page's event limit. */
      readonly limited: boolean;
    }
  | { readonly status: 'unavailable'; readonly reason: string };

export interface CpythonSlice {
  /** Pyodide's download while it loads (bytes), else null. */
  cpythonProgress: CpythonProgress | null;
  /** A CPython run is on its way (loading, or running). */
  cpythonBusy: boolean;
  cpythonCheck: CpythonCheck | null;
  /** Runs `source` in CPython for request `id`; its replay replaces the run on screen. */
  runInCpython: (id: number, source: string, seed: number, note: string) => Promise<void>;
  /** Runs the program on screen in CPython and compares the two canonical traces. */
  checkCpython: () => Promise<void>;
  dismissCpythonCheck: () => void;
}

type Recorded = { events: EngineEvent[]; limited: boolean; message: string | null };

/** CPython's recording as the page's event log (the importer's checks, no size limit). */
function eventsOf(answer: Extract<CpythonAnswer, { kind: 'recording' }>): Recorded | string {
  const parsed = parseImport(answer.text, Infinity);
  if (!parsed.ok) return `CPython's recording does not open: ${parsed.message}`;
  const events = parsed.value.events;
  const last = events.at(-1);
  return {
    events,
    limited: answer.limited,
    message: last?.type === 'limit' ? last.message : null,
  };
}

export function createCpythonSlice(
  deps: StoreDeps,
): StateCreator<LoopscopeState, [], [], CpythonSlice> {
  let seq = 0; // the CPython runner's own request ids (fallback runs and checks share it)
  return (set, get) => {
    const progress = (p: CpythonProgress | null) => set({ cpythonProgress: p });
    const ask = (source: string, seed: number) => {
      const runner = deps.cpython;
      if (!runner) return Promise.resolve(null);
      set({ cpythonBusy: true });
      return runner
        .run({ id: ++seq, source, seed, maxEvents: LIMITS.pageEvents.value }, progress)
        .finally(() => set({ cpythonBusy: false }));
    };

    return {
      cpythonProgress: null,
      cpythonBusy: false,
      cpythonCheck: null,
      runInCpython: async (id, source, seed, note) => {
        const answer = await ask(source, seed);
        if (answer === null || id !== get().requestId) return;
        const got = answer.kind === 'recording' ? eventsOf(answer) : answer.message;
        if (typeof got === 'string') {
          set({ pending: false, problem: { kind: 'cpython', message: got } });
          return;
        }
        const run: RunView = {
          source,
          seed,
          status: got.limited ? 'limit' : 'ok',
          events: got.events,
          replay: buildReplay(got.events),
          message: got.message,
          engine: 'cpython',
          note,
        };
        set({ pending: false, ...showRun(run) });
      },
      checkCpython: async () => {
        const run = get().run;
        if (!run) return;
        set({ cpythonCheck: { status: 'checking' } });
        const answer = await ask(run.source, run.seed);
        if (get().run !== run) return; // another run on screen since: nothing to compare
        if (answer === null) {
          set({ cpythonCheck: null });
          return;
        }
        const got = answer.kind === 'recording' ? eventsOf(answer) : answer.message;
        set({
          cpythonCheck:
            typeof got === 'string'
              ? { status: 'unavailable', reason: got }
              : {
                  status: 'ready',
                  cpython: canonicalText(got.events),
                  simulated: canonicalText(run.events),
                  limited: run.status === 'limit',
                },
        });
      },
      dismissCpythonCheck: () => set({ cpythonCheck: null }),
    };
  };
}

export const selectCpythonCheck = (s: LoopscopeState) => s.cpythonCheck;
export const selectCpythonProgress = (s: LoopscopeState) => s.cpythonProgress;
