/** The built page in dist/, rebuilt when any source is newer: shared by the page scripts. */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..');
export const DIST = join(ROOT, 'dist');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function buildIfNeeded(): void {
  const index = join(DIST, 'index.html');
  const stale =
    !existsSync(index) ||
    statSync(index).mtimeMs <
      Math.max(newestSource(join(ROOT, 'src')), statSync(join(ROOT, 'index.html')).mtimeMs);
  if (stale) {
    console.log('building dist/ ...');
    execSync('npx vite build', { cwd: ROOT, stdio: 'inherit' });
  }
}

/** Resolves once `url` answers (a `vite preview` just started); throws after about 20 s. */
export async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}
