/**
 * A Vite plugin that serves Pyodide (CPython 3.13 in WebAssembly) from the app's own origin:
 * its files are copied from node_modules/pyodide into the build under `pyodide/`, and the
 * dev server serves them from there. The page never asks a CDN or any other origin.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

import { PYODIDE_DIR, PYODIDE_FILES } from '../src/store/cpython/files.ts';

const TYPES: Record<string, string> = {
  '.mjs': 'text/javascript',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.json': 'application/json',
};

/** node_modules/pyodide. */
export function pyodideRoot(): string {
  return dirname(createRequire(import.meta.url).resolve('pyodide/package.json'));
}

export function pyodideFiles(): Plugin {
  const root = pyodideRoot();
  const files: ReadonlySet<string> = new Set(PYODIDE_FILES);
  return {
    name: 'loopscope-pyodide',
    configureServer(server) {
      const prefix = `${server.config.base}${PYODIDE_DIR}/`;
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        const name = path.startsWith(prefix) ? path.slice(prefix.length) : '';
        if (!files.has(name)) return next();
        const ext = name.slice(name.lastIndexOf('.'));
        res.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
        createReadStream(join(root, name)).pipe(res);
      });
    },
    generateBundle() {
      for (const name of PYODIDE_FILES) {
        this.emitFile({
          type: 'asset',
          fileName: `${PYODIDE_DIR}/${name}`,
          source: readFileSync(join(root, name)),
        });
      }
    },
  };
}
