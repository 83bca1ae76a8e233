/** The playback slice's shape: the cursor, and how playback moves it. */
import type { LoopState } from '../trace/replay';
import type { PlaybackTiming } from './playback/timing';

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
  /** How long each event of the run on screen takes to play, or null before the first run. */
  timing: PlaybackTiming | null;
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
