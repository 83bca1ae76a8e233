/**
 * "What runs next?": the points where the loop is about to start a task's step and had a
 * choice (two or more tasks ready), and the watcher that pauses playback at each.
 */
import type { EngineEvent } from '../engine/events';
import type { Replay } from '../trace/replay';
import type { QuizQuestion } from './learn-slice';
import type { LoopscopeStore } from './store';

/** The question at cursor `k`, if the next event pops a task's handle with 2+ tasks ready. */
export function quizAt(
  events: readonly EngineEvent[],
  replay: Replay,
  k: number,
): QuizQuestion | null {
  const e = events[k];
  if (e?.type !== 'handle' || e.skipped) return null;
  let i = k + 1;
  while (events[i]?.type === 'line') i++;
  const run = events[i];
  if (run?.type !== 'run') return null;
  const state = replay.stateAt(k);
  if (state.ready.length < 2) return null;
  const task = state.tasks.find((t) => t.id === run.task);
  if (!task) return null;
  const front = state.readyQueue[0];
  const why =
    front?.kind === 'wakeup'
      ? `${task.name}'s wakeup was at the front of the ready queue: timers fire in deadline order (ties in the order they were set), so its wakeup was queued first, and the loop runs the queue first in, first out.`
      : `${task.name} was at the front of the ready queue, and the loop runs the queue first in, first out.`;
  return { k, runAt: i, answer: task.name, why, picked: null };
}

/** Pauses playback at each quiz point it passes while the quiz is on; returns an unsubscribe. */
export function watchQuiz(store: LoopscopeStore): () => void {
  let lastAsked = -1;
  return store.subscribe((s, prev) => {
    if (s.run !== prev.run) lastAsked = -1;
    if (!s.quizOn || !s.run || !prev.playing || s.cursor <= prev.cursor) return;
    for (let k = prev.cursor; k < s.cursor; k++) {
      if (k === lastAsked) continue;
      const q = quizAt(s.run.events, s.run.replay, k);
      if (q) {
        lastAsked = k;
        s.ask(q);
        return;
      }
    }
  });
}
