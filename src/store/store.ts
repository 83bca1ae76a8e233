/**
 * The page's one store: the program, the run on screen and the playback cursor. Each test
 * builds its own with `createLoopscopeStore` (and a runner that needs no worker).
 */
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { createCpythonSlice } from './cpython/cpython-slice';
import { createIoSlice } from './io-slice';
import { createLearnSlice } from './learn-slice';
import { createPlaybackSlice } from './playback-slice';
import { createProgramSlice } from './program-slice';
import { createRunSlice } from './run-slice';
import type { LoopscopeState, Scheduler, StoreDeps } from './types';

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
  return createStore<LoopscopeState>()((...a) => ({
    ...createProgramSlice(full)(...a),
    ...createRunSlice(full)(...a),
    ...createPlaybackSlice(...a),
    ...createLearnSlice(...a),
    ...createIoSlice(full)(...a),
    ...createCpythonSlice(full)(...a),
  }));
}
