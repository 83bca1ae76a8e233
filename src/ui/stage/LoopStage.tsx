/** The event loop at the cursor: clock and status, the lanes, and under the hood. */
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
      <details className="hood-details" open>
        <summary>Under the hood</summary>
        <UnderTheHood />
      </details>
    </section>
  );
}
