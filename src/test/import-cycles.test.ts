/**
 * No import cycles, but one: the evaluator core. An interpreter's evaluator is recursive
 * by nature (a call runs statements, which evaluate expressions, which make calls), so its
 * files import each other; everything else, the library included, sits outside that knot
 * and reaches the evaluator through the object protocol (`engine/protocol.ts`).
 *
 * Counted as edges: every module a file names, type imports included (`import type`,
 * `export type ... from`, `import('./x').T`; see `import-graph.ts`), so each file outside
 * the core can be read before the ones that use it. The core itself is a cycle of value
 * imports; a dynamic `import()` of a value loads later and never counts.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { allImports, cycles, importGraph, runtimeImports } from './import-graph.ts';

const root = join(import.meta.dirname, '..', '..');

/**
 * The evaluator core: calling a function (call), running statements on the synchronous,
 * suspending and trampolined executors (exec-sync, exec, exec-async, except-star, deep),
 * evaluating expressions (eval, eval-gen; lambdas and comprehensions in make-function and
 * comprehension, which `ev` calls and which call `ev`), binding targets (targets) and
 * matching `case` patterns (match). Keep it short.
 */
const EVALUATOR_CORE = [
  'src/engine/call.ts',
  'src/engine/comprehension.ts',
  'src/engine/deep.ts',
  'src/engine/eval-gen.ts',
  'src/engine/eval.ts',
  'src/engine/except-star.ts',
  'src/engine/exec-async.ts',
  'src/engine/exec-body.ts',
  'src/engine/exec-class.ts',
  'src/engine/exec-sync.ts',
  'src/engine/make-function.ts',
  'src/engine/match.ts',
  'src/engine/exec.ts',
  'src/engine/targets.ts',
];

describe('the import graph of src', () => {
  const runtime = cycles(importGraph(root, join(root, 'src')));
  const typed = cycles(importGraph(root, join(root, 'src'), true));

  it('has no import cycle outside the evaluator core, even counting type imports', () => {
    const outside = typed.filter((c) => c.some((m) => !EVALUATOR_CORE.includes(m)));
    expect(outside).toEqual([]);
  });

  it('has no cycle at all in src/store, src/trace and src/ui', () => {
    const layers = ['src/store/', 'src/trace/', 'src/ui/'];
    expect(typed.filter((c) => c.some((m) => layers.some((l) => m.startsWith(l))))).toEqual([]);
  });

  it('lists in the evaluator core only files that are in its cycle of value imports', () => {
    const inCycles = new Set(runtime.flat());
    expect(EVALUATOR_CORE.filter((m) => !inCycles.has(m))).toEqual([]);
  });
});

describe('the import-graph walker', () => {
  it('counts value imports, side-effect imports and re-exports, not type-only ones', () => {
    const text = [
      "import { a } from './a';",
      "import type { B } from './b';",
      "import './c';",
      "export { d } from './d';",
      "export type { E } from './e';",
      "import { type F } from './f';",
      "const g = () => import('./g');",
      "// import { h } from './h';",
    ].join('\n');
    expect(runtimeImports('x.ts', text)).toEqual(['./a', './c', './d', './f']);
  });

  it('counts type imports, type re-exports and type queries too when asked', () => {
    const text = [
      "import { a } from './a';",
      "import type { B } from './b';",
      "export type { E } from './e';",
      "type H = import('./h').H;",
      "const g = () => import('./g');",
      "// import type { I } from './i';",
    ].join('\n');
    expect(allImports('x.ts', text)).toEqual(['./a', './b', './e', './h']);
  });

  it('finds a cycle, and a module that imports itself', () => {
    const g = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
    ]);
    expect(cycles(g)).toEqual([['a', 'b', 'c'], ['e']]);
  });

  it('finds a cycle made only of type imports in a source tree, and only when asked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-graph-'));
    try {
      mkdirSync(join(dir, 'src'));
      writeFileSync(
        join(dir, 'src', 'a.ts'),
        "import type { B } from './b';\nexport type A = B[];\n",
      );
      writeFileSync(
        join(dir, 'src', 'b.ts'),
        "import { c } from './c';\nexport type B = number;\nc();\n",
      );
      writeFileSync(
        join(dir, 'src', 'c.ts'),
        "import type { A } from './a';\nexport const c = (a?: A) => a;\n",
      );
      expect(cycles(importGraph(dir, join(dir, 'src')))).toEqual([]);
      expect(cycles(importGraph(dir, join(dir, 'src'), true))).toEqual([
        ['src/a.ts', 'src/b.ts', 'src/c.ts'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
