/** The run slice's shape: simulations asked for, and the run on screen. */
import type { Problem, RunView } from './run-view';

export interface RunSlice {
  /** Id of the latest simulation asked for; answers to older ones are dropped. */
  requestId: number;
  pending: boolean;
  /** A simulation is running now (in the worker), not just waiting for typing to pause. */
  simulating: boolean;
  /** The run on screen: the latest that could run (a failed edit keeps the last good one). */
  run: RunView | null;
  problem: Problem | null;
  /** Simulate the current source and seed now; the new run shows at `cursor` (0 by default). */
  simulate: (cursor?: number) => Promise<void>;
  /** Simulate after `ms`, unless asked again before. */
  simulateSoon: (ms: number) => void;
  /** Ends the simulation in progress (its events so far replay), or drops a waiting one. */
  stop: () => void;
  /** A new request id: answers to every request before it are dropped. Returns the id. */
  newRequest: () => number;
  /** The latest edit could not run: `problem` shows beside the run on screen. */
  showProblem: (problem: Problem) => void;
}
