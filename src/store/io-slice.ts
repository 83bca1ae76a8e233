/**
 * Import: the run on screen can come from a file (an exported event log, or a recording
 * made under real CPython by tools/loopscope_record.py) instead of the simulator. The
 * replay, lanes and timeline work from events either way; this slice remembers where the
 * events came from, what was on screen before (to go back to), and the simulator's run of
 * the same program for comparison.
 */
import { canonicalText, DEFAULT_MAX_IMPORT_BYTES, parseImport } from '../trace/export';
import type { ProgramInfo } from '../trace/recording';
import { buildReplay } from '../trace/replay';
import type { SliceCreator, StoreDeps } from './deps';
import type { IoSlice, Unavailable } from './io-types';
import type { LearnSlice } from './learn-types';
import type { PlaybackSlice } from './playback-types';
import type { ProgramSlice } from './program-types';
import type { RunSlice } from './run-types';
import type { ImportedOrigin, RunView, ShowRun } from './run-view';
import type { SimResponse } from './sim/protocol';

export type { BeforeImport, Comparison, IoSlice } from './io-types';
export type { ImportedOrigin } from './run-view';

type Reads = Pick<ProgramSlice, 'source' | 'seed' | 'replaceProgram'> &
  Pick<RunSlice, 'run' | 'pending' | 'requestId' | 'newRequest' | 'simulate'> &
  Pick<PlaybackSlice, 'cursor' | 'pause'> &
  Pick<LearnSlice, 'scenario' | 'setScenario'> &
  ShowRun;

/**
 * `--set NAME=VALUE` applied to a source, as `applySets` in engine/run.ts does it (a test
 * holds them equal): importing that module here would pull the engine into the page's
 * bundle, which otherwise runs it only in the worker.
 */
export function applySets(source: string, sets: Readonly<Record<string, string>>): string {
  const lines = source.split('\n');
  for (const [name, value] of Object.entries(sets)) {
    const re = new RegExp(`^${name.replace(/[^\w]/g, '')}\\s*=(?!=)`);
    const i = lines.findIndex((l) => re.test(l));
    if (i >= 0) lines[i] = `${name} = ${value}`;
  }
  return lines.join('\n');
}

/** The largest file the page imports. */
export const MAX_IMPORT_BYTES = DEFAULT_MAX_IMPORT_BYTES;

/**
 * The seed the simulator takes for a program (a bigint past 2^53, as the recorder's
 * `--seed 12345678901234567890`), or null when it is not an integer.
 */
export function simSeed(p: ProgramInfo): number | bigint | null {
  if (p.seed === null) return 0;
  if (typeof p.seed === 'number') return Number.isSafeInteger(p.seed) ? p.seed : null;
  if (!/^-?\d{1,1000}$/.test(p.seed)) return null;
  const n = Number(p.seed);
  return Number.isSafeInteger(n) ? n : BigInt(p.seed);
}

/** The seed the page's settings show: the program's when it fits, else the page's own. */
const pageSeed = (p: ProgramInfo, fallback: number): number => {
  const seed = simSeed(p);
  return typeof seed === 'number' ? seed : fallback;
};

/** Why the simulator's answer gives nothing to compare with. */
function unavailable(r: SimResponse): Unavailable {
  if (r.diagnostic) return { status: 'unavailable', why: 'refused', diagnostic: r.diagnostic };
  return { status: 'unavailable', why: 'failed', message: r.message };
}

/**
 * The io slice's part of `showRun`: a new run makes the comparison of the old one stale,
 * and one that is not imported ends the import (nothing to go back to any more).
 */
export const ioShown = (run: RunView): Partial<IoSlice> =>
  run.imported ? { comparison: null } : { comparison: null, beforeImport: null };

