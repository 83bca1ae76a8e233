/** The virtual clock, the tick, and what the loop is doing, in words. */
import { useLoopscope } from '../../store/react';
import {
  selectAtEnd,
  selectCursor,
  selectLimitReached,
  selectRunning,
  selectShownClock,
  selectSleeping,
  selectTick,
  selectUncaught,
} from '../../store/selectors';
import { formatClock } from '../format';
import type { ReactNode } from 'react';
import { Icon } from '../icons';
import type { IconName } from '../icons';

/** What the loop does at the cursor, in one sentence. */
function useStatus(): { tone: string; icon: IconName | null; text: ReactNode } {
  const sleeping = useLoopscope(selectSleeping);
  const running = useLoopscope(selectRunning);
  const cursor = useLoopscope(selectCursor);
  const atEnd = useLoopscope(selectAtEnd);
  const uncaught = useLoopscope(selectUncaught);
  const limit = useLoopscope(selectLimitReached);
  if (limit) return { tone: 'warn', icon: null, text: `Stopped: ${limit}` };
  if (sleeping?.why === 'timer') {
    return {
      tone: 'idle',
      icon: 'moon',
      text: (
        <>
          The OS sleeps for {formatClock(sleeping.to - sleeping.from)}; Python runs nothing. The
          loop waits in its selector for the next timer, due at {formatClock(sleeping.to)}.
        </>
      ),
    };
  }
  if (sleeping?.why === 'sleep') {
    return {
      tone: 'blocked',
      icon: 'awaiting',
      text: (
        <>
          <code>time.sleep</code> blocks the whole loop for{' '}
          {formatClock(sleeping.to - sleeping.from)}
          {running ? `: ${running.name} keeps the thread` : ''}; nothing else can run.
        </>
      ),
    };
  }
  if (atEnd) {
    return uncaught
      ? { tone: 'warn', icon: null, text: `The program ended with ${uncaught}.` }
      : { tone: '', icon: 'done', text: 'The program has finished.' };
  }
  if (running) {
    return {
      tone: '',
      icon: 'running',
      text: (
        <>
          {running.name} runs ({running.coro}, line {running.line}) until its next{' '}
          <code>await</code> suspends it.
        </>
      ),
    };
  }
  if (cursor === 0) return { tone: '', icon: null, text: 'Press play, or step forward, to start.' };
  return { tone: '', icon: null, text: 'The loop picks the next handle from its ready queue.' };
}

function Status() {
  const { tone, icon, text } = useStatus();
  return (
    <p className={`status ${tone}`}>
      {icon && <Icon name={icon} size={14} />}
      <span>{text}</span>
    </p>
  );
}

export function ClockPanel() {
  const clock = useLoopscope(selectShownClock);
  const tick = useLoopscope(selectTick);
  return (
    <div className="clock-panel">
      <div className="clock-box">
        <span className="clock-label">
          <Icon name="clock" size={14} /> virtual clock
        </span>
        <span className="clock" data-testid="clock">
          {formatClock(clock)}
        </span>
        <span className="tick">tick {tick}</span>
      </div>
      <Status />
    </div>
  );
}
