/**
 * Above the program: which engine made the run on screen (the simulator, or CPython 3.13 in
 * WebAssembly when the simulator refused the program, with the one line that says why),
 * Pyodide's download while it loads, and the referee: "Check against CPython".
 */
import type { ReactNode } from 'react';
import { selectCpythonCheck, selectCpythonStatus } from '../../store/cpython/cpython-slice';
import { selectImported } from '../../store/io-slice';
import { useLoopscope } from '../../store/react';
import { Compare } from '../io/Compare';
import { fallbackNote } from './note';
import { cpythonFailure } from './words';
import './cpython.css';

/** `text` with its `backticked` parts as code. */
function withCode(text: string): ReactNode[] {
  return text.split('`').map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part));
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

function Progress() {
  const status = useLoopscope(selectCpythonStatus);
  const busy = useLoopscope((s) => s.cpythonBusy);
  if (status?.phase === 'loading') {
    return (
      <span className="cpython-loading" data-testid="cpython-progress">
        <label htmlFor="cpython-progress-bar">Loading CPython 3.13 (WebAssembly)…</label>
        <progress id="cpython-progress-bar" max={status.total} value={status.loaded} />
        <span>
          {mb(status.loaded)} / {mb(status.total)} MB
        </span>
      </span>
    );
  }
  if (!busy) return null;
  return status?.phase === 'running' ? (
    <span className="cpython-loading" data-testid="cpython-busy">
      running in CPython…
    </span>
  ) : (
    <span className="cpython-loading" data-testid="cpython-starting">
      starting CPython…
    </span>
  );
}

function Check() {
  const check = useLoopscope(selectCpythonCheck);
  const dismiss = useLoopscope((s) => s.dismissCpythonCheck);
  if (check === null) return null;
  return (
    <div className="cpython-check" data-testid="cpython-check">
      {check.status === 'checking' && <p className="io-note">Running the program in CPython…</p>}
      {check.status === 'unavailable' && (
        <p className="io-note" data-testid="cpython-check-unavailable">
          The check could not run: {cpythonFailure(check.failure)}
        </p>
      )}
      {check.status === 'ready' && (
        <Compare
          imported={check.cpython}
          simulated={check.simulated}
          limited={check.limited}
          importedTitle="CPython 3.13 (WebAssembly)"
        />
      )}
      <button type="button" className="io-button" onClick={dismiss}>
        Close the check
      </button>
    </div>
  );
}

export function CpythonBar() {
  const run = useLoopscope((s) => s.run);
  const imported = useLoopscope(selectImported) !== null;
  const checking = useLoopscope((s) => s.cpythonCheck?.status === 'checking');
  const check = useLoopscope((s) => s.checkCpython);
  // Drawn from the first frame (the simulator until a run says otherwise): nothing moves
  // when the first run arrives.
  const cpython = run?.engine === 'cpython';
  return (
    <section className="cpython-bar" aria-label="Engine">
      <div className="cpython-row">
        {!imported && (
          <span
            className={`engine-badge engine-${cpython ? 'cpython' : 'simulator'}`}
            data-testid="engine"
            data-engine={cpython ? 'cpython' : 'simulator'}
          >
            {cpython ? 'CPython 3.13 (WebAssembly)' : 'Simulator'}
          </span>
        )}
        {cpython && run?.unsupported && (
          <span className="cpython-note" data-testid="cpython-note">
            {withCode(fallbackNote(run.unsupported))}
          </span>
        )}
        <Progress />
        {!imported && !cpython && (
          <button
            type="button"
            className="io-button"
            data-testid="check-cpython"
            disabled={checking || run === null}
            onClick={() => void check()}
            title="Run this program in real CPython 3.13 (in WebAssembly) and compare the two runs"
          >
            Check against CPython
          </button>
        )}
      </div>
      <Check />
    </section>
  );
}
