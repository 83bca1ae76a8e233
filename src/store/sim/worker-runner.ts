/** Runs simulations in a Web Worker, so a long one never freezes the page. */
import type { SimRequest, SimResponse, SimRunner } from './protocol';

export function createWorkerRunner(): SimRunner {
  const worker = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, (r: SimResponse | null) => void>();

  worker.onmessage = (e: MessageEvent<SimResponse>) => {
    const response = e.data;
    for (const [id, resolve] of waiting) {
      // The worker answers only the latest request it saw; earlier ones were superseded.
      if (id <= response.id) {
        resolve(id === response.id ? response : null);
        waiting.delete(id);
      }
    }
  };
  worker.onerror = (e) => {
    for (const [id, resolve] of waiting) {
      resolve({
        id,
        status: 'crash',
        events: [],
        diagnostic: null,
        message: `the simulation worker failed: ${e.message}`,
      });
    }
    waiting.clear();
  };

  return {
    run(request: SimRequest) {
      return new Promise((resolve) => {
        waiting.set(request.id, resolve);
        worker.postMessage(request);
      });
    },
    dispose() {
      worker.terminate();
      for (const resolve of waiting.values()) resolve(null);
      waiting.clear();
    },
  };
}
