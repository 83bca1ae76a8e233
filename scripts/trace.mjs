/**
 * `npm run trace`: runs the prebuilt CLI (dist-cli/loopscope-trace.mjs, see build-cli.mjs),
 * building it first when it is missing or older than any file it is built from. package.json
 * starts it with TRACE_NODE_FLAGS (build-cli.mjs); run without them it works the same, with
 * a larger peak RSS.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { buildCli, CLI_BUNDLE, ROOT } from './build-cli.mjs';

/** The newest modification time of the files under `dir` the bundle is built from. */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p));
    else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
      t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

function stale() {
  if (!existsSync(CLI_BUNDLE)) return true;
  const built = statSync(CLI_BUNDLE).mtimeMs;
  const inputs = [join(ROOT, 'scripts', 'build-cli.mjs'), join(ROOT, 'package-lock.json')].map(
    (f) => (existsSync(f) ? statSync(f).mtimeMs : 0),
  );
  // The CLI imports from these layers only (src/ui and src/store are the page's).
  for (const d of ['python', 'engine', 'trace', 'cpython'])
    inputs.push(newest(join(ROOT, 'src', d)));
  inputs.push(statSync(join(ROOT, 'src', 'limits.ts')).mtimeMs);
  return inputs.some((t) => t > built);
}

if (stale()) await buildCli();
await import(pathToFileURL(CLI_BUNDLE).href);
