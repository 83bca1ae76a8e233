/** The program: the editor (loaded lazily, plain text until then) and what is wrong with it. */
import { lazy, Suspense } from 'react';
import { selectImported } from '../../store/io-slice';
import { useLoopscope } from '../../store/react';
import { selectPending, selectProblem, selectRun, selectSource } from '../../store/selectors';
import { CpythonBar } from '../cpython/CpythonBar';
import { cpythonFailure } from '../cpython/words';
import { RunEndNote, StopButton } from './RunStatus';

const CodeEditor = lazy(() => import('./CodeEditor'));

function Placeholder() {
  const source = useLoopscope(selectSource);
  return (
    <pre className="code-placeholder" aria-label="Python code (loading the editor)">
      {source}
    </pre>
  );
}

function ProblemMessage() {
  const problem = useLoopscope(selectProblem);
  const ran = useLoopscope(selectRun) !== null;
  if (!problem) return null;
  const words =
    problem.kind === 'diagnostic'
      ? `${problem.diagnostic.kind}: ${problem.diagnostic.message} (line ${problem.diagnostic.line}, column ${problem.diagnostic.col}).`
      : problem.kind === 'cpython'
        ? `${cpythonFailure(problem.failure)}.`
        : `The simulation failed: ${problem.message ?? 'the program could not run'}.`;
  return (
    <p className="problem" role="alert" data-testid="problem">
      <strong>{words}</strong>{' '}
      {ran ? 'The replay still shows the last program that ran.' : 'Nothing has run yet.'}
    </p>
  );
}

export function CodePanel() {
  const pending = useLoopscope(selectPending);
  const imported = useLoopscope(selectImported) !== null;
  return (
    <section className="panel code-panel" aria-labelledby="code-title">
      <div className="panel-head">
        <h2 id="code-title">Program</h2>
        <span className="panel-note" aria-live="polite">
          {imported ? 'read-only: an imported run' : pending ? 'simulating…' : 'edit to re-run'}
        </span>
        <StopButton />
      </div>
      <CpythonBar />
      <div className="code-editor" data-testid="code-editor">
        <Suspense fallback={<Placeholder />}>
          <CodeEditor />
        </Suspense>
      </div>
      <ProblemMessage />
      <RunEndNote />
    </section>
  );
}
