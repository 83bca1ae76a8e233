/** One lane of the stage: a titled, ordered list of task cards. */
import { memo, useRef } from 'react';
import type { ReactNode } from 'react';
import type { Lane, TaskState } from '../../trace/replay';
import { formatCount } from '../format';
import { Icon } from '../icons';
import type { IconName } from '../icons';
import { LANE_HINTS, LANE_TITLES, laneSummary } from '../palette';
import { useWidth } from '../useWidth';
import { DotCanvas } from './DotCanvas';
import { CARD_SIZE, Density as Densities, TaskCard } from './TaskCard';
import type { Density } from './TaskCard';

interface Props {
  lane: Lane;
  icon: IconName;
  tasks: readonly TaskState[];
  density: Density;
  clock: number;
  animate: boolean;
  /** Said when the lane is empty. */
  empty: ReactNode;
  /** The most tasks this lane holds at once in the run: the room it reserves. */
  capacity: number;
  /** The quiz waits for a pick: cards take focus and answer it. */
  answerable: boolean;
  /** A big run: the lane paints its tasks as dots on a canvas, not as elements. */
  painted: boolean;
}

/**
 * The most cards a lane draws. A lane may hold 150,000 tasks; past this many, the rest are
 * counted, not drawn (the count in the title is always whole).
 */
export const MAX_CARDS = 2_000;

/** Height that holds `count` cards in rows across `width`. */
function reservedHeight(count: number, width: number, density: Density): number {
  const { w, h, gap, maxHeight } = CARD_SIZE[density];
  if (count === 0 || width === 0) return h;
  const perRow = Math.max(1, Math.floor((width + gap) / (w + gap)));
  const rows = Math.ceil(count / perRow);
  return Math.min(maxHeight, rows * h + (rows - 1) * gap);
}

export const LaneView = memo(function LaneView(props: Props) {
  const { lane, icon, tasks, density, clock, animate, empty, capacity, answerable, painted } =
    props;
  const shown = tasks.length > MAX_CARDS ? tasks.slice(0, MAX_CARDS) : tasks;
  const more = tasks.length > MAX_CARDS && (
    <li className="lane-more" data-testid="lane-more">
      and {formatCount(tasks.length - MAX_CARDS)} more
    </li>
  );
  const titleId = `lane-${lane}-title`;
  const body = useRef<HTMLDivElement>(null);
  const width = useWidth(body);
  return (
    <section className={`lane lane-${lane}`} data-testid={`lane-${lane}`} aria-labelledby={titleId}>
      <header className="lane-head">
        <h3 id={titleId}>
          <Icon name={icon} size={14} />
          {LANE_TITLES[lane]}
          <span className="lane-count" aria-label={`${tasks.length} tasks`}>
            {tasks.length}
          </span>
        </h3>
        <span className="lane-hint">{LANE_HINTS[lane]}</span>
        {density !== Densities.Full && tasks.length > 0 && (
          <span className="lane-summary">{laneSummary(tasks)}</span>
        )}
      </header>
      <div
        ref={body}
        className="lane-body"
        style={{ minHeight: reservedHeight(capacity, width, density) }}
      >
        {painted ? (
          <DotCanvas tasks={shown} clock={clock} empty={empty}>
            {more && <ul className="lane-more-list">{more}</ul>}
          </DotCanvas>
        ) : tasks.length === 0 ? (
          <p className="lane-empty">{empty}</p>
        ) : (
          <ol className={`cards ${density}`}>
            {shown.map((t) => (
              <TaskCard
                key={t.id}
                task={t}
                density={density}
                clock={clock}
                animate={animate}
                answerable={answerable}
              />
            ))}
            {more}
          </ol>
        )}
      </div>
    </section>
  );
});
