import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { pyodideFiles } from './scripts/vite-pyodide.ts';

/**
 * The built app's Content-Security-Policy: only its own scripts and worker, no inline
 * script, no eval. Styles may be inline: framer-motion and CodeMirror set them at run time.
 * 'wasm-unsafe-eval' lets the CPython worker compile Pyodide's WebAssembly (it allows
 * WebAssembly compilation only, not eval).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

/**
 * Adds the policy to the built index.html only: the dev server injects an inline script
 * (React Fast Refresh's preamble) that `script-src 'self'` would block.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'loopscope-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
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
    reporters: ['default', 'json'],
    outputFile: { json: VITEST_REPORT },
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
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
