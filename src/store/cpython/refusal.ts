/**
 * When the simulator refuses a program (a statement, module or name it does not support
 * yet), the page runs it in CPython instead and names what the simulator lacks (the UI
 * says it in a line: src/ui/cpython/note.ts).
 */
import type { EngineEvent } from '../../engine/events';
import type { ProgramDiagnostic, SimResponse } from '../sim/protocol';

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
  // a name (`asyncio.shield`, `getattr`, `ConnectionError`), not a phrase (decorators)
  if (
    /^\w+(\.\w+)+$/.test(what) ||
    BUILTINS.has(what) ||
    /^\w+(Error|Exception|Warning)$/.test(what)
  )
    return `\`${what}\``;
  return what.replace(/'([^']+)' statements?/g, '`$1`').replace(/'([^']+)'/g, '`$1`');
}

/** CPython 3.13's builtin functions and types (`dir(builtins)`, without exceptions). */
const BUILTINS: ReadonlySet<string> = new Set(
  (
    'abs aiter all anext any ascii bin bool breakpoint bytearray bytes callable chr classmethod ' +
    'compile complex delattr dict dir divmod enumerate eval exec filter float format frozenset ' +
    'getattr globals hasattr hash hex id input int isinstance issubclass iter len list locals ' +
    'map max memoryview min next object oct open ord pow print property range repr reversed ' +
    'round set setattr slice sorted staticmethod str sum super tuple type vars zip'
  ).split(' '),
);

/**
 * What a simulated run shows the simulator lacks, from the exception that ended it: a
 * feature "not supported yet", an attribute of a module it knows only in part
 * (`asyncio.Barrier`), a builtin it does not have. Null for an exception CPython would
 * raise too (as far as the simulator can tell).
 */
export function missingAtRunTime(events: readonly EngineEvent[]): string | null {
  const last = events.findLast((e) => e.type === 'uncaught');
  if (last?.type !== 'uncaught') return null;
  const exc = last.exc;
  const feature = /^\w+: (.+?) (?:is|are) not supported yet/.exec(exc)?.[1];
  if (feature !== undefined) return feature.replace(/'([^']+)'/g, '`$1`');
  const attr = /^AttributeError: module '([\w.]+)' has no attribute '(\w+)'/.exec(exc);
  if (attr) return `\`${attr[1]}.${attr[2]}\``;
  const name = /^NameError: name '(\w+)' is not defined/.exec(exc)?.[1];
  if (name !== undefined && BUILTINS.has(name)) return `\`${name}\``;
  return null;
}

/** What the simulator's answer shows it does not support (so CPython should run it), or null. */
export function unsupportedIn(r: SimResponse): string | null {
  if (r.status === 'invalid')
    return isRefusal(r.diagnostic) ? unsupportedThing(r.diagnostic) : null;
  return r.status === 'ok' ? missingAtRunTime(r.events) : null;
}
