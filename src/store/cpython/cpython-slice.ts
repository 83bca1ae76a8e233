/**
 * CPython 3.13 in WebAssembly on the page: the fallback for programs the simulator refuses
 * (their replay comes from CPython's recording, turned into the same event log), and the
 * referee ("Check against CPython": the run on screen beside CPython's, canonical trace
 * against canonical trace).
 */
import type { EngineEvent } from '../../engine/events';
// (not sim/simulate's PAGE_MAX_EVENTS: that module would pull the engine into the page's bundle)
import { canonicalText, parseImport } from '../../trace/export';
import { buildReplay } from '../../trace/replay';
import { LIMITS } from '../../limits';
import type { SliceCreator, StoreDeps } from '../deps';
import type { RunSlice } from '../run-types';
import type { RunView, ShowRun } from '../run-view';
import type { CpythonCheck, CpythonSlice } from './cpython-types';
import type { CpythonAnswer, CpythonFailure, CpythonStatus } from './runner';

export type { CpythonCheck, CpythonSlice } from './cpython-types';

type Reads = Pick<RunSlice, 'requestId' | 'run' | 'showProblem'> & ShowRun;

/** The CPython slice's part of `showRun`: a check of the run before no longer applies. */
export const cpythonShown = (): Partial<CpythonSlice> => ({ cpythonCheck: null });

type Recorded = { events: EngineEvent[]; limited: boolean; message: string | null };

/**
 * CPython's recording as the page's event log (the importer's checks, no size limit), or
 * why there is none.
 */
function eventsOf(answer: CpythonAnswer): Recorded | CpythonFailure {
  if (answer.kind === 'invalid') return { why: 'invalid', detail: answer.message };
  if (answer.kind === 'failed') return answer.failure;
  const parsed = parseImport(answer.text, Infinity);
  if (!parsed.ok) return { why: 'unreadable', detail: parsed.message };
  const events = parsed.value.events;
  const last = events.at(-1);
  return {
    events,
    limited: answer.limited,
    message: last?.type === 'limit' ? last.message : null,
  };
}

export function createCpythonSlice(deps: StoreDeps): SliceCreator<CpythonSlice, Reads> {
  let seq = 0; // the CPython runner's own request ids (fallback runs and checks share it)
  return (set, get) => {
    const status = (st: CpythonStatus | null) => set({ cpythonStatus: st });
    const ask = (source: string, seed: number) => {
      const runner = deps.cpython;
      if (!runner) return Promise.resolve(null);
      set({ cpythonBusy: true });
      return runner
        .run({ id: ++seq, source, seed, maxEvents: LIMITS.pageEvents.value }, status)
        .finally(() => set({ cpythonBusy: false }));
    };

    return {
      cpythonStatus: null,
      cpythonBusy: false,
      cpythonCheck: null,
      runInCpython: async (id, source, seed, unsupported, cursor) => {
        const answer = await ask(source, seed);
        if (answer === null || id !== get().requestId) return;
        const got = eventsOf(answer);
        if ('why' in got) {
          get().showProblem({ kind: 'cpython', failure: got });
          return;
        }
        const run: RunView = {
          source,
          seed,
          status: got.limited ? 'limit' : 'ok',
          replay: buildReplay(got.events),
          message: got.message,
          engine: 'cpython',
          unsupported,
        };
        get().showRun(run, cursor);
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
        const got = eventsOf(answer);
        set({
          cpythonCheck:
            'why' in got
              ? { status: 'unavailable', failure: got }
              : {
                  status: 'ready',
                  cpython: canonicalText(got.events),
                  simulated: canonicalText(run.replay.events),
                  limited: run.status === 'limit',
                },
        });
      },
      dismissCpythonCheck: () => set({ cpythonCheck: null }),
    };
  };
}

export const selectCpythonCheck = (s: CpythonSlice): CpythonCheck | null => s.cpythonCheck;
export const selectCpythonStatus = (s: CpythonSlice) => s.cpythonStatus;
