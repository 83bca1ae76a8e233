/** The quiz's answer in words: why the task that ran next did. */
import type { QuizQuestion } from '../../store/learn-types';

export function quizWhy(q: Pick<QuizQuestion, 'answer' | 'why'>): string {
  switch (q.why) {
    case 'timer':
      return `${q.answer}'s wakeup was at the front of the ready queue: timers fire in deadline order (ties in the order they were set), so its wakeup was queued first, and the loop runs the queue first in, first out.`;
    case 'queue':
      return `${q.answer} was at the front of the ready queue, and the loop runs the queue first in, first out.`;
    default:
      return q.why satisfies never;
  }
}
