import type { SliceCreator } from './deps';
import { advance, playbackTiming } from './playback/timing';
import type { PlaybackSlice } from './playback-types';
import type { RunSlice } from './run-types';
import type { RunView } from './run-view';

export const DEFAULT_SPEED = 1;

/** The playback slice's part of `showRun`: paused at `cursor` (clamped) of the new run. */
export function playbackAt(run: RunView, cursor: number): Partial<PlaybackSlice> {
  const k = Math.max(0, Math.min(run.replay.length, Math.round(cursor)));
  const timing = playbackTiming(run.replay.events);
  return { cursor: k, into: 0, playing: false, view: run.replay.stateAt(k), timing };
}

export const createPlaybackSlice: SliceCreator<PlaybackSlice, Pick<RunSlice, 'run'>> = (
  set,
  get,
) => {
  /** Moves the cursor to `k` (clamped) and shows the state there. */
  const seek = (k: number, extra: Partial<PlaybackSlice> = {}) => {
    const run = get().run;
    if (!run) return;
    const cursor = Math.max(0, Math.min(run.replay.length, Math.round(k)));
    const view = cursor === get().cursor && get().view ? get().view : run.replay.stateAt(cursor);
    set({ cursor, into: 0, view, ...extra });
  };
  return {
    cursor: 0,
    into: 0,
    playing: false,
    speed: DEFAULT_SPEED,
    skipIdle: false,
    view: null,
    timing: null,
    seek: (k) => seek(k, { playing: false }),
    step: (delta) => seek(get().cursor + delta, { playing: false }),
    jumpStart: () => seek(0, { playing: false }),
    jumpEnd: () => seek(Infinity, { playing: false }),
    play: () => {
      const run = get().run;
      if (!run) return;
      // Play from the end starts again.
      if (get().cursor >= run.replay.length) seek(0);
      set({ playing: true });
    },
    pause: () => set({ playing: false, into: 0 }),
    togglePlay: () => (get().playing ? get().pause() : get().play()),
    setSpeed: (speed) => set({ speed }),
    setSkipIdle: (skipIdle) => set({ skipIdle }),
    advanceBy: (ms) => {
      const { run, timing, playing, cursor, into, speed, skipIdle } = get();
      if (!run || !timing || !playing) return;
      const next = advance(timing, { cursor, into }, ms, { speed, skipIdle });
      const atEnd = next.cursor >= run.replay.length;
      if (next.cursor === cursor) set({ into: next.into, playing: !atEnd });
      else seek(next.cursor, { into: next.into, playing: !atEnd });
    },
  };
};
