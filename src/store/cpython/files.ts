/**
 * Pyodide's files as the page serves them: copied from node_modules/pyodide into the build
 * (and served by the dev server) under `PYODIDE_DIR`, so CPython loads from the page's own
 * origin. Pure data: the Vite plugin (scripts/vite-pyodide.ts) and the worker both read it.
 */
export const PYODIDE_DIR = 'pyodide';

/** What the worker loads: the module, its Emscripten glue, the wasm, the stdlib, the lock. */
export const PYODIDE_FILES = [
  'pyodide.mjs',
  'pyodide.asm.js',
  'pyodide.asm.wasm',
  'python_stdlib.zip',
  'pyodide-lock.json',
] as const;

/** The files fetched (not imported) while loading: the progress bar counts their bytes. */
export const PYODIDE_FETCHED: readonly string[] = [
  'pyodide.asm.wasm',
  'python_stdlib.zip',
  'pyodide-lock.json',
];

/** Their bytes in pyodide 0.29.5 (a test holds this to node_modules). */
export const PYODIDE_BYTES = 11_193_714;
