/** Play/pause, step one event either way, jump to either end, and where the cursor is. */
import { memo } from 'react';
import { useLoopscope, useLoopscopeShallow } from '../../store/react';
import {
  selectActions,
  selectAtEnd,
  selectCursor,
  selectLength,
  selectPlaying,
} from '../../store/selectors';
import { Icon } from '../icons';

function Position() {
  const cursor = useLoopscope(selectCursor);
  const length = useLoopscope(selectLength);
  return (
    <output className="position" data-testid="position" aria-label="Replay position">
      event {cursor} / {length}
    </output>
  );
}

export const Transport = memo(function Transport() {
  const playing = useLoopscope(selectPlaying);
  const atEnd = useLoopscope(selectAtEnd);
  const cursor = useLoopscope(selectCursor);
  const length = useLoopscope(selectLength);
  const { togglePlay, step, jumpStart, jumpEnd } = useLoopscopeShallow(selectActions);
  return (
    <div className="transport" role="group" aria-label="Playback">
      <button
        type="button"
        className="icon-button"
        data-testid="jump-start"
        aria-label="Jump to start (Home)"
        title="Jump to start (Home)"
        onClick={jumpStart}
        disabled={cursor === 0}
      >
        <Icon name="jumpStart" />
      </button>
      <button
        type="button"
        className="icon-button"
        data-testid="step-back"
        aria-label="Step one event back (Left arrow)"
        title="Step one event back (←)"
        onClick={() => step(-1)}
        disabled={cursor === 0}
      >
        <Icon name="stepBack" />
      </button>
      <button
        type="button"
        className="icon-button play"
        data-testid="play"
        aria-label={
          playing ? 'Pause (Space)' : atEnd ? 'Replay from the start (Space)' : 'Play (Space)'
        }
        title={playing ? 'Pause (Space)' : 'Play (Space)'}
        aria-pressed={playing}
        onClick={togglePlay}
        disabled={length === 0}
      >
        <Icon name={playing ? 'pause' : 'play'} size={20} />
      </button>
      <button
        type="button"
        className="icon-button"
        data-testid="step-forward"
        aria-label="Step one event forward (Right arrow)"
        title="Step one event forward (→)"
        onClick={() => step(1)}
        disabled={atEnd}
      >
        <Icon name="stepForward" />
      </button>
      <button
        type="button"
        className="icon-button"
        data-testid="jump-end"
        aria-label="Jump to end (End)"
        title="Jump to end (End)"
        onClick={jumpEnd}
        disabled={atEnd}
      >
        <Icon name="jumpEnd" />
      </button>
      <Position />
    </div>
  );
});
