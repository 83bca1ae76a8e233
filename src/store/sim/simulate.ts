/** One simulation, the same in the worker and in tests: source in, event log out. */
import type { EngineEvent } from '../../engine/events';
import { runProgram } from '../../engine/run';
import { LIMITS } from '../../limits';
import type { SimRequest, SimResponse } from './protocol';

/** The page replays at most this many events (a runaway loop stops with a message). */
export const PAGE_MAX_EVENTS = LIMITS.pageEvents.value;

/** The longest text an event carries to the page, as the recorder cuts it (recorded text limit). */
const MAX_TEXT = LIMITS.recordedText.value;
const clip = (s: string) => (s.length <= MAX_TEXT ? s : `${s.slice(0, MAX_TEXT - 1)}\u2026`);

/**
 * `e` with a print's text, a result's repr or an error's line cut at the recorded text
 * limit, as tools/loopscope_record.py cuts them: the page keeps every event it is sent,
 * and 20 results of 10,000,000 characters would otherwise weigh on the tab, not the run.
 */
function clipped(e: EngineEvent): EngineEvent {
  if (e.type === 'print' && e.text.length > MAX_TEXT) return { ...e, text: clip(e.text) };
  if (e.type === 'done' && e.repr.length > MAX_TEXT) return { ...e, repr: clip(e.repr) };
  if (e.type === 'error' && e.exc.length > MAX_TEXT) return { ...e, exc: clip(e.exc) };
  return e;
}

/**
 * Simulates `request`. With `onEvent`, each event goes there as it happens (long texts
 * clipped) and the response's `events` stay empty (the worker streams them); without, the
 * response has them, whole.
 */
export function simulate(request: SimRequest, onEvent?: (e: EngineEvent) => void): SimResponse {
  const r = runProgram(request.source, {
    seed: request.seed,
    traceLines: true,
    filename: 'main.py',
    limits: { maxEvents: PAGE_MAX_EVENTS, maxMemory: LIMITS.pageMemory.value },
    ...(onEvent ? { onEvent: (e: EngineEvent) => onEvent(clipped(e)), keepEvents: false } : {}),
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
