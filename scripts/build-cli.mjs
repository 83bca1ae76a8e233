/**
 * `npm run build:cli`: bundles the `npm run trace` CLI (src/trace/cli.ts and everything it
 * imports from src) into one plain-JavaScript file, dist-cli/loopscope-trace.mjs, with Vite
 * (a Node build: packages in node_modules, Pyodide's, stay imports). Node then starts it
 * without transpiling TypeScript. scripts/trace.mjs builds it when it is missing or older
 * than a source file, so a fresh clone needs nothing but `npm ci`.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_DIR = join(ROOT, 'dist-cli');
export const CLI_BUNDLE = join(CLI_DIR, 'loopscope-trace.mjs');

/**
 * The Node flags `npm run trace` starts with (package.json's `trace` script; `npm run bench`
 * runs the launcher with them too; src/trace/cli.test.ts checks the two agree). A young
 * generation of 2 × 4 MiB instead of V8's 2 × 16 MiB: a run that keeps 100,000 suspended
 * tasks promotes them all to the old generation anyway, and the larger semi-spaces only add
 * to the peak RSS (bign N = 100,000: about 230 -> 188 MiB). They cannot be set from inside
 * a running process (`v8.setFlagsFromString` comes after the heap is configured).
 */
export const TRACE_NODE_FLAGS = ['--max-semi-space-size=4'];

/** Bundles `entry` (a path from the repository's root) into dist-cli/`name`. */
export async function bundle(entry, name) {
  const { build } = await import('vite');
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      ssr: join(ROOT, entry),
      outDir: CLI_DIR,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      sourcemap: false,
      rollupOptions: { output: { entryFileNames: name, format: 'es' } },
    },
  });
}

export const buildCli = () => bundle('src/trace/cli.ts', 'loopscope-trace.mjs');

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
