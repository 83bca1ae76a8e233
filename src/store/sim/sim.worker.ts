/**
 * The simulation worker. Requests that arrive while a simulation runs wait in the message
 * queue; once it is free, only the latest of them is simulated, the others are dropped.
 */
import type { SimRequest, SimResponse } from './protocol';
import { simulate } from './simulate';

interface WorkerScope {
  onmessage: ((e: MessageEvent<SimRequest>) => void) | null;
  postMessage(message: SimResponse): void;
}

const scope = self as unknown as WorkerScope;
let latest: SimRequest | null = null;

function flush(): void {
  const request = latest;
  latest = null;
  if (request) scope.postMessage(simulate(request));
}

scope.onmessage = (e) => {
  const first = latest === null;
  latest = e.data;
  // Let every queued message arrive before picking the latest.
  if (first) setTimeout(flush, 0);
};
