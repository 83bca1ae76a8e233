/**
 * The quiz's question and answer. While a question is open, clicking a task card answers
 * it (one listener on the document, so the cards need not know about the quiz).
 */
import { useEffect } from 'react';
import { useLoopscope, useStoreApi } from '../../store/react';
import type { LoopscopeState } from '../../store/types';

const selectQuestion = (s: LoopscopeState) => (s.quizOn ? s.question : null);

export function QuizPrompt() {
  const store = useStoreApi();
  const question = useLoopscope(selectQuestion);
  const open = question !== null && question.picked === null;
  useEffect(() => {
    if (!open) return;
    const onClick = (e: MouseEvent) => {
      const card = (e.target as Element | null)?.closest<HTMLElement>('[data-testid="task-card"]');
      const task = card?.dataset.task;
      if (task) store.getState().answer(task);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
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
          loop runs next.
        </p>
      ) : (
        <p data-testid="quiz-feedback">
          <strong>{right ? 'Right!' : `Not quite: ${question.answer} runs next.`}</strong>{' '}
          {question.why} Press play to go on.
        </p>
      )}
    </div>
  );
}
