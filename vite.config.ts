import { availableParallelism } from 'node:os';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { pyodideFiles } from './scripts/vite-pyodide.ts';

/**
 * The built app's Content-Security-Policy: only its own scripts and workers, no inline
 * script, no eval, no forms, no framing, no `style` attributes. `<style>` elements stay
 * allowed ('unsafe-inline' for elements only): CodeMirror writes its themes into one it
 * creates (style-mod), and a nonce would need a server that makes one per response. React
 * and framer-motion set styles through the CSSOM (`element.style`), which the policy does
 * not restrict. One list: the header sends it all; the meta tag in index.html leaves out
 * `frame-ancestors`, which browsers ignore in a meta tag. 'wasm-unsafe-eval' lets the
 * CPython worker compile Pyodide's WebAssembly (WebAssembly compilation only, not eval).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "style-src-attr 'none'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The policy as a meta tag can carry it. */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((d) => !d.startsWith('frame-ancestors'))
  .join('; ');

/**
 * Adds the policy to the built index.html (the dev server injects an inline script, React
 * Fast Refresh's preamble, that `script-src 'self'` would block), and sends it as a header
 * from `vite preview` with every file, the workers' scripts included: a worker takes its
 * policy from its own script's response, not from the page.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'loopscope-csp',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) =>
        ctx.server
          ? []
          : [
              {
                tag: 'meta',
                attrs: {
                  'http-equiv': 'Content-Security-Policy',
                  content: META_CONTENT_SECURITY_POLICY,
                },
                injectTo: 'head-prepend',
              },
            ],
    },
    configurePreviewServer(server) {
      server.middlewares.use((_req, res, next) => {
        res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
        res.setHeader('X-Content-Type-Options', 'nosniff');
        next();
      });
    },
  };
}

/** Where `npm test` leaves machine-readable results for `scripts/summary.mjs`. */
const VITEST_REPORT = 'test-results/vitest.json';

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), pyodideFiles()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { outDir: 'dist', sourcemap: true },
  test: {
    // The CPython oracle tests start python3.13 subprocesses; give them room.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Vitest leaves one core to its main process by default; that process mostly waits,
    // so on this 2-core machine the default ran one test file at a time.
    // LOOPSCOPE_UNIT_WORKERS sets it, as LOOPSCOPE_E2E_WORKERS does Playwright's.
    maxWorkers: Number(process.env.LOOPSCOPE_UNIT_WORKERS ?? Math.max(2, availableParallelism())),
    reporters: ['default', 'json'],
    outputFile: { json: VITEST_REPORT },
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // Test files in one worker share the modules they load, as a page's worker does
          // run after run: the engine keeps its per-run state on the Runtime (run-twice.test.ts),
          // and what a file changes globally it puts back. Loading the engine once per worker,
          // not once per file, saves a tenth of the unit tests' time.
          isolate: false,
          include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.ts'],
          exclude: ['src/ui/**', 'src/store/**'],
        },
      },
      {
        // React components and the store run against a DOM.
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/ui/**/*.test.{ts,tsx}', 'src/store/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
