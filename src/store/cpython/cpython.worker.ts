/**
 * The CPython worker: Pyodide (CPython 3.13 in WebAssembly) loaded from the page's own origin
 * the first time the page needs it, with the recorder tools/loopscope_record.py, the same
 * file native CPython runs. Once Pyodide has its files, the worker loses the network: fetch,
 * XMLHttpRequest, WebSocket, ... throw, so a program's `js.fetch(...)` or socket fails with
 * a clear error in its recording. Requests that arrive while a program runs wait; only the
 * latest of them runs.
 */
import recorderSource from '../../../tools/loopscope_record.py?raw';
import type { loadPyodide as LoadPyodide } from 'pyodide';
import { installRecorder, recordWith } from '../../cpython/recorder';
import type { PyodideLike } from '../../cpython/recorder';
import { PYODIDE_BYTES, PYODIDE_DIR } from './files';
import type { CpythonMessage, CpythonRunRequest } from './protocol';

interface WorkerScope {
  onmessage: ((e: MessageEvent<CpythonRunRequest>) => void) | null;
  postMessage(message: CpythonMessage): void;
  fetch: typeof fetch;
}

const scope = self as unknown as WorkerScope;
const post = (m: CpythonMessage) => scope.postMessage(m);

/** Wraps fetch while Pyodide loads: the bytes read so far drive the page's progress bar. */
function countingFetch(real: typeof fetch): typeof fetch {
  let loaded = 0;
  return async (input, init) => {
    const response = await real(input, init);
    const body = response.body;
    if (!body) return response;
    const reader = body.getReader();
    const counted = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) {
          controller.close();
          return;
        }
        loaded += value.byteLength;
        post({ type: 'progress', loaded, total: Math.max(loaded, PYODIDE_BYTES) });
        controller.enqueue(value);
      },
      cancel: (reason) => reader.cancel(reason),
    });
    return new Response(counted, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}

const NETWORK = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'EventSource',
  'Worker',
  'SharedWorker',
  'importScripts',
];

/**
 * From here on the worker reaches no network, not even its own origin: each name throws,
 * on the global object and on every prototype it inherits from (so
 * `WorkerGlobalScope.prototype.fetch.call(self, ...)` is blocked too).
 */
function cutNetwork(): void {
  for (const name of NETWORK) {
    // a plain function: `new XMLHttpRequest()` must throw this error too
    const blocked = function () {
      throw new Error(`${name} is blocked: Loopscope's CPython has no network access`);
    };
    for (let o: object | null = self; o !== null; o = Object.getPrototypeOf(o) as object | null) {
      if (o === self || Object.prototype.hasOwnProperty.call(o, name)) {
        Object.defineProperty(o, name, { value: blocked, writable: false, configurable: false });
      }
    }
  }
}

async function load(): Promise<PyodideLike> {
  const start = performance.now();
  const base = new URL(`${import.meta.env.BASE_URL}${PYODIDE_DIR}/`, self.location.origin).href;
  const real = scope.fetch.bind(self);
  scope.fetch = countingFetch(real);
  try {
    const mod = (await import(/* @vite-ignore */ `${base}pyodide.mjs`)) as {
      loadPyodide: typeof LoadPyodide;
    };
    const py = await mod.loadPyodide({
      indexURL: base,
      env: { PYTHONHASHSEED: '0', HOME: '/home/pyodide' },
      stdout: () => {},
      stderr: () => {},
    });
    installRecorder(py as unknown as PyodideLike, recorderSource);
    post({ type: 'ready', ms: Math.round(performance.now() - start) });
    return py as unknown as PyodideLike;
  } finally {
    scope.fetch = real;
    cutNetwork();
  }
}

let pyodide: Promise<PyodideLike> | null = null;
let latest: CpythonRunRequest | null = null;
let busy = false;

async function flush(): Promise<void> {
  if (busy) return;
  busy = true;
  while (latest !== null) {
    const request: CpythonRunRequest = latest;
    latest = null;
    try {
      pyodide ??= load();
      const py = await pyodide;
      if (latest !== null) continue; // a newer request came while loading
      post({ type: 'started', id: request.id });
      const out = recordWith(py, {
        filename: 'main.py',
        source: request.source,
        seed: request.seed,
        maxEvents: request.maxEvents,
      });
      post({ type: 'result', id: request.id, status: out.status, text: out.text });
    } catch (e) {
      // The page ends this worker and starts a new one (the network is gone from this one).
      post({ type: 'failed', id: request.id, message: e instanceof Error ? e.message : String(e) });
    }
    // Let the messages queued during the run arrive before picking the latest.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  busy = false;
}

scope.onmessage = (e) => {
  latest = e.data;
  if (!busy) setTimeout(() => void flush(), 0);
};
