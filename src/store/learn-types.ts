/**
 * The learning layer's shape: which scenario is open, a link that could not be read, and
 * the "what runs next?" quiz (its question and score).
 */

/** Why the task that runs next does: the front of the ready queue, or its timer fired first. */
export const QuizReason = { Queue: 'queue', Timer: 'timer' } as const;
export type QuizReason = (typeof QuizReason)[keyof typeof QuizReason];

/** A question the quiz asks at cursor `k`: which task runs next? */
export interface QuizQuestion {
  readonly k: number;
  /** Index of the `run` event that answers it. */
  readonly runAt: number;
  /** The task that runs next. */
  readonly answer: string;
  /** Why it does (the UI says it in words). */
  readonly why: QuizReason;
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
  /**
   * Replaces the program and seed at once (a link, a preset) and simulates it; its run shows
   * at `cursor` (a link's position; 0 by default).
   */
  loadProgram: (
    source: string,
    seed: number,
    scenario: string | null,
    cursor?: number,
  ) => Promise<void>;
  /** The program on screen is this scenario's, or none's (an import, back from one). */
  setScenario: (scenario: string | null) => void;
  setLinkError: (message: string | null) => void;
  setQuiz: (on: boolean) => void;
  ask: (question: QuizQuestion) => void;
  /** The learner picked `task`: scores it and shows that task running. */
  answer: (task: string) => void;
}
