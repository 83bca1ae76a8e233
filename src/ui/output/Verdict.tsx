/** The point of it all: the run's virtual time against the same sleeps one after another. */
import { useLoopscope, useLoopscopeShallow } from '../../store/react';
import { selectAtEnd, selectVerdict } from '../../store/selectors';
import { formatSeconds } from '../format';

export function Verdict() {
  const verdict = useLoopscopeShallow(selectVerdict);
  const atEnd = useLoopscope(selectAtEnd);
  if (!verdict) return <p className="verdict" data-testid="verdict" />;
  const { total, sequential } = verdict;
  const ratio = total > 0 && sequential > total ? sequential / total : null;
  return (
    <p className={atEnd ? 'verdict reached' : 'verdict'} data-testid="verdict">
      <span className="verdict-figures">
        <strong>{formatSeconds(total)}</strong> vs <strong>{formatSeconds(sequential)}</strong>
      </span>
      <span className="verdict-words">
        The program takes {formatSeconds(total)} of virtual time; its sleeps one after another would
        take {formatSeconds(sequential)}
        {ratio ? ` (${ratio.toFixed(1)}× longer)` : ''}.
      </span>
    </p>
  );
}
