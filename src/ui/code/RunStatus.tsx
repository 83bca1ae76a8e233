/**
 * The run's own controls beside the program: Stop while a simulation is running, and,
 * when a run ended early (Stop, a limit), a note that says why and that what came before
 * still replays.
 */
import { useEffect, useState } from 'react';
import { useLoopscope } from '../../store/react';
import { selectRun } from '../../store/selectors';
import type { LoopscopeState } from '../../store/types';
import { LIMITS } from '../../limits';
import './run-status.css';

/** A simulation, or a CPython run, is in progress. */
const selectSimulating = (s: LoopscopeState) => s.simulating || s.cpythonBusy;
const selectStop = (s: LoopscopeState) => s.stop;

/** Whole seconds since the component mounted, ticking while it is on screen. */
function useSeconds(): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const started = performance.now();
    const id = setInterval(() => setSeconds(Math.floor((performance.now() - started) / 1000)), 250);
    return () => clearInterval(id);
  }, []);
  return seconds;
}

function Running() {
  const stop = useLoopscope(selectStop);
  const seconds = useSeconds();
  return (
    <span className="run-running">
      {seconds > 0 && (
        <span className="run-elapsed" aria-hidden="true">
          {seconds} s
        </span>
      )}
      <button
        type="button"
        className="stop-button"
        data-testid="stop"
        onClick={stop}
        title={`Stop the simulation (it stops by itself after ${LIMITS.wallClock.shown})`}
      >
        Stop
      </button>
    </span>
  );
}

/** Stop, while a simulation or a CPython run is in progress. */
export function StopButton() {
  const simulating = useLoopscope(selectSimulating);
  return simulating ? <Running /> : null;
}

/** Why the run on screen ended early, when it did. */
export function RunEndNote() {
  const run = useLoopscope(selectRun);
  if (run === null || run.status !== 'limit' || run.message === null) return null;
  return (
    <p className="run-stopped" role="status" data-testid="run-stopped">
      <strong>The run stopped: {run.message}.</strong> The events up to there replay.
    </p>
  );
}
