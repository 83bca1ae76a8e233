/**
 * The store's shape: one store, six slices (each in its `*-types.ts`), and the `showRun`
 * transition they share. Slices import their own types and the shared ones (`deps.ts`,
 * `run-view.ts`), never this file, so no import cycle joins them.
 */
import type { CpythonSlice } from './cpython/cpython-types';
import type { IoSlice } from './io-types';
import type { LearnSlice } from './learn-types';
import type { PlaybackSlice } from './playback-types';
import type { ProgramSlice } from './program-types';
import type { RunSlice } from './run-types';
import type { ShowRun } from './run-view';

export type { Scheduler, StoreDeps } from './deps';
export type { ImportedOrigin, Problem, RunView } from './run-view';
export type { CpythonSlice, IoSlice, LearnSlice, PlaybackSlice, ProgramSlice, RunSlice, ShowRun };

export type LoopscopeState = ProgramSlice &
  RunSlice &
  PlaybackSlice &
  IoSlice &
  LearnSlice &
  CpythonSlice &
  ShowRun;
