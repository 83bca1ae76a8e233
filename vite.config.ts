import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** Where `npm test` leaves machine-readable results for `scripts/summary.mjs`. */
const VITEST_REPORT = 'test-results/vitest.json';

export default defineConfig({
  plugins: [react()],
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
