/**
 * The runtime import graph of `src`: which module loads which when it is evaluated. Read
 * with the TypeScript parser, so comments and strings never count as imports.
 *
 * What counts as an edge: `import ... from`, `import 'x'` (side effect) and
 * `export ... from`, when the module will still be loaded once TypeScript has erased the
 * types. Not counted: `import type` / `export type` (erased whole), and dynamic
 * `import()` (loaded later, never part of a load-time cycle). `import { type A } from`
 * does count: with `verbatimModuleSyntax` it stays as `import {} from`, which loads the
 * module.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** Module path (relative to the root, with `/`) to the modules it loads. */
export type ImportGraph = Map<string, string[]>;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (/\.tsx?$/.test(name) && !/\.d\.ts$/.test(name)) out.push(p);
  }
  return out;
}

function resolveLocal(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(c) && statSync(c).isFile()) return c;
  }
  return null;
}

/** The specifiers a file loads at run time (see the header for what counts). */
export function runtimeImports(file: string, text: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const specs: string[] = [];
  for (const st of sf.statements) {
    if (ts.isImportDeclaration(st)) {
      if (st.importClause?.isTypeOnly) continue;
      if (ts.isStringLiteral(st.moduleSpecifier)) specs.push(st.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(st)) {
      if (st.isTypeOnly || !st.moduleSpecifier) continue;
      if (ts.isStringLiteral(st.moduleSpecifier)) specs.push(st.moduleSpecifier.text);
    }
  }
  return specs;
}

/**
 * Every module a file names, types included: the runtime imports plus `import type`,
 * `export type ... from` and type queries (`import('./x').T`). Dynamic `import()` of a
 * value still does not count (it loads later).
 */
export function allImports(file: string, text: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const specs: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      specs.push(node.moduleSpecifier.text);
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      specs.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return specs;
}

/**
 * The graph of every module under `dir` (test files included), keyed relative to `root`:
 * runtime imports only, or with `types` every import a reader follows.
 */
export function importGraph(root: string, dir: string, types = false): ImportGraph {
  const imports = types ? allImports : runtimeImports;
  const g: ImportGraph = new Map();
  const key = (p: string): string => relative(root, p).split('\\').join('/');
  for (const file of sourceFiles(dir)) {
    const deps: string[] = [];
    for (const spec of imports(file, readFileSync(file, 'utf8'))) {
      const target = resolveLocal(file, spec);
      if (target) deps.push(key(target));
    }
    g.set(key(file), deps);
  }
  return g;
}

/** The strongly connected components with a cycle (2+ modules, or one importing itself). */
export function cycles(g: ImportGraph): string[][] {
  // Tarjan's algorithm, iterative enough for a source tree (recursion depth = chain length).
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    on.add(v);
    for (const w of g.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (g.get(v) ?? []).includes(v)) out.push(scc.sort());
    }
  };
  for (const v of [...g.keys()].sort()) if (!idx.has(v)) visit(v);
  return out;
}
