/** What the store is built with: the runners, real time, the draft storage. */
import type { CpythonRunner } from './cpython/runner';
import type { DraftStore } from './draft';
import type { SimRunner } from './sim/protocol';

/** Schedules `fn` after `ms` real milliseconds; returns a cancel function. */
export type Scheduler = (fn: () => void, ms: number) => () => void;

export interface StoreDeps {
  readonly runner: SimRunner;
  readonly schedule: Scheduler;
  /** Where the user's edits are saved (none in most tests). */
  readonly drafts?: DraftStore;
  /** CPython 3.13 in WebAssembly: runs what the simulator refuses (none in most tests). */
  readonly cpython?: CpythonRunner;
}

/**
 * A slice of the store: it writes only its own fields (`set` takes nothing else) and reads
 * the fields and actions of other slices it names in `Reads`. Whatever changes several
 * slices at once goes through another slice's action or the `showRun` transition.
 */
export type SliceCreator<Own, Reads = unknown> = (
  set: (patch: Partial<Own>) => void,
  get: () => Own & Reads,
) => Own;
