/**
 * The quiz's question and answer. While a question is open, clicking a task card answers
 * it (one listener on the document, so the cards need not know about the quiz).
 */
import { useEffect } from 'react';
import { useLoopscope, useStoreApi } from '../../store/react';
import type { LoopscopeState } from '../../store/types';
import { quizWhy } from './quiz-words';

const selectQuestion = (s: LoopscopeState) => (s.quizOn ? s.question : null);

export function QuizPrompt() {
  const store = useStoreApi();
  const question = useLoopscope(selectQuestion);
  const open = question !== null && question.picked === null;
  useEffect(() => {
    if (!open) return;
    const pick = (e: Event) => {
      const card = (e.target as Element | null)?.closest<HTMLElement>('[data-testid="task-card"]');
      const task = card?.dataset.task;
      if (!task) return false;
      store.getState().answer(task);
      return true;
    };
    const onClick = (e: MouseEvent) => void pick(e);
    // The cards take focus while a question is open: Enter or Space on one answers.
    const onKey = (e: KeyboardEvent) => {
      if ((e.key === 'Enter' || e.key === ' ') && pick(e)) e.preventDefault();
    };
    document.addEventListener('click', onClick);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKey);
    };
  }, [open, store]);
  if (!question) return null;
  const right = question.picked === question.answer;
  return (
    <div
      className={`quiz-prompt ${question.picked === null ? '' : right ? 'right' : 'wrong'}`}
      data-testid="quiz-prompt"
      aria-live="polite"
    >
      {question.picked === null ? (
        <p>
          <strong>What runs next?</strong> Several tasks are ready: click the card of the one the
          loop runs next (or Tab to it and press Enter).
        </p>
      ) : (
        <p data-testid="quiz-feedback">
          <strong>{right ? 'Right!' : `Not quite: ${question.answer} runs next.`}</strong>{' '}
          {quizWhy(question)} Press play to go on.
        </p>
      )}
    </div>
  );
}
