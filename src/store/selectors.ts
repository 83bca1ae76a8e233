/**
 * Module-level selectors: each component subscribes to the few fields it renders, so a
 * frame of playback re-renders only what changed.
 */
import type { HandleInfo, LoopState, Sleeping, TaskState } from '../trace/replay';
import { eventDuration } from './playback/timing';
import type { LoopscopeState } from './types';

const NO_TASKS: readonly TaskState[] = [];
const NO_HANDLES: readonly HandleInfo[] = [];

export const selectSource = (s: LoopscopeState) => s.source;
export const selectSeed = (s: LoopscopeState) => s.seed;
export const selectCount = (s: LoopscopeState) => s.count;
export const selectProblem = (s: LoopscopeState) => s.problem;
export const selectPending = (s: LoopscopeState) => s.pending;
export const selectRun = (s: LoopscopeState) => s.run;
export const selectReplay = (s: LoopscopeState) => s.run?.replay ?? null;
export const selectLimitMessage = (s: LoopscopeState) => s.run?.message ?? null;

export const selectCursor = (s: LoopscopeState) => s.cursor;
export const selectLength = (s: LoopscopeState) => s.run?.replay.length ?? 0;
export const selectPlaying = (s: LoopscopeState) => s.playing;
export const selectSpeed = (s: LoopscopeState) => s.speed;
export const selectSkipIdle = (s: LoopscopeState) => s.skipIdle;
export const selectAtEnd = (s: LoopscopeState) => s.run !== null && s.cursor >= s.run.replay.length;

export const selectView = (s: LoopscopeState): LoopState | null => s.view;
/** The clock of the state on screen (not interpolated). */
export const selectClock = (s: LoopscopeState) => s.view?.clock ?? 0;
export const selectTick = (s: LoopscopeState) => s.view?.tick ?? 0;
export const selectTasks = (s: LoopscopeState) => s.view?.tasks ?? NO_TASKS;
export const selectTaskCount = (s: LoopscopeState) => s.view?.tasks.length ?? 0;
export const selectRunning = (s: LoopscopeState) => s.view?.running ?? null;
export const selectReady = (s: LoopscopeState) => s.view?.ready ?? NO_TASKS;
export const selectAwaiting = (s: LoopscopeState) => s.view?.awaiting ?? NO_TASKS;
export const selectDone = (s: LoopscopeState) => s.view?.done ?? NO_TASKS;
export const selectReadyQueue = (s: LoopscopeState) => s.view?.readyQueue ?? NO_HANDLES;
export const selectTimers = (s: LoopscopeState) => s.view?.timers ?? NO_HANDLES;
export const selectSleeping = (s: LoopscopeState): Sleeping | null => s.view?.sleeping ?? null;
export const selectModuleLine = (s: LoopscopeState) => s.view?.moduleLine ?? null;
export const selectPrintCount = (s: LoopscopeState) => s.view?.printCount ?? 0;
export const selectWarningCount = (s: LoopscopeState) => s.view?.warningCount ?? 0;
export const selectUncaught = (s: LoopscopeState) => s.view?.uncaught ?? null;
export const selectLimitReached = (s: LoopscopeState) => s.view?.limit ?? null;

/** The clock as shown: during a clock jump it runs from `from` to `to` with playback. */
export function selectShownClock(s: LoopscopeState): number {
  const v = s.view;
  const sleeping = v?.sleeping;
  if (!v || !sleeping || !s.timing || s.into <= 0) return v?.clock ?? 0;
  const d = eventDuration(s.timing, s.cursor, s);
  return sleeping.from + (sleeping.to - sleeping.from) * Math.min(1, d > 0 ? s.into / d : 1);
}

/** What the run's timing teaches (a stable object per run). */
export const selectVerdictFacts = (s: LoopscopeState) => s.run?.replay.verdict ?? null;

/** Total virtual time against the same sleeps one after another. */
export const selectVerdict = (s: LoopscopeState) =>
  s.run ? { total: s.run.replay.endTime, sequential: s.run.replay.sequentialSleep } : null;

/** The store's actions never change: components may select them freely. */
export const selectActions = (s: LoopscopeState) => ({
  editSource: s.editSource,
  setCount: s.setCount,
  setSeed: s.setSeed,
  seek: s.seek,
  step: s.step,
  jumpStart: s.jumpStart,
  jumpEnd: s.jumpEnd,
  play: s.play,
  pause: s.pause,
  togglePlay: s.togglePlay,
  setSpeed: s.setSpeed,
  setSkipIdle: s.setSkipIdle,
});
