import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../engine/events';
import { SCENARIOS } from '../scenarios/presets';
import { buildReplay } from '../trace/replay';
import type { Replay } from '../trace/replay';
import type { QuizQuestion } from './learn-types';
import { quizAt, watchQuiz } from './quiz';
import { createInlineRunner } from './sim/inline-runner';
import { simulate } from './sim/simulate';
import { createLoopscopeStore } from './store';

/** The quiz's definition on the event log: the next event pops a task's step, 2+ tasks ready. */
function fromLog(events: readonly EngineEvent[], replay: Replay, k: number): QuizQuestion | null {
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
  const why = state.readyQueue[0]?.kind === 'wakeup' ? 'timer' : 'queue';
  return { k, runAt: i, answer: task.name, why, picked: null };
}

describe('the quiz', () => {
  it('asks, from the replay index, exactly where the event log says the loop had a choice', () => {
    let asked = 0;
    const reasons = new Set<string>();
    for (const scenario of SCENARIOS) {
      const r = simulate({ id: 1, source: scenario.source, seed: 0 });
      if (r.status === 'invalid' || r.status === 'crash') continue;
      const replay = buildReplay(r.events);
      for (let k = 0; k <= r.events.length; k++) {
        const q = quizAt(replay, k);
        expect(q, `${scenario.id} at ${k}`).toEqual(fromLog(r.events, replay, k));
        if (q) {
          asked++;
          reasons.add(q.why);
        }
      }
    }
    // The presets give the quiz something to ask, for both reasons.
    expect(asked).toBeGreaterThan(10);
    expect([...reasons].sort()).toEqual(['queue', 'timer']);
  });

  it('pauses playback at the first choice it passes, and asks it', async () => {
    const store = createLoopscopeStore({ runner: createInlineRunner() });
    watchQuiz(store);
    await store.getState().simulate();
    const run = store.getState().run!;
    const first = Array.from({ length: run.replay.length }, (_, k) => k).find(
      (k) => quizAt(run.replay, k) !== null,
    );
    expect(first).toBeDefined();
    store.getState().setQuiz(true);
    store.getState().play();
    // One long frame: playback would run to the end, but the quiz stops it at the choice.
    store.getState().advanceBy(1e9);
    const s = store.getState();
    expect(s.question?.k).toBe(first);
    expect(s.cursor).toBe(first);
    expect(s.playing).toBe(false);
  });
});
