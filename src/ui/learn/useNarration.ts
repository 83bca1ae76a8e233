/** The narration of the event just applied: one sentence for the stage's status line. */
import { useMemo } from 'react';
import { useLoopscope } from '../../store/react';
import { selectCursor, selectRun } from '../../store/selectors';
import { narrate } from '../../trace/narrate';

export function useNarration(): string {
  const run = useLoopscope(selectRun);
  const cursor = useLoopscope(selectCursor);
  return useMemo(() => (run ? narrate(run.replay, cursor, run.source) : ''), [run, cursor]);
}
