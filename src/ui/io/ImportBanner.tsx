/**
 * Under the header: why an import was refused, or, while an imported run is on screen,
 * what it is, the way back to the program, and the comparison with the simulator.
 */
import { useState } from 'react';
import type { ImportedOrigin } from '../../store/io-slice';
import {
  selectComparison,
  selectImported,
  selectImportError,
  selectImportProgress,
  selectIoActions,
} from '../../store/io-slice';
import { useLoopscope, useLoopscopeShallow } from '../../store/react';
import { Compare } from './Compare';
import { unavailableReason } from './words';

function ImportProgress() {
  const progress = useLoopscope(selectImportProgress);
  if (progress === null) return null;
  return (
    <div className="io-progress" role="status" data-testid="import-progress">
      <p>{progress}</p>
    </div>
  );
}

function ImportError() {
  const message = useLoopscope(selectImportError);
  const { dismissImportError } = useLoopscopeShallow(selectIoActions);
  if (message === null) return null;
  return (
    <div className="io-error" role="alert" data-testid="import-error">
      <p>
        <strong>Could not import the file.</strong> {message} The page still shows what it showed
        before.
      </p>
      <button type="button" onClick={dismissImportError} aria-label="Dismiss">
        Dismiss
      </button>
    </div>
  );
}

/** "Recording of lesson.py (CPython 3.13.0, virtual clock)". */
export function describeOrigin(o: ImportedOrigin): string {
  const name = o.program.filename || o.file;
  if (o.kind === 'recording') {
    return `Recording of ${name} (CPython ${o.python ?? '?'}, ${o.clock ?? 'virtual'} clock)`;
  }
  return `Event log of ${name} (from ${o.file})`;
}

function ComparePart({ origin }: { origin: ImportedOrigin }) {
  const comparison = useLoopscope(selectComparison);
  const { compare } = useLoopscopeShallow(selectIoActions);
  const [open, setOpen] = useState(false);
  // Nothing runs on import: the first click simulates the program, then shows the two.
  if (comparison === null) {
    return (
      <button
        type="button"
        className="io-button"
        data-testid="compare-button"
        aria-expanded={false}
        onClick={() => {
          setOpen(true);
          compare();
        }}
      >
        Compare with simulation
      </button>
    );
  }
  if (comparison.status === 'checking') {
    return <span className="io-note">Simulating the same program for comparison…</span>;
  }
  if (comparison.status === 'unavailable') {
    return (
      <span className="io-note" data-testid="compare-unavailable">
        Compare with simulation is unavailable: {unavailableReason(comparison)}
      </span>
    );
  }
  return (
    <>
      <button
        type="button"
        className="io-button"
        data-testid="compare-button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Hide comparison' : 'Compare with simulation'}
      </button>
      {open && (
        <Compare
          imported={comparison.imported}
          simulated={comparison.simulated}
          limited={comparison.limited}
          importedTitle={
            origin.kind === 'recording' ? `CPython ${origin.python ?? ''}` : 'Imported'
          }
        />
      )}
    </>
  );
}

function Banner() {
  const origin = useLoopscope(selectImported);
  const { leaveImport } = useLoopscopeShallow(selectIoActions);
  if (origin === null) return null;
  return (
    <div className="io-banner" data-testid="recording-banner" role="status">
      <p>
        <strong>{describeOrigin(origin)}</strong> — not simulated. The code is read-only while it is
        shown.
      </p>
      <button type="button" className="io-button" data-testid="leave-import" onClick={leaveImport}>
        Back to editing
      </button>
      <ComparePart key={origin.file + origin.program.source.length} origin={origin} />
    </div>
  );
}

export function ImportBanner() {
  return (
    <>
      <ImportProgress />
      <ImportError />
      <Banner />
    </>
  );
}
