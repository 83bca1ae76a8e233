/**
 * When a generator is finalized. CPython closes a suspended generator (GeneratorExit at its
 * `yield`, so its `finally` and `with` exits run) the moment its last reference goes. The
 * engine counts the holders it can see: variables, a `for` loop over it, a generator
 * expression over it. A generator also held by something it does not track (a container, a
 * function it was passed to) has `escaped`. When the count drops to zero and it has not
 * escaped, it is closed there, as in CPython. One whose closing would run code (see
 * `isGuarded`) and that is still suspended when the program ends was freed at a moment the
 * engine does not know: the run is refused rather than shown wrong.
 */
import { PyGenerator, isGuarded } from './generator';
import { NotSupportedError, PyError } from './errors';
import { rt } from './runtime';
import type { Value } from './values';
import { PyExc, PyObject } from './values';

/** A tracked holder takes `v`. */
export function holdGen(v: Value): void {
  if (v instanceof PyGenerator) v.refs++;
}

/** A tracked holder lets `v` go; unless it is `keep` (a function's return value), close it if that was the last. */
export function dropGen(v: Value, keep: Value = null): void {
  if (!(v instanceof PyGenerator)) return;
  if (--v.refs > 0 || v.escaped || v === keep) return;
  finalizeGen(v);
}

/**
 * `v` is now held by something untracked. An exception object kept so (its traceback holds
 * frames, which hold it) can keep frames and their locals alive until the collector runs.
 */
export function escapeGen(v: Value): void {
  if (v instanceof PyGenerator) v.escaped = true;
  else if (v instanceof PyExc) rt().excHeld = true;
}

/** CPython's finalizer: `close()`, an exception it raises only printed to stderr. */
export function finalizeGen(g: PyGenerator): void {
  if (g.finished) return;
  if (g.running) return; // a generator closing itself from inside: CPython's frame holds it
  try {
    g.close();
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
  }
  g.end();
}

/** Builtins that use an argument and keep no reference to it. */
const NON_RETAINING = new Set([
  'next',
  'list',
  'tuple',
  'set',
  'frozenset',
  'sorted',
  'sum',
  'min',
  'max',
  'any',
  'all',
  'print',
  'len',
  'repr',
  'str',
  'isinstance',
  'type',
  'iter',
  'id',
  'hash',
  'callable',
  'bool',
]);

/** Arguments of a call: held by the callee, unless it is one of the builtins above. */
export function escapeGenArgs(
  name: string | null,
  pos: Value[],
  kw: Map<string, Value> | null,
  receiver: Value = null,
): void {
  if (name !== null && NON_RETAINING.has(name)) return;
  // `gen.throw(exc)` keeps neither the exception nor anything else
  if (receiver instanceof PyGenerator) return;
  for (const v of pos) if (v instanceof PyObject) escapeGen(v);
  if (kw) for (const v of kw.values()) if (v instanceof PyObject) escapeGen(v);
}

/**
 * At the end of asyncio.run: an async generator left unfinished was either freed during the
 * run (asyncio then closes it in a task of the trace) or is closed now by
 * `shutdown_asyncgens()` (its code shows): the engine models neither, so it refuses.
 */
export function checkAgensAtShutdown(): void {
  for (const ag of rt().hookedAgens) {
    if (ag.finished || ag.aclosed || ag.closing) continue;
    const e = new NotSupportedError(`leaving async generator '${ag.qualname}' unfinished`, 'yield');
    e.line = ag.frame.line;
    throw e;
  }
}

/** At the end of the run: a generator left suspended where closing it runs code is refused. */
export function checkGensAtExit(): void {
  for (const g of rt().guardedGens) {
    if (g.finished || !g.frame || !isGuarded(g.frame.def)) continue;
    const e = new NotSupportedError(
      `freeing generator '${g.qualname}' while it is suspended inside try, with or yield from`,
      'yield',
    );
    e.line = g.frame.line;
    throw e;
  }
}
