import { describe, expect, it } from 'vitest';
import { createInlineRunner } from '../sim/inline-runner';
import { createLoopscopeStore } from '../store';
import { startPlaybackDriver } from './driver';
import type { FrameSource } from './driver';
import { BEAT_MS } from './timing';

/** Frames that run only when the test says so. */
function manualFrames() {
  const queued = new Map<number, (now: number) => void>();
  let next = 1;
  const source: FrameSource = {
    request: (cb) => {
      queued.set(next, cb);
      return next++;
    },
    cancel: (id) => void queued.delete(id),
  };
  return {
    source,
    get pending() {
      return queued.size;
    },
    run(now: number) {
      const callbacks = [...queued.values()];
      queued.clear();
      callbacks.forEach((cb) => cb(now));
    },
  };
}

describe('the playback driver', () => {
  it('asks for one frame at a time while playing, and none when paused', async () => {
    const store = createLoopscopeStore({ runner: createInlineRunner() });
    await store.getState().simulate();
    const frames = manualFrames();
    const stop = startPlaybackDriver(store, frames.source);
    expect(frames.pending).toBe(0);
    store.getState().play();
    expect(frames.pending).toBe(1);
    frames.run(0);
    for (let i = 1; i <= 10; i++) {
      frames.run((i * BEAT_MS) / 2);
      expect(frames.pending).toBe(1);
    }
    expect(store.getState().cursor).toBe(5);
    store.getState().pause();
    frames.run(6 * BEAT_MS);
    frames.run(7 * BEAT_MS);
    expect(frames.pending).toBe(0);
    stop();
  });
});
