/** The store's shape: one store, three slices (program, run, playback). */
import type { EngineEvent } from '../engine/events';
import type { LoopState, Replay } from '../trace/replay';
import type { CpythonSlice } from './cpython/cpython-slice';
import type { CpythonRunner } from './cpython/runner';
import type { IoSlice } from './io-slice';
import type { LearnSlice } from './learn-slice';
import type { DraftStore } from './draft';
import type { ProgramDiagnostic, SimRunner } from './sim/protocol';

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

/** A run the page can replay. */
export interface RunView {
  readonly source: string;
  readonly seed: number;
  readonly status: 'ok' | 'limit';
  readonly events: readonly EngineEvent[];
  readonly replay: Replay;
  /** The limit's message, when a limit stopped the run. */
  readonly message: string | null;
  /** Made by CPython 3.13 in WebAssembly (the simulator refused the program), not simulated. */
  readonly engine?: 'cpython';
  /** Why it ran in CPython: "runs in CPython 3.13 (WebAssembly): ...". */
  readonly note?: string;
}

/** Why the latest edit is not what is on screen. */
export type Problem =
  | { readonly kind: 'diagnostic'; readonly diagnostic: ProgramDiagnostic }
  | { readonly kind: 'crash'; readonly message: string }
  /** CPython (WebAssembly) could not give a run: stopped at its wall-clock limit, or failed. */
  | { readonly kind: 'cpython'; readonly message: string };

export interface ProgramSlice {
  source: string;
  seed: number;
  /** The program's `N`, or null when it has no `N = <int>` line. */
  count: number | null;
  /** The editor changed the text: simulate it once typing pauses. */
  editSource: (source: string) => void;
  /** The slider moved: rewrite the `N = ...` line and simulate. */
  setCount: (n: number) => void;
  setSeed: (seed: number) => void;
}

export interface RunSlice {
  /** Id of the latest simulation asked for; answers to older ones are dropped. */
  requestId: number;
  pending: boolean;
  /** A simulation is running now (in the worker), not just waiting for typing to pause. */
  simulating: boolean;
  /** The run on screen: the latest that could run (a failed edit keeps the last good one). */
  run: RunView | null;
  problem: Problem | null;
  /** Simulate the current source and seed now. */
  simulate: () => Promise<void>;
  /** Simulate after `ms`, unless asked again before. */
  simulateSoon: (ms: number) => void;
  /** Ends the simulation in progress (its events so far replay), or drops a waiting one. */
  stop: () => void;
}

export interface PlaybackSlice {
  /** Events applied: the state on screen is `replay.stateAt(cursor)`. */
  cursor: number;
  /** Milliseconds of playback already spent on the next event (animates clock jumps). */
  into: number;
  playing: boolean;
  speed: number;
  skipIdle: boolean;
  /** `replay.stateAt(cursor)`, or null before the first run. */
  view: LoopState | null;
  seek: (k: number) => void;
  step: (delta: number) => void;
  jumpStart: () => void;
  jumpEnd: () => void;
  play: () => void;
  pause: () => void;
  togglePlay: () => void;
  setSpeed: (speed: number) => void;
  setSkipIdle: (skip: boolean) => void;
  /** Playback moved on by `ms` real milliseconds (called by the frame driver). */
  advanceBy: (ms: number) => void;
}

export type LoopscopeState = ProgramSlice &
  RunSlice &
  PlaybackSlice &
  IoSlice &
  LearnSlice &
  CpythonSlice;
