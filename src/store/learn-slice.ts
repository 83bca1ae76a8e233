/**
 * The learning layer: which scenario is open, a message about a link that could not be
 * read, and the "what runs next?" quiz (its question and score).
 */
import { findScenario } from '../scenarios/presets';
import type { SliceCreator } from './deps';
import type { LearnSlice } from './learn-types';
import type { PlaybackSlice } from './playback-types';
import type { ProgramSlice } from './program-types';
import type { RunSlice } from './run-types';

export type { QuizQuestion } from './learn-types';

type Reads = Pick<ProgramSlice, 'seed' | 'replaceProgram'> &
  Pick<RunSlice, 'simulate'> &
  Pick<PlaybackSlice, 'seek'>;

export const createLearnSlice: SliceCreator<LearnSlice, Reads> = (set, get) => ({
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
  loadProgram: async (source, seed, scenario, cursor = 0) => {
    set({ scenario, question: null });
    get().replaceProgram(source, seed);
    await get().simulate(cursor);
  },
  setScenario: (scenario) => set({ scenario }),
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
