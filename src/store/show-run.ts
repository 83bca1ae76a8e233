/**
 * The one transition that puts a run on screen, whoever made it: the editor's simulation,
 * a preset or a link (both simulate), CPython's fallback run, a file, "back to editing".
 * Each slice says what a new run means for its own fields; this is the one place that
 * applies them together, in one state change.
 */
import { cpythonShown } from './cpython/cpython-slice';
import { ioShown } from './io-slice';
import { playbackAt } from './playback-slice';
import { runShown } from './run-slice';
import type { ShowRun } from './run-view';
import type { LoopscopeState } from './types';

export function createShowRun(set: (patch: Partial<LoopscopeState>) => void): ShowRun {
  return {
    showRun: (run, cursor) =>
      set({ ...runShown(run), ...playbackAt(run, cursor), ...ioShown(run), ...cpythonShown() }),
  };
}
