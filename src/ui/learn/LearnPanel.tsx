/** The scenario menu, the open scenario's explanation and its key moment, and link problems. */
import { memo, useId } from 'react';
import { Fit, shownScenario } from '../../scenarios/fit';
import { findScenario, SCENARIOS } from '../../scenarios/presets';
import { useLoopscope, useStoreApi } from '../../store/react';
import type { LoopscopeState } from '../../store/types';
import { LearnControls } from './LearnControls';

const selectScenario = (s: LoopscopeState) => s.scenario;
const selectLinkError = (s: LoopscopeState) => s.linkError;
const selectRun = (s: LoopscopeState) => s.run;
const selectSource = (s: LoopscopeState) => s.source;

function KeyMoment({ id }: { id: string }) {
  const store = useStoreApi();
  const run = useLoopscope(selectRun);
  const scenario = findScenario(id);
  const k = run && scenario ? scenario.keyMoment(run.replay) : null;
  return (
    <button
      type="button"
      className="learn-button key-moment"
      data-testid="key-moment"
      disabled={k === null}
      title={scenario?.moment}
      onClick={() => k !== null && store.getState().seek(k)}
    >
      Jump to the key moment
    </button>
  );
}

export const LearnPanel = memo(function LearnPanel() {
  const id = useId();
  const store = useStoreApi();
  const current = useLoopscope(selectScenario);
  const linkError = useLoopscope(selectLinkError);
  const source = useLoopscope(selectSource);
  // Over another program (a pasted one, a draft restored on reload), the scenario's title
  // and notes would mislead: the menu says "Your program".
  const shown = shownScenario(current, source);
  const scenario = shown?.scenario;
  const restore = () => {
    if (scenario) void store.getState().loadScenario(scenario.id);
  };
  return (
    <section className="panel learn" aria-label="Scenarios">
      {linkError && (
        <p className="link-error" role="alert" data-testid="link-error">
          {linkError}
        </p>
      )}
      <div className="learn-row">
        <label htmlFor={id}>Scenario</label>
        <select
          id={id}
          data-testid="scenario"
          value={scenario?.id ?? ''}
          onChange={(e) => {
            const next = e.target.value;
            const url = new URL(window.location.href);
            url.hash = '';
            url.search = next ? `?scenario=${encodeURIComponent(next)}` : '';
            window.history.replaceState(null, '', url);
            store.getState().setLinkError(null);
            void store.getState().loadScenario(next || 'lesson');
          }}
        >
          {!scenario && <option value="">Your program</option>}
          {SCENARIOS.map((s, i) => (
            <option key={s.id} value={s.id}>
              {i + 1}. {s.title}
            </option>
          ))}
        </select>
        {scenario && <KeyMoment id={scenario.id} />}
        <LearnControls />
      </div>
      {scenario && (
        <p className="explanation" data-testid="scenario-explanation">
          {shown?.fit === Fit.Edited && (
            <span className="edited-note" data-testid="scenario-edited">
              You have edited this scenario&rsquo;s program: these notes are for the original.{' '}
              <button type="button" className="link-button" onClick={restore}>
                Restore it
              </button>{' '}
            </span>
          )}
          {scenario.explanation} <em>Worth pausing on: {scenario.moment}</em>
        </p>
      )}
    </section>
  );
});
