/** The four lanes: Running (at most one task), Ready (queue order), Awaiting, Done. */
import { LayoutGroup } from 'framer-motion';
import { useMemo } from 'react';
import { useLoopscope } from '../../store/react';
import {
  selectAwaiting,
  selectClock,
  selectDone,
  selectReady,
  selectReplay,
  selectRunning,
  selectSleeping,
  selectTaskCount,
} from '../../store/selectors';
import type { LoopscopeState } from '../../store/types';
import { Lane } from '../../trace/replay';
import { useLoopscopeList } from '../useList';
import { laneCapacity } from './capacity';
import { LaneView } from './LaneView';
import { densityFor, Density } from './TaskCard';

const NONE: readonly never[] = [];

const selectQuestionOpen = (s: LoopscopeState) =>
  s.quizOn && s.question !== null && s.question.picked === null;

/** Above this many tasks the cards stop animating: a thousand springs cost more than a frame. */
const ANIMATE_UP_TO = 150;

/**
 * Above this many tasks the lanes paint their dots on a canvas: a jump of the replay moves
 * them all, and re-creating a thousand elements takes longer than a frame.
 */
const ELEMENTS_UP_TO = 300;

/** Up to this many tasks, done ones keep their full cards (with how they ended). */
const DONE_FULL_UP_TO = 6;

export function Lanes() {
  const running = useLoopscope(selectRunning);
  const ready = useLoopscopeList(selectReady);
  const awaiting = useLoopscopeList(selectAwaiting);
  const done = useLoopscopeList(selectDone);
  const count = useLoopscope(selectTaskCount);
  const sleeping = useLoopscope(selectSleeping);
  const clock = useLoopscope(selectClock);
  const replay = useLoopscope(selectReplay);
  const answerable = useLoopscope(selectQuestionOpen);
  const capacity = useMemo(
    () => (replay ? laneCapacity(replay.spans, replay.length) : null),
    [replay],
  );
  // Sized for the whole run, so cards keep their size as tasks are created.
  const total = Math.max(count, replay?.spans.length ?? 0);
  const density = densityFor(total);
  const animate = total <= ANIMATE_UP_TO;
  const painted = total > ELEMENTS_UP_TO;
  // The same array while the running task is the same: the lane is memoised on it.
  const runningTasks = useMemo(() => (running ? [running] : NONE), [running]);
  // Finished tasks matter less than live ones: beyond a few, they take less room.
  const doneDensity =
    density === Density.Full && total > DONE_FULL_UP_TO ? Density.Compact : density;
  const lanes = (
    <div className={`lanes ${density}`}>
      <LaneView
        lane={Lane.Running}
        capacity={capacity?.[Lane.Running] ?? 0}
        icon="running"
        tasks={runningTasks}
        density={density === Density.Dot ? Density.Compact : density}
        clock={clock}
        animate={animate}
        answerable={answerable}
        painted={false}
        empty={
          sleeping?.why === 'timer'
            ? 'No task: the loop waits in its selector.'
            : 'No task is running.'
        }
      />
      <LaneView
        lane={Lane.Ready}
        capacity={capacity?.[Lane.Ready] ?? 0}
        icon="ready"
        tasks={ready}
        density={density}
        clock={clock}
        animate={animate}
        answerable={answerable}
        painted={painted}
        empty="The ready queue holds no task step."
      />
      <LaneView
        lane={Lane.Awaiting}
        capacity={capacity?.[Lane.Awaiting] ?? 0}
        icon="awaiting"
        tasks={awaiting}
        density={density}
        clock={clock}
        animate={animate}
        answerable={answerable}
        painted={painted}
        empty="No task is suspended."
      />
      <LaneView
        lane={Lane.Done}
        capacity={capacity?.[Lane.Done] ?? 0}
        icon="done"
        tasks={done}
        density={doneDensity}
        clock={clock}
        animate={animate}
        answerable={answerable}
        painted={painted}
        empty="No task has finished yet."
      />
    </div>
  );
  return animate ? <LayoutGroup>{lanes}</LayoutGroup> : lanes;
}
