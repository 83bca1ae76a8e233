/** The CPython slice's shape: the fallback runs and the "Check against CPython" referee. */
import type { CpythonFailure, CpythonStatus } from './runner';

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
  | { readonly status: 'unavailable'; readonly failure: CpythonFailure };

export interface CpythonSlice {
  /** Pyodide's download while it loads (bytes), or that the program runs; else null. */
  cpythonStatus: CpythonStatus | null;
  /** A CPython run is on its way (loading, or running). */
  cpythonBusy: boolean;
  cpythonCheck: CpythonCheck | null;
  /**
   * Runs `source` in CPython for request `id`, because the simulator does not support
   * `unsupported` ("`class`", "decorators"); its replay replaces the run on screen, at `cursor`.
   */
  runInCpython: (
    id: number,
    source: string,
    seed: number,
    unsupported: string,
    cursor: number,
  ) => Promise<void>;
  /** Runs the program on screen in CPython and compares the two canonical traces. */
  checkCpython: () => Promise<void>;
  dismissCpythonCheck: () => void;
}
