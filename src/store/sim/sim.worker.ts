/**
 * The simulation worker. It simulates one request at a time and streams the events as
 * they come, in chunks, so that when the page ends a run (Stop, the wall-clock limit, a
 * newer edit: it terminates this worker) the events so far are already on the page.
 */
import type { EngineEvent } from '../../engine/events';
import type { SimRequest, WorkerMessage } from './protocol';
import { simulate } from './simulate';

interface WorkerScope {
  onmessage: ((e: MessageEvent<SimRequest>) => void) | null;
  postMessage(message: WorkerMessage): void;
}

const scope = self as unknown as WorkerScope;

/** A chunk goes out at this many events, or once this many ms passed since the last one. */
const CHUNK_EVENTS = 16_384;
const CHUNK_MS = 50;

scope.onmessage = (e) => {
  const request = e.data;
  let chunk: EngineEvent[] = [];
  let sent = performance.now();
  const flush = () => {
    scope.postMessage({ kind: 'events', id: request.id, events: chunk });
    chunk = [];
    sent = performance.now();
  };
  const response = simulate(request, (event) => {
    chunk.push(event);
    if (chunk.length >= CHUNK_EVENTS || performance.now() - sent >= CHUNK_MS) flush();
  });
  scope.postMessage({ kind: 'done', response: { ...response, events: chunk } });
};
