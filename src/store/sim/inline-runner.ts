/** A runner without a worker, for unit tests: it answers on the next microtask. */
import type { SimRequest, SimResponse, SimRunner } from './protocol';
import { simulate } from './simulate';

export function createInlineRunner(): SimRunner {
  return {
    run: (request: SimRequest): Promise<SimResponse | null> =>
      Promise.resolve().then(() => simulate(request)),
    // It answers before anything could press Stop.
    stop: () => false,
    dispose: () => {},
  };
}
