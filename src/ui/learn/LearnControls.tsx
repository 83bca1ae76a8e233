/** The controls bar's learning tools: the "what runs next?" toggle and score, and share. */
import { memo, useId, useState } from 'react';
import { useLoopscope, useStoreApi } from '../../store/react';
import type { LoopscopeState } from '../../store/types';
import { LIMITS, limitPhrase } from '../../limits';
import { shownScenario } from '../../scenarios/fit';
import { makeHash, MAX_LINK_CHARS } from './share-link';

const selectQuizOn = (s: LoopscopeState) => s.quizOn;
const selectScore = (s: LoopscopeState) => `${s.quizRight} / ${s.quizAsked}`;

function ShareButton() {
  const store = useStoreApi();
  const [link, setLink] = useState<string | null>(null);
  const share = async () => {
    const s = store.getState();
    const hash = await makeHash({
      source: s.source,
      seed: s.seed,
      // A link to another program does not name the scenario that was open before it.
      scenario: shownScenario(s.scenario, s.source)?.scenario.id ?? null,
      position: s.cursor,
      speed: s.speed,
    });
    const url = new URL(window.location.href);
    url.search = '';
    url.hash = hash;
    const href = url.toString();
    if (href.length > MAX_LINK_CHARS) {
      setLink(
        `The program is too long to share: the link would be ${Math.ceil(href.length / 1024)} kB, over ${LIMITS.linkSize.shown} ${limitPhrase('linkSize')}.`,
      );
      return;
    }
    setLink(href);
    try {
      await navigator.clipboard.writeText(href);
    } catch {
      // No clipboard (permissions, plain http): the field below still shows the link.
    }
  };
  return (
    <div className="setting share">
      <button
        type="button"
        className="learn-button"
        data-testid="share"
        onClick={() => void share()}
      >
        Copy link
      </button>
      {link !== null && (
        <input
          className="share-link"
          data-testid="share-link"
          aria-label="Link to this view"
          readOnly
          value={link}
          onFocus={(e) => e.target.select()}
        />
      )}
    </div>
  );
}

export const LearnControls = memo(function LearnControls() {
  const id = useId();
  const store = useStoreApi();
  const quizOn = useLoopscope(selectQuizOn);
  const score = useLoopscope(selectScore);
  return (
    <div className="settings learn-controls">
      <div className="setting check">
        <input
          id={id}
          type="checkbox"
          data-testid="quiz"
          checked={quizOn}
          onChange={(e) => store.getState().setQuiz(e.target.checked)}
        />
        <label htmlFor={id}>What runs next?</label>
        {quizOn && (
          <span className="quiz-score" data-testid="quiz-score" title="right / asked">
            {score}
          </span>
        )}
      </div>
      <ShareButton />
    </div>
  );
});
