/**
 * Source text → typed AST, through @lezer/python (the grammar CodeMirror uses).
 * Syntax errors and constructs outside the subset become located diagnostics; no JS
 * exception escapes `parse`.
 */
import { parser } from '@lezer/python';
import type { Module } from './ast';
import { Diagnostic } from './diagnostics';
import { StmtBuilder } from './parse-stmt';
import { resolveScopes } from './scope';
import { maskFormatSpecs } from './fstring-mask';

export interface ParseResult {
  module: Module | null;
  diagnostic: Diagnostic | null;
}

/** Parse `source`; on failure `module` is null and `diagnostic` says where and why. */
export function parse(source: string, filename = 'main.py'): ParseResult {
  // A UTF-8 byte order mark opens some saved files; CPython's tokenizer drops it.
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  const nul = source.indexOf('\0');
  if (nul >= 0) {
    const line = source.slice(0, nul).split('\n').length;
    return {
      module: null,
      diagnostic: new Diagnostic(
        filename,
        line,
        1,
        'SyntaxError',
        'source code cannot contain null bytes',
      ),
    };
  }
  try {
    const tree = parser.parse(blankFormFeedLines(maskFormatSpecs(source)));
    const b = new StmtBuilder(source, filename);
    const module = b.module(tree.topNode);
    resolveScopes(module);
    return { module, diagnostic: null };
  } catch (e) {
    if (e instanceof Diagnostic) return { module: null, diagnostic: e };
    if (e instanceof RangeError) {
      return {
        module: null,
        diagnostic: new Diagnostic(filename, 1, 1, 'SyntaxError', 'too many nested parentheses'),
      };
    }
    throw e;
  }
}

/**
 * A line holding only whitespace and form feeds (a page break) is blank to CPython;
 * Lezer's grammar sees an error there. Spaces in their place keep every offset.
 */
function blankFormFeedLines(source: string): string {
  if (!source.includes('\f')) return source;
  return source.replace(/^[ \t\f]*\f[ \t\f]*$/gm, (m) => ' '.repeat(m.length));
}
