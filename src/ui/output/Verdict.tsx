/**
 * The point of it all, in words read at a glance: a gather's time against the same awaits
 * one after another ("3 s, not 30 s"), or a run that stopped early. The facts and the words
 * come from the trace (`trace/verdict.ts`); this only renders them.
 */
import { useMemo } from 'react';
import { useLoopscope } from '../../store/react';
import { selectAtEnd, selectVerdictFacts } from '../../store/selectors';
import { verdictText, VerdictTone } from '../../trace/verdict';

export function Verdict() {
  const facts = useLoopscope(selectVerdictFacts);
  const atEnd = useLoopscope(selectAtEnd);
  const verdict = useMemo(() => (facts ? verdictText(facts) : null), [facts]);
  // The element is always there, with its room reserved (CSS), so nothing moves when it fills.
  if (!verdict) return <p className="verdict" data-testid="verdict" />;
  const reached = atEnd && verdict.tone !== VerdictTone.Stopped ? ' reached' : '';
  return (
    <p
      className={`verdict ${verdict.tone}${reached}`}
      data-testid="verdict"
      data-tone={verdict.tone}
    >
      <strong className="verdict-figures">{verdict.figures}</strong>
      <span className="verdict-words">{verdict.words}</span>
    </p>
  );
}
