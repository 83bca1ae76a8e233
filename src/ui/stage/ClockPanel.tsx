/** The virtual clock, the tick, and what the loop is doing, in words. */
import { useLoopscope } from '../../store/react';
import {
  selectAtEnd,
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
import { NarrationText } from '../learn/Narration';
import { useNarration } from '../learn/useNarration';
import type { IconName } from '../icons';

/** The tone of the loop at the cursor, and what it does next when that is not in the narration. */
function useStatus(): { tone: string; icon: IconName | null; text: ReactNode } {
  const sleeping = useLoopscope(selectSleeping);
  const running = useLoopscope(selectRunning);
  const atEnd = useLoopscope(selectAtEnd);
  const uncaught = useLoopscope(selectUncaught);
  const limit = useLoopscope(selectLimitReached);
  // The narration of the last event already says why it stopped: once is enough.
  if (limit) return { tone: 'warn', icon: null, text: null };
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
  if (atEnd && uncaught)
    return { tone: 'warn', icon: null, text: `The program ended with ${uncaught}.` };
  if (atEnd) return { tone: '', icon: 'done', text: null };
  return { tone: '', icon: running ? 'running' : null, text: null };
}

function Status() {
  const { tone, icon, text } = useStatus();
  const narration = useNarration();
  return (
    <p className={`status ${tone}`} data-testid="narration" aria-live="polite">
      {icon && <Icon name={icon} size={14} />}
      <span>
        <NarrationText text={narration} />
        {text && <> {text}</>}
      </span>
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
