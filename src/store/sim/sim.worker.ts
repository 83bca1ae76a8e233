/**
 * The simulation worker. It simulates one request at a time, streams the events as they
 * come, packed in chunks, so that when the page ends a run (Stop, the wall-clock limit, a
 * newer request: it terminates this worker) the events so far are already on the page; at
 * the end it builds the run's replay index and hands it over, transferred, not cloned.
 */
import type { EngineEvent } from '../../engine/events';
import { packLog, transferablesOf } from '../../trace/packed-log';
import { indexRun, indexTransferables } from '../../trace/replay-index';
import type { SimRequest, WorkerMessage } from './protocol';
import { simulate } from './simulate';

interface WorkerScope {
  onmessage: ((e: MessageEvent<SimRequest>) => void) | null;
  postMessage(message: WorkerMessage, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

/** A chunk goes out at this many events, or once this many ms passed since the last one. */
const CHUNK_EVENTS = 16_384;
const CHUNK_MS = 50;

scope.onmessage = (e) => {
  const request = e.data;
  const events: EngineEvent[] = [];
  let sentUpTo = 0;
  let sentAt = performance.now();
  const flush = () => {
    const log = packLog(events, sentUpTo);
    scope.postMessage({ kind: 'events', id: request.id, log }, transferablesOf(log));
    sentUpTo = events.length;
    sentAt = performance.now();
  };
  const response = simulate(request, (event) => {
    events.push(event);
    if (events.length - sentUpTo >= CHUNK_EVENTS || performance.now() - sentAt >= CHUNK_MS) flush();
  });
  const ran = response.status === 'ok' || response.status === 'limit';
  const index = ran ? indexRun(events, sentUpTo) : null;
  scope.postMessage(
    { kind: 'done', response: { ...response, events: [] }, index },
    index ? indexTransferables(index) : [],
  );
};
