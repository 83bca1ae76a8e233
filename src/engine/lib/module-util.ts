/** Making a module object: its functions and values; argument checks the modules share. */
import { typeError } from '../errors';
import type { NativeFn, Value } from '../values';
import { PyBuiltin, PyModule } from '../values';

/** A module whose attributes are `fns` (as builtin functions) and `values`. */
export function makeModule(
  name: string,
  fns: Record<string, NativeFn>,
  values: Record<string, Value> = {},
): PyModule {
  const attrs = new Map<string, Value>();
  for (const [k, f] of Object.entries(fns)) attrs.set(k, new PyBuiltin(k, f));
  for (const [k, v] of Object.entries(values)) attrs.set(k, v);
  return new PyModule(name, attrs);
}

/** No keyword arguments, and exactly `n` positional ones (CPython's messages for `qual`). */
export function exactly(qual: string, a: Value[], kw: Map<string, Value> | null, n: number): void {
  if (kw?.size) throw typeError(`${qual}() takes no keyword arguments`);
  if (a.length === n) return;
  if (n === 1) throw typeError(`${qual}() takes exactly one argument (${a.length} given)`);
  throw typeError(`${qual} expected ${n} arguments, got ${a.length}`);
}
