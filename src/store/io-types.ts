/**
 * The import slice's shape: a file's run replaces the one on screen (the run itself says
 * where it came from, `RunView.imported`); this slice keeps what was on screen before, the
 * comparison with the simulator, and the import's progress and refusal.
 */
import type { Imported } from '../trace/export';
import type { RunView } from './run-view';
import type { ProgramDiagnostic } from './sim/protocol';

/** What the page showed before the import: "back to editing" restores it. */
export interface BeforeImport {
  readonly source: string;
  readonly seed: number;
  readonly run: RunView | null;
  readonly cursor: number;
  readonly pending: boolean;
  readonly scenario: string | null;
}

/** Why the simulator could not give a run to compare with the imported one. */
export type Unavailable =
  /** The recording's seed is not an integer. */
  | { readonly status: 'unavailable'; readonly why: 'seed' }
  /** The simulator refuses the program (outside its subset, or it does not compile). */
  | {
      readonly status: 'unavailable';
      readonly why: 'refused';
      readonly diagnostic: ProgramDiagnostic;
    }
  /** The simulation failed. */
  | { readonly status: 'unavailable'; readonly why: 'failed'; readonly message: string | null };

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
  | Unavailable;

export interface IoSlice {
  /** What was on screen before the first of the imports on screen, to go back to. */
  beforeImport: BeforeImport | null;
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
