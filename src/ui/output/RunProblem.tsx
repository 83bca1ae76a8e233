/**
 * A run that stopped at a limit, said once and up front, before anyone presses play: who
 * kept the loop, on which line, and which limit stopped it (`trace/stop.ts`).
 */
import { useMemo } from 'react';
import { useLoopscope } from '../../store/react';
import { selectRun } from '../../store/selectors';
import { describeStop } from '../../trace/stop';
import { NarrationText } from '../learn/Narration';

export function RunProblem() {
  const run = useLoopscope(selectRun);
  const text = useMemo(
    () => (run?.replay.stop ? describeStop(run.replay.stop, run.source) : null),
    [run],
  );
  if (!text) return null;
  return (
    <p className="run-problem" role="alert" data-testid="run-problem">
      <strong>This run did not finish.</strong> <NarrationText text={text} />
    </p>
  );
}
