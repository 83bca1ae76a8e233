/**
 * When the simulator refuses a program (a statement, module or name it does not support
 * yet), the page runs it in CPython instead and says why in one line.
 */
import type { ProgramDiagnostic } from '../sim/protocol';

/** Refusals that CPython may well run: everything but a program that does not compile. */
const REFUSALS: ReadonlySet<string> = new Set(['NotSupported', 'ModuleNotFoundError']);

export function isRefusal(d: ProgramDiagnostic | null): d is ProgramDiagnostic {
  return d !== null && REFUSALS.has(d.kind);
}

/** What the simulator does not support, in a few words: "`class`", "decorators", "`import sys`". */
export function unsupportedThing(d: ProgramDiagnostic): string {
  if (d.kind === 'ModuleNotFoundError') {
    const name = /No module named '([^']+)'/.exec(d.message)?.[1];
    return name ? `\`import ${name}\`` : 'this import';
  }
  const what = /^(.*?) (?:is|are) not supported/.exec(d.message)?.[1] ?? d.message;
  return what.replace(/'([^']+)' statements?/g, '`$1`').replace(/'([^']+)'/g, '`$1`');
}

/** The one line over a CPython replay. */
export function fallbackNote(d: ProgramDiagnostic): string {
  return `runs in CPython 3.13 (WebAssembly): the simulator does not support ${unsupportedThing(d)} yet`;
}
