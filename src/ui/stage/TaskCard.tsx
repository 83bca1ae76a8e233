/**
 * One task on the stage. Keyed and laid out by task id: it moves because its lane changed
 * in the replay state. Big runs get compact cards (still one element per task).
 */
import { m } from 'framer-motion';
import type { MotionStyle } from 'framer-motion';
import { memo } from 'react';
import type { CSSProperties } from 'react';
import { Lane } from '../../trace/replay';
import type { TaskState } from '../../trace/replay';
import { useLoopscope } from '../../store/react';
import { selectShownClock } from '../../store/selectors';
import { Icon } from '../icons';
import type { IconName } from '../icons';
import { awaitText, describeTask, doneText, taskColor } from '../palette';

/** How much a card shows: everything, its name, or only its color. */
export const Density = { Full: 'full', Compact: 'compact', Dot: 'dot' } as const;
export type Density = (typeof Density)[keyof typeof Density];

export function densityFor(taskCount: number): Density {
  if (taskCount <= 16) return Density.Full;
  return taskCount <= 150 ? Density.Compact : Density.Dot;
}

/**
 * Card box sizes (px), matching app.css: lanes reserve room for the most cards they hold
 * in the run, up to `maxHeight` (compact lanes scroll beyond it).
 */
export const CARD_SIZE: Record<Density, { w: number; h: number; gap: number; maxHeight: number }> =
  {
    [Density.Full]: { w: 134, h: 40, gap: 6, maxHeight: 3 * 40 + 2 * 6 },
    [Density.Compact]: { w: 58, h: 22, gap: 6, maxHeight: 190 },
    [Density.Dot]: { w: 10, h: 10, gap: 3, maxHeight: 190 },
  };

function stateIcon(t: TaskState): IconName {
  switch (t.lane) {
    case Lane.Running:
      return 'running';
    case Lane.Ready:
      return 'ready';
    case Lane.Awaiting:
      return 'awaiting';
    case Lane.Done:
      return t.outcome === 'error' ? 'error' : t.outcome === 'cancelled' ? 'cancelled' : 'done';
    default:
      return t.lane satisfies never;
  }
}

/** The awaited thing, with a sleep's time left counting down as the clock runs. */
function AwaitDetail({ task }: { task: TaskState }) {
  const clock = useLoopscope(selectShownClock);
  return <>{awaitText(task, clock)}</>;
}

function Detail({ task }: { task: TaskState }) {
  switch (task.lane) {
    case Lane.Running:
      return <>line {task.line}</>;
    case Lane.Ready:
      return <>{task.awaiting ? `${task.awaiting.detail} done` : 'first step queued'}</>;
    case Lane.Awaiting:
      return <AwaitDetail task={task} />;
    case Lane.Done:
      return <>{doneText(task)}</>;
    default:
      return task.lane satisfies never;
  }
}

interface Props {
  task: TaskState;
  density: Density;
  /** The state's clock, for the accessible description. */
  clock: number;
  animate: boolean;
  /** The quiz asks which task runs next: the card is a button that answers it. */
  answerable: boolean;
}

export const TaskCard = memo(function TaskCard({
  task,
  density,
  clock,
  animate,
  answerable,
}: Props) {
  const color = { '--task-color': taskColor(task.id) };
  const label = `${task.name} (${task.coro}): ${describeTask(task, clock)}`;
  const common = {
    className: `task-card ${density} lane-${task.lane}`,
    'data-testid': 'task-card',
    'data-task': task.name,
    'data-state': task.lane,
    ...(answerable ? { tabIndex: 0, role: 'button' } : {}),
  };
  const style = color as CSSProperties;
  if (density === Density.Dot) {
    // The tooltip is its accessible name too: one long attribute, not two, for each of a
    // thousand dots that a jump of the replay re-creates.
    return <li {...common} style={style} title={label} />;
  }
  const body =
    density === Density.Compact ? (
      <>
        <Icon name={stateIcon(task)} size={12} />
        <span className="name">{task.name.replace(/^Task-/, 'T')}</span>
      </>
    ) : (
      <>
        <span className="card-head">
          <Icon name={stateIcon(task)} size={14} />
          <span className="name">{task.name}</span>
          <span className="coro">{task.coro}()</span>
        </span>
        <span className="detail">
          <Detail task={task} />
        </span>
      </>
    );
  if (!animate) {
    return (
      <li
        {...common}
        style={style}
        aria-label={label}
        title={density === Density.Compact ? label : undefined}
      >
        {body}
      </li>
    );
  }
  return (
    <m.li
      {...common}
      style={color as MotionStyle}
      layout="position"
      layoutId={`task-${task.id}`}
      transition={{ type: 'spring', stiffness: 500, damping: 40, mass: 0.6 }}
      aria-label={label}
      title={density === Density.Compact ? label : undefined}
    >
      {body}
    </m.li>
  );
});
