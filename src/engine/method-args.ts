/** Argument helpers shared by the builtin types' methods. */
import { typeError } from './errors';
import type { MethodFn, PyType, Value } from './values';
import { typeName } from './values';

export function def(t: PyType, name: string, fn: MethodFn): void {
  t.methods.set(name, fn);
}

/** Checks the number of positional arguments of a builtin method. */
export function arity(name: string, args: Value[], min: number, max = min): void {
  if (args.length >= min && args.length <= max) return;
  if (max === 0) throw typeError(`${name}() takes no arguments (${args.length} given)`);
  if (min === max && min === 1)
    throw typeError(`${name}() takes exactly one argument (${args.length} given)`);
  if (args.length > max)
    throw typeError(
      `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`,
    );
  throw typeError(
    `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${args.length}`,
  );
}

export function asStr(v: Value, ctx: string): string {
  if (typeof v !== 'string') throw typeError(`${ctx} must be str, not ${typeName(v)}`);
  return v;
}

export function asIndex(v: Value | undefined, def: number): number {
  if (v === undefined || v === null) return def;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
}
