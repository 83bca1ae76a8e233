/**
 * "What runs next?": the points where the loop is about to start a task's step and had a
 * choice (two or more tasks ready), and the watcher that pauses playback at each. Read
 * from the replay index: its task steps (`Replay.steps`) and the state before each.
 */
import { stepAt } from '../trace/replay-marks';
import type { Replay } from '../trace/replay';
import { QuizReason } from './learn-types';
import type { QuizQuestion } from './learn-types';
import type { LoopscopeStore } from './store';

/** The question at cursor `k`, if the next event pops a task's handle with 2+ tasks ready. */
export function quizAt(replay: Replay, k: number): QuizQuestion | null {
  const step = stepAt(replay.steps, k);
  if (step === null) return null;
  const state = replay.stateAt(k);
  if (state.ready.length < 2) return null;
  const task = state.tasks.find((t) => t.id === step.task);
  if (!task) return null;
  const why = state.readyQueue[0]?.kind === 'wakeup' ? QuizReason.Timer : QuizReason.Queue;
  return { k, runAt: step.runAt, answer: task.name, why, picked: null };
}

/** Pauses playback at each quiz point it passes while the quiz is on; returns an unsubscribe. */
export function watchQuiz(store: LoopscopeStore): () => void {
  let lastAsked = -1;
  return store.subscribe((s, prev) => {
    if (s.run !== prev.run) lastAsked = -1;
    if (!s.quizOn || !s.run || !prev.playing || s.cursor <= prev.cursor) return;
    for (let k = prev.cursor; k < s.cursor; k++) {
      if (k === lastAsked) continue;
      const q = quizAt(s.run.replay, k);
      if (q) {
        lastAsked = k;
        s.ask(q);
        return;
      }
    }
  });
}
