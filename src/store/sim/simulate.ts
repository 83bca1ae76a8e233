/** One simulation, the same in the worker and in tests: source in, event log out. */
import type { EngineEvent } from '../../engine/events';
import { runProgram } from '../../engine/run';
import { LIMITS } from '../../limits';
import type { SimRequest, SimResponse } from './protocol';

/** The page replays at most this many events (a runaway loop stops with a message). */
export const PAGE_MAX_EVENTS = LIMITS.pageEvents.value;

/**
 * Simulates `request`. With `onEvent`, each event goes there as it happens and the
 * response's `events` stay empty (the worker streams them); without, the response has them.
 */
export function simulate(request: SimRequest, onEvent?: (e: EngineEvent) => void): SimResponse {
  const r = runProgram(request.source, {
    seed: request.seed,
    traceLines: true,
    filename: 'main.py',
    limits: { maxEvents: PAGE_MAX_EVENTS, maxMemory: LIMITS.pageMemory.value },
    ...(onEvent ? { onEvent, keepEvents: false } : {}),
  });
  const d = r.diagnostic;
  return {
    id: request.id,
    status: r.status,
    events: r.events,
    diagnostic: d && {
      filename: d.filename,
      line: d.line,
      col: d.col,
      kind: d.kind,
      message: d.message,
    },
    message: r.message,
  };
}
