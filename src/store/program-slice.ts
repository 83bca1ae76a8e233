import defaultSource from '../scenarios/lesson.py?raw';
import type { SliceCreator, StoreDeps } from './deps';
import { readCount, writeCount } from './program-count';
import type { ProgramSlice } from './program-types';
import type { RunSlice } from './run-types';

/** Typing pauses this long before the program is simulated again. */
export const EDIT_DEBOUNCE_MS = 350;
/**
 * Slider and seed changes run at once (after the input event's task): a drag's newer value
 * ends the run of the older one (`sim/worker-runner.ts`), and a small program's run is on
 * screen by the next frame.
 */
export const SETTING_DEBOUNCE_MS = 0;

export { defaultSource };

type Reads = Pick<RunSlice, 'simulateSoon'>;

export const createProgramSlice =
  (deps: Pick<StoreDeps, 'drafts'>): SliceCreator<ProgramSlice, Reads> =>
  (set, get) => {
    /** The user changed the program: it is saved as their draft (src/store/draft.ts). */
    const edited = () => deps.drafts?.save({ source: get().source, seed: get().seed });
    return {
      source: defaultSource,
      seed: 0,
      count: readCount(defaultSource),
      editSource: (source) => {
        if (source === get().source) return;
        set({ source, count: readCount(source) });
        edited();
        get().simulateSoon(EDIT_DEBOUNCE_MS);
      },
      setCount: (n) => {
        const source = writeCount(get().source, n);
        set({ source, count: readCount(source) });
        edited();
        get().simulateSoon(SETTING_DEBOUNCE_MS);
      },
      setSeed: (seed) => {
        if (!Number.isSafeInteger(seed) || seed === get().seed) return;
        set({ seed });
        edited();
        get().simulateSoon(SETTING_DEBOUNCE_MS);
      },
      replaceProgram: (source, seed) => set({ source, seed, count: readCount(source) }),
    };
  };
