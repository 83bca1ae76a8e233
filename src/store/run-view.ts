/**
 * The run on screen, shared by every slice: what it is, where it came from, what stands
 * beside it when the latest edit could not run, and the one transition that shows it.
 */
import type { ProgramInfo, RecordingClock } from '../trace/recording';
import type { Replay } from '../trace/replay';
import type { CpythonFailure } from './cpython/runner';
import type { ProgramDiagnostic } from './sim/protocol';

/** Where the run on screen came from, when it was imported from a file. */
export interface ImportedOrigin {
  readonly kind: 'events' | 'recording';
  /** The name of the file the user opened. */
  readonly file: string;
  readonly program: ProgramInfo;
  /** For a recording: the CPython version and its clock. */
  readonly python: string | null;
  readonly clock: RecordingClock | null;
}

/** A run the page can replay. */
export interface RunView {
  readonly source: string;
  readonly seed: number;
  readonly status: 'ok' | 'limit';
  /** The replay index of its event log: every view of the run reads it. */
  readonly replay: Replay;
  /** The limit's message, when a limit stopped the run. */
  readonly message: string | null;
  /** Made by CPython 3.13 in WebAssembly (the simulator refused the program), not simulated. */
  readonly engine?: 'cpython';
  /** For a CPython run: what the simulator does not support ("`class`", "decorators"). */
  readonly unsupported?: string;
  /** Read from a file (an exported event log or a recording), not run on the page. */
  readonly imported?: ImportedOrigin;
}

/** Why the latest edit is not what is on screen. */
export type Problem =
  | { readonly kind: 'diagnostic'; readonly diagnostic: ProgramDiagnostic }
  /** The simulation failed: the engine's or the worker's message, null when it gave none. */
  | { readonly kind: 'crash'; readonly message: string | null }
  /** CPython (WebAssembly) could not give a run: stopped at its wall-clock limit, or failed. */
  | { readonly kind: 'cpython'; readonly failure: CpythonFailure };

/** The one way a run reaches the screen (the editor's, a preset's, a file's, a link's). */
export interface ShowRun {
  /**
   * Puts `run` on screen at `cursor` (clamped), paused; the problem, the comparisons and
   * checks of the run before go away.
   */
  showRun: (run: RunView, cursor: number) => void;
}
