/**
 * The learning layer's state: which scenario is open, a message about a link that could
 * not be read, and the "what runs next?" quiz (its question and score).
 */
import type { StateCreator } from 'zustand/vanilla';
import { findScenario } from '../scenarios/presets';
import { readCount } from './program-count';
import { defaultSource } from './program-slice';
import type { LoopscopeState } from './types';

/** A question the quiz asks at cursor `k`: which task runs next? */
export interface QuizQuestion {
  readonly k: number;
  /** Index of the `run` event that answers it. */
  readonly runAt: number;
  /** The task that runs next. */
  readonly answer: string;
  /** Why it does (queue order, or timer order for wakeups). */
  readonly why: string;
  /** The learner's pick, once they made one. */
  readonly picked: string | null;
}

export interface LearnSlice {
  scenario: string | null;
  /** What a link could not restore, shown to the learner; null when it read cleanly. */
  linkError: string | null;
  quizOn: boolean;
  quizAsked: number;
  quizRight: number;
  question: QuizQuestion | null;
  /** Opens a preset: its program, simulated from the start. Unknown ids change nothing. */
  loadScenario: (id: string) => Promise<void>;
  /** Replaces the program and seed at once (a link, a preset) and simulates it. */
  loadProgram: (source: string, seed: number, scenario: string | null) => Promise<void>;
  setLinkError: (message: string | null) => void;
  setQuiz: (on: boolean) => void;
  ask: (question: QuizQuestion) => void;
  /** The learner picked `task`: scores it and shows that task running. */
  answer: (task: string) => void;
}

export const createLearnSlice: StateCreator<LoopscopeState, [], [], LearnSlice> = (set, get) => ({
  // The first program is the lesson's: its explanation shows from the first visit.
  scenario: 'lesson',
  linkError: null,
  quizOn: false,
  quizAsked: 0,
  quizRight: 0,
  question: null,
  loadScenario: async (id) => {
    const scenario = findScenario(id);
    if (scenario) await get().loadProgram(scenario.source, get().seed, scenario.id);
  },
  loadProgram: async (source, seed, scenario) => {
    set({ source, seed, count: readCount(source), scenario, question: null });
    await get().simulate();
  },
  setLinkError: (linkError) => set({ linkError }),
  setQuiz: (quizOn) => set({ quizOn, quizAsked: 0, quizRight: 0, question: null }),
  ask: (question) => {
    get().seek(question.k);
    set({ question });
  },
  answer: (task) => {
    const q = get().question;
    if (!q || q.picked !== null) return;
    const right = task === q.answer;
    set({
      question: { ...q, picked: task },
      quizAsked: get().quizAsked + 1,
      quizRight: get().quizRight + (right ? 1 : 0),
    });
    // Show the answer: the task that runs next, in the Running lane.
    get().seek(q.runAt + 1);
  },
});

export { defaultSource };
