/**
 * The store keeps its state in the store: no module of src/store holds state of its own (a
 * top-level `let`, or a mutable Map, Set or WeakMap), which two stores (two tests, or a
 * test and the page) would share without saying so. Workers are their own program (one
 * worker, one module instance), and read-only tables (`ReadonlySet`, `ReadonlyMap`) are
 * constants, not state.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moduleState } from './module-state.ts';

const root = join(import.meta.dirname, '..', '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return /\.tsx?$/.test(name) && !/\.(test|worker)\.tsx?$/.test(name) ? [p] : [];
  });
}

describe('module state', () => {
  it('is nowhere in src/store: the store holds it, or an object the store owns', () => {
    const found = files(join(root, 'src', 'store')).flatMap((f) =>
      moduleState(f, readFileSync(f, 'utf8')).map((s) => `${relative(root, f)} ${s}`),
    );
    expect(found).toEqual([]);
  });

  it('is found: a top-level let, a mutable map or set, not a read-only table', () => {
    const text = [
      'let n = 0;',
      'const BEFORE = new WeakMap<object, number>();',
      'const seen = new Set<string>();',
      "const KINDS: ReadonlySet<string> = new Set(['a']);",
      'const LIMIT = 3;',
      'function f() { let local = 1; return local; }',
    ].join('\n');
    expect(moduleState('x.ts', text)).toEqual(['n:1', 'BEFORE:2', 'seen:3']);
  });
});
