/** The loop's own structures: the ready queue of handles and the timer heap. */
import { memo } from 'react';
import type { CSSProperties } from 'react';
import type { HandleInfo } from '../../trace/replay';
import { useLoopscopeList } from '../useList';
import { selectReadyQueue, selectTimers } from '../../store/selectors';
import { formatClock } from '../format';
import { taskColor } from '../palette';

/** Entries listed before "… and N more". */
const SHOWN = 8;

function HandleRow({ h, deadline }: { h: HandleInfo; deadline: boolean }) {
  const style =
    h.task === null ? undefined : ({ '--task-color': taskColor(h.task) } as CSSProperties);
  return (
    <li className={h.task === null ? 'handle' : 'handle has-task'} style={style}>
      {deadline && <span className="deadline">{formatClock(h.when)}</span>}
      <span className="label">{h.label}</span>
    </li>
  );
}

const HandleList = memo(function HandleList(props: {
  testId: string;
  title: string;
  hint: string;
  handles: readonly HandleInfo[];
  deadline: boolean;
  empty: string;
}) {
  const { testId, title, hint, handles, deadline, empty } = props;
  const more = handles.length - SHOWN;
  return (
    <section className="hood-list" data-testid={testId} aria-label={title}>
      <h3>
        {title} <span className="lane-count">{handles.length}</span>
      </h3>
      <p className="lane-hint">{hint}</p>
      <div className="hood-body">
        {handles.length === 0 ? (
          <p className="lane-empty">{empty}</p>
        ) : (
          <ol>
            {handles.slice(0, SHOWN).map((h) => (
              <HandleRow key={h.id} h={h} deadline={deadline} />
            ))}
            {more > 0 && <li className="more">… and {more} more</li>}
          </ol>
        )}
      </div>
    </section>
  );
});

export function UnderTheHood() {
  const queue = useLoopscopeList(selectReadyQueue);
  const timers = useLoopscopeList(selectTimers);
  return (
    <div className="hood">
      <HandleList
        testId="ready-queue"
        title="Ready queue"
        hint="handles, front first: each tick runs those queued when it began"
        handles={queue}
        deadline={false}
        empty="empty"
      />
      <HandleList
        testId="timer-heap"
        title="Timer heap"
        hint="sorted by deadline: due timers move to the ready queue"
        handles={timers}
        deadline
        empty="no timers"
      />
    </div>
  );
}
