/**
 * Import: the run on screen can come from a file (an exported event log, or a recording
 * made under real CPython by tools/loopscope_record.py) instead of the simulator. The
 * replay, lanes and timeline work from events either way; this slice remembers where the
 * events came from, what was on screen before (to go back to), and the simulator's run of
 * the same program for comparison.
 */
import type { StateCreator } from 'zustand/vanilla';
import {
  canonicalText,
  DEFAULT_MAX_IMPORT_BYTES,
  formatSize,
  parseImport,
  tooBig,
} from '../trace/export';
import type { Imported } from '../trace/export';
import type { ProgramInfo, RecordingClock } from '../trace/recording';
import { buildReplay } from '../trace/replay';
import { readCount } from './program-count';
import type { SimResponse } from './sim/protocol';
import type { LoopscopeState, RunView, StoreDeps } from './types';

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

/** Where the run on screen came from, when it was imported. */
export interface ImportedOrigin {
  readonly kind: 'events' | 'recording';
  /** The name of the file the user opened. */
  readonly file: string;
  readonly program: ProgramInfo;
  /** For a recording: the CPython version and its clock. */
  readonly python: string | null;
  readonly clock: RecordingClock | null;
}

/** What the page showed before the import: "back to editing" restores it. */
interface Before {
  readonly source: string;
  readonly seed: number;
  readonly run: RunView | null;
  readonly cursor: number;
  readonly pending: boolean;
  readonly scenario: string | null;
}

/** The imported run's canonical trace against the simulator's, for the same program. */
export type Comparison =
  | { readonly status: 'checking' }
  | {
      readonly status: 'ready';
      readonly imported: string;
      readonly simulated: string;
      /** The simulation stopped at the page's event limit. */
      readonly limited: boolean;
    }
  | { readonly status: 'unavailable'; readonly reason: string };

export interface IoSlice {
  /** Non-null while the run on screen is an imported file, not a simulation. */
  imported: ImportedOrigin | null;
  /** Why the last import was refused (the view on screen did not change). */
  importError: string | null;
  /** Null until asked for: the comparison runs the simulator, so only a click starts it. */
  comparison: Comparison | null;
  /** What an import in progress is doing ("Reading lesson.json… 40%"), or null. */
  importProgress: string | null;
  /** Reads a file's text; on success its run replaces the one on screen. */
  importText: (text: string, file: string) => void;
  /** A file read and checked elsewhere (the import worker): its run replaces the one on screen. */
  importParsed: (value: Imported, file: string) => void;
  setImportProgress: (progress: string | null) => void;
  /** Simulates the imported program, for the comparison with the imported run. */
  compare: () => void;
  /** Refuses an import without reading it (a file too big, or one that cannot be read). */
  rejectImport: (message: string) => void;
  dismissImportError: () => void;
  /** Back to the program and run that were on screen before the import. */
  leaveImport: () => void;
}

/** Internal: the state to go back to, kept out of the store's public shape. */
const BEFORE = new WeakMap<object, Before>();

/** The refusal for a file over the limit, decided from its size before reading it. */
export function tooBigMessage(size: number, limit = MAX_IMPORT_BYTES): string | null {
  if (size <= limit) return null;
  return tooBig(formatSize(size), limit);
}

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

function unavailableReason(r: SimResponse): string {
  const d = r.diagnostic;
  if (d) {
    return `the simulator cannot run this program (${d.kind}: ${d.message}, line ${d.line}). It runs a subset of Python; the recording came from real CPython, which runs it all.`;
  }
  return `the simulation failed: ${r.message ?? 'unknown error'}.`;
}

export function createIoSlice(deps: StoreDeps): StateCreator<LoopscopeState, [], [], IoSlice> {
  return (set, get, api) => {
    const compare = async (origin: ImportedOrigin, id: number, imported: string) => {
      const seed = simSeed(origin.program);
      if (seed === null) {
        set({
          comparison: { status: 'unavailable', reason: 'its seed is not an integer.' },
        });
        return;
      }
      const source = applySets(origin.program.source, origin.program.set);
      const response = await deps.runner.run({ id, source, seed });
      // Another import, a simulation or "back" since: this answer is for nothing on screen.
      if (response === null || id !== get().requestId || get().imported !== origin) return;
      if (response.status === 'invalid' || response.status === 'crash') {
        set({ comparison: { status: 'unavailable', reason: unavailableReason(response) } });
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
      imported: null,
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
        if (s.imported === null) {
          BEFORE.set(api, {
            source: s.source,
            seed: s.seed,
            run: s.run,
            cursor: s.cursor,
            pending: s.pending,
            scenario: s.scenario,
          });
        }
        const source = applySets(value.program.source, value.program.set);
        const seed = pageSeed(value.program, s.seed);
        const replay = buildReplay(value.events);
        const origin: ImportedOrigin = {
          kind: value.kind,
          file,
          program: value.program,
          python: value.kind === 'recording' ? value.python : null,
          clock: value.kind === 'recording' ? value.clock : null,
        };
        // A new request id drops any simulation still on its way.
        const id = s.requestId + 1;
        set({
          imported: origin,
          importError: null,
          importProgress: null,
          // The imported program is no scenario: its title and explanation would mislead.
          scenario: null,
          // The comparison with a fresh simulation starts from its button, not by itself.
          comparison: null,
          source,
          seed,
          count: readCount(source),
          requestId: id,
          pending: false,
          simulating: false,
          problem: null,
          run: { source, seed, status: 'ok', events: value.events, replay, message: null },
          cursor: 0,
          into: 0,
          playing: false,
          view: replay.stateAt(0),
        });
      },
      // A new file on its way: the refusal of the one before is no longer news.
      setImportProgress: (importProgress) =>
        set(importProgress === null ? { importProgress } : { importProgress, importError: null }),
      compare: () => {
        const { imported: origin, run, comparison } = get();
        if (origin === null || run === null || comparison !== null) return;
        // A new request id: the comparison's answer is the one the page waits for.
        const id = get().requestId + 1;
        set({ requestId: id, comparison: { status: 'checking' } });
        void compare(origin, id, canonicalText(run.events));
      },
      rejectImport: (message) => set({ importError: message, importProgress: null }),
      dismissImportError: () => set({ importError: null }),
      leaveImport: () => {
        if (get().imported === null) return;
        const before = BEFORE.get(api);
        BEFORE.delete(api);
        const base = {
          imported: null,
          comparison: null,
          importError: null,
          playing: false,
          into: 0,
        };
        if (!before || before.run === null) {
          set({ ...base, requestId: get().requestId + 1 });
          void get().simulate();
          return;
        }
        const cursor = Math.min(before.cursor, before.run.replay.length);
        set({
          ...base,
          scenario: before.scenario,
          source: before.source,
          seed: before.seed,
          count: readCount(before.source),
          requestId: get().requestId + 1,
          pending: false,
          simulating: false,
          run: before.run,
          cursor,
          view: before.run.replay.stateAt(cursor),
        });
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

export const selectImported = (s: LoopscopeState) => s.imported;
export const selectImportError = (s: LoopscopeState) => s.importError;
export const selectComparison = (s: LoopscopeState) => s.comparison;
export const selectImportProgress = (s: LoopscopeState) => s.importProgress;
export const selectIoActions = (s: LoopscopeState) => ({
  importText: s.importText,
  compare: s.compare,
  rejectImport: s.rejectImport,
  dismissImportError: s.dismissImportError,
  leaveImport: s.leaveImport,
});
