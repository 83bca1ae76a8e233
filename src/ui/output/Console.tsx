/** Printed output as the replay reaches it, each line with its virtual time. */
import { useLoopscope } from '../../store/react';
import {
  selectLimitReached,
  selectPrintCount,
  selectReplay,
  selectUncaught,
  selectWarningCount,
} from '../../store/selectors';
import { formatClock } from '../format';

/** Lines kept on screen; older ones are summarised. */
const SHOWN = 200;

export function Console() {
  const replay = useLoopscope(selectReplay);
  const printCount = useLoopscope(selectPrintCount);
  const warningCount = useLoopscope(selectWarningCount);
  const uncaught = useLoopscope(selectUncaught);
  const limit = useLoopscope(selectLimitReached);
  // Prints and warnings in the order the program wrote them, as CPython's stdout and stderr.
  const written = printCount + warningCount;
  const lines = replay ? replay.output.slice(Math.max(0, written - SHOWN), written) : [];
  const hidden = written - lines.length;

  const empty = written === 0 && !uncaught && !limit;
  return (
    <section className="panel console-panel" aria-labelledby="console-title">
      <h2 id="console-title">Console</h2>
      {/* The box lays its one child out from the bottom (console.css): it shows the latest
          lines without a scroll written after each print, which would lay out the page. */}
      <div className="console" data-testid="console" role="log" aria-live="off" tabIndex={0}>
        <div className="console-lines">
          {empty && <p className="console-empty">Nothing printed yet.</p>}
          {hidden > 0 && <p className="console-more">… {hidden} earlier lines</p>}
          {lines.map((l) => (
            <p key={l.index} className={l.warning ? 'line warning' : 'line'}>
              <span className="ts">{formatClock(l.t)}</span>
              <span className="text">{l.text}</span>
            </p>
          ))}
          {uncaught && (
            <p className="line error">
              <span className="ts">end</span>
              <span className="text">Traceback: {uncaught}</span>
            </p>
          )}
          {limit && (
            <p className="line error">
              <span className="ts">stop</span>
              <span className="text">{limit}</span>
            </p>
          )}
        </div>
      </div>
    </section>
  );
}
