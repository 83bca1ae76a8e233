/**
 * The only code that touches real time: while the store says `playing`, each animation
 * frame hands the milliseconds since the last one to `advanceBy`.
 */
import type { LoopscopeStore } from '../store';

export interface FrameSource {
  request(callback: (now: number) => void): number;
  cancel(id: number): void;
}

export const animationFrames: FrameSource = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (id) => cancelAnimationFrame(id),
};

/** A frame after a long pause (a background tab) counts as this much at most. */
const MAX_FRAME_MS = 100;

/** Drives playback until the returned function is called. */
export function startPlaybackDriver(
  store: LoopscopeStore,
  frames: FrameSource = animationFrames,
): () => void {
  // The frame requested and not yet run; while a frame runs it keeps its own id, so the
  // store changes it makes do not request a second one.
  let pending: number | null = null;
  let last: number | null = null;

  const frame = (now: number) => {
    const ms = last === null ? 0 : Math.min(now - last, MAX_FRAME_MS);
    last = now;
    store.getState().advanceBy(ms);
    if (store.getState().playing) {
      pending = frames.request(frame);
    } else {
      pending = null;
      last = null;
    }
  };

  const unsubscribe = store.subscribe((s) => {
    if (s.playing && pending === null) pending = frames.request(frame);
  });
  if (store.getState().playing) pending = frames.request(frame);

  return () => {
    unsubscribe();
    if (pending !== null) frames.cancel(pending);
  };
}