export function createIoSlice(deps: StoreDeps): SliceCreator<IoSlice, Reads> {
  return (set, get) => {
    const compare = async (origin: ImportedOrigin, id: number, imported: string) => {
      const seed = simSeed(origin.program);
      if (seed === null) {
        set({ comparison: { status: 'unavailable', why: 'seed' } });
        return;
      }
      const source = applySets(origin.program.source, origin.program.set);
      const response = await deps.runner.run({ id, source, seed });
      // Another import, a simulation or "back" since: this answer is for nothing on screen.
      if (response === null || id !== get().requestId || get().run?.imported !== origin) return;
      if (response.status === 'invalid' || response.status === 'crash') {
        set({ comparison: unavailable(response) });
        return;
      }
      set({
        comparison: {
          status: 'ready',
          imported,
          simulated: canonicalText(response.events),
          limited: response.status === 'limit',
        },
      });
    };

    return {
      beforeImport: null,
      importError: null,
      comparison: null,
      importProgress: null,
      importText: (text, file) => {
        const parsed = parseImport(text, MAX_IMPORT_BYTES);
        if (!parsed.ok) {
          set({ importError: parsed.message, importProgress: null });
          return;
        }
        get().importParsed(parsed.value, file);
      },
      importParsed: (value, file) => {
        const s = get();
        // Keep the first "before": importing over an import still goes back to the program.
        if (!s.run?.imported) {
          set({
            beforeImport: {
              source: s.source,
              seed: s.seed,
              run: s.run,
              cursor: s.cursor,
              pending: s.pending,
              scenario: s.scenario,
            },
          });
        }
        set({ importError: null, importProgress: null });
        const source = applySets(value.program.source, value.program.set);
        const seed = pageSeed(value.program, s.seed);
        const imported: ImportedOrigin = {
          kind: value.kind,
          file,
          program: value.program,
          python: value.kind === 'recording' ? value.python : null,
          clock: value.kind === 'recording' ? value.clock : null,
        };
        // The imported program is no scenario: its title and explanation would mislead.
        get().setScenario(null);
        get().replaceProgram(source, seed);
        // A new request id drops any simulation still on its way.
        get().newRequest();
        const replay = buildReplay(value.events);
        const run: RunView = {
          source,
          seed,
          status: 'ok',
          replay,
          message: null,
          imported,
        };
        // The comparison with a fresh simulation starts from its button, not by itself.
        get().showRun(run, 0);
      },
      // A new file on its way: the refusal of the one before is no longer news.
      setImportProgress: (importProgress) =>
        set(importProgress === null ? { importProgress } : { importProgress, importError: null }),
      compare: () => {
        const { run, comparison } = get();
        const origin = run?.imported;
        if (!run || !origin || comparison !== null) return;
        // A new request id: the comparison's answer is the one the page waits for.
        const id = get().newRequest();
        set({ comparison: { status: 'checking' } });
        void compare(origin, id, canonicalText(run.replay.events));
      },
      rejectImport: (message) => set({ importError: message, importProgress: null }),
      dismissImportError: () => set({ importError: null }),
      leaveImport: () => {
        if (!get().run?.imported) return;
        const before = get().beforeImport;
        set({ beforeImport: null, comparison: null, importError: null });
        if (!before || before.run === null) {
          // Nothing ran before the file came in: the program in the editor runs now.
          get().pause();
          get().newRequest();
          void get().simulate();
          return;
        }
        get().setScenario(before.scenario);
        get().replaceProgram(before.source, before.seed);
        get().newRequest();
        get().showRun(before.run, before.cursor);
        // An edit that had not run yet when the file came in runs now.
        if (
          before.pending ||
          before.run.source !== before.source ||
          before.run.seed !== before.seed
        ) {
          void get().simulate();
        }
      },
    };
  };
}

/** The file the run on screen came from, or null when it was not imported. */
export const selectImported = (s: { run: RunView | null }) => s.run?.imported ?? null;
export const selectImportError = (s: IoSlice) => s.importError;
export const selectComparison = (s: IoSlice) => s.comparison;
export const selectImportProgress = (s: IoSlice) => s.importProgress;
export const selectIoActions = (s: IoSlice) => ({
  importText: s.importText,
  compare: s.compare,
  rejectImport: s.rejectImport,
  dismissImportError: s.dismissImportError,
  leaveImport: s.leaveImport,
});
