/**
 * The builtins namespace, and the argument helpers the builtin functions share. It imports
 * only leaf modules, so a builtins-*.ts file can register at load time whichever module
 * the import graph reaches first.
 */
import { typeError } from './errors';
import type { NativeFn, Value } from './values';
import { PyBuiltin, typeName } from './values';

export const builtins = new Map<string, Value>();

export function fn(name: string, f: NativeFn): void {
  builtins.set(name, new PyBuiltin(name, f));
}

export function kwOnly(kw: Map<string, Value> | null, name: string, allowed: string[]): void {
  for (const k of kw?.keys() ?? []) {
    if (!allowed.includes(k))
      throw typeError(`${name}() got an unexpected keyword argument '${k}'`);
  }
}

/** An int argument (bools count), or Python's TypeError. */
export function toInt(v: Value): number | bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
}

export function toNumber(v: Value): number {
  const n = toInt(v);
  return typeof n === 'bigint' ? Number(n) : n;
}
