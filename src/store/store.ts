/**
 * The page's one store: the program, the run on screen and the playback cursor. Each test
 * builds its own with `createLoopscopeStore` (and a runner that needs no worker).
 */
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { createCpythonSlice } from './cpython/cpython-slice';
import type { Scheduler, StoreDeps } from './deps';
import { createIoSlice } from './io-slice';
import { createLearnSlice } from './learn-slice';
import { createPlaybackSlice } from './playback-slice';
import { createProgramSlice } from './program-slice';
import { createRunSlice } from './run-slice';
import { createShowRun } from './show-run';
import type { LoopscopeState } from './types';

export type LoopscopeStore = StoreApi<LoopscopeState>;

/** Real-time scheduling, for debouncing edits. */
export const timeoutScheduler: Scheduler = (fn, ms) => {
  const id = setTimeout(fn, ms);
  return () => clearTimeout(id);
};

export function createLoopscopeStore(
  deps: Pick<StoreDeps, 'runner'> & Partial<StoreDeps>,
): LoopscopeStore {
  const full: StoreDeps = { schedule: timeoutScheduler, ...deps };
  // Each slice gets a `set` that takes only its own fields (see `SliceCreator`).
  return createStore<LoopscopeState>()((set, get) => ({
    ...createProgramSlice(full)(set, get),
    ...createRunSlice(full)(set, get),
    ...createPlaybackSlice(set, get),
    ...createLearnSlice(set, get),
    ...createIoSlice(full)(set, get),
    ...createCpythonSlice(full)(set, get),
    ...createShowRun(set),
  }));
}
