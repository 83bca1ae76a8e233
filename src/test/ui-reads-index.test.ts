/**
 * The page reads a run through its replay index (`RunView.replay`: states, facts, and the
 * trace layer's functions that take the index), never the event log itself: no file of
 * src/ui reads a property named `events`. Read with the TypeScript parser, so comments and
 * strings do not count.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });
}

/** Where `text` reads a property `name` (`x.name`, `x?.name`, `{ name } = x`), as `file:line`. */
function reads(file: string, text: string, name: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    const hit =
      (ts.isPropertyAccessExpression(node) && node.name.text === name) ||
      (ts.isBindingElement(node) &&
        ts.isObjectBindingPattern(node.parent) &&
        (node.propertyName ?? node.name).getText(sf) === name);
    if (hit) {
      const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
      out.push(`${relative(root, file)}:${line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

describe('the page', () => {
  it('reads no event log in src/ui: runs go through their replay index', () => {
    const found = files(join(root, 'src', 'ui')).flatMap((f) =>
      reads(f, readFileSync(f, 'utf8'), 'events'),
    );
    expect(found).toEqual([]);
  });

  it('would see a read of the log, dotted or destructured', () => {
    const text = [
      'const a = run.replay.events;',
      'const { events } = run.replay;',
      '// run.events in a comment',
      "const s = 'run.events';",
    ].join('\n');
    expect(reads(join(root, 'x.ts'), text, 'events')).toEqual(['x.ts:1', 'x.ts:2']);
  });
});
