/** The event loop at the cursor: clock and status and the lanes; under the hood, apart. */
import { ClockPanel } from './ClockPanel';
import { Lanes } from './Lanes';
import { UnderTheHood } from './UnderTheHood';

export function LoopStage() {
  return (
    <section className="panel stage" aria-labelledby="stage-title">
      <h2 id="stage-title" className="visually-hidden">
        The event loop
      </h2>
      <ClockPanel />
      <Lanes />
    </section>
  );
}

/** The ready queue of handles and the timer heap, below the console. */
export function HoodPanel() {
  return (
    <section className="panel hood-panel" aria-label="Under the hood">
      <details className="hood-details" open>
        <summary>Under the hood</summary>
        <UnderTheHood />
      </details>
    </section>
  );
}
