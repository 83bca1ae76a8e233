/**
 * Never silently wrong: a name CPython 3.13 has and the simulator does not (a module
 * attribute, a builtin, an attribute of a builtin type) stops the run with a NotSupported
 * diagnostic, never an exception the program could catch. A name CPython lacks too fails
 * as in CPython. The static check (support-check.ts) refuses most before the run; these
 * guards catch what it cannot see (`m = asyncio; m.shield`, `"".removeprefix`).
 */
import { CPYTHON_MODULE_NAMES, CPYTHON_TYPE_NAMES } from './cpython-names';
import { NotSupportedError } from './errors';
import type { PyType } from './values';

function sets(r: Readonly<Record<string, readonly string[]>>): Map<string, Set<string>> {
  return new Map(Object.entries(r).map(([k, v]) => [k, new Set(v)]));
}

const MODULES = sets(CPYTHON_MODULE_NAMES);
const TYPES = sets(CPYTHON_TYPE_NAMES);

/** Whether CPython 3.13's module `module` (or `builtins`) has the public name `name`. */
export function inCPythonModule(module: string, name: string): boolean {
  return MODULES.get(module)?.has(name) ?? false;
}

/** The type whose CPython attribute table has `name`, walking `t`'s bases, or null. */
function cpythonTypeWith(t: PyType, name: string): PyType | null {
  for (let c: PyType | null = t; c; c = c.base) if (TYPES.get(c.name)?.has(name)) return c;
  return null;
}

/** A type as a program spells it: `str`, `asyncio.Queue`, `loop`. */
function typeLabel(t: PyType): string {
  if (t.module === 'builtins') return t.name;
  if (t.name === '_UnixSelectorEventLoop') return 'loop';
  return t.module.startsWith('asyncio') ? `asyncio.${t.name}` : t.name;
}

/** The refusal of `module.name` if CPython's `module` has `name`, else null. */
export function moduleAttrRefusal(module: string, name: string): NotSupportedError | null {
  return inCPythonModule(module, name)
    ? new NotSupportedError(`${module}.${name}`, `.${name}`)
    : null;
}

/** The refusal of `t.name` if CPython's type `t` (or a base) has the attribute, else null. */
export function typeAttrRefusal(t: PyType, name: string): NotSupportedError | null {
  return cpythonTypeWith(t, name)
    ? new NotSupportedError(`${typeLabel(t)}.${name}`, `.${name}`)
    : null;
}

/**
 * What CPython puts in the namespace of the program's module besides `__name__` and
 * `__annotations__` (its path, the builtins module, the import system's): nothing the
 * simulator can reproduce, but never a NameError either.
 */
const MAIN_MODULE_GLOBALS = new Set([
  '__file__',
  '__builtins__',
  '__cached__',
  '__package__',
  '__loader__',
]);

/** The refusal of the builtin (or module global) `name` if CPython has it, else null. */
export function builtinRefusal(name: string): NotSupportedError | null {
  return inCPythonModule('builtins', name) || MAIN_MODULE_GLOBALS.has(name)
    ? new NotSupportedError(name, name)
    : null;
}

/** Stops the run if CPython's `module` has `name` (the simulator's does not). */
export function refuseModuleAttr(module: string, name: string): void {
  const e = moduleAttrRefusal(module, name);
  if (e) throw e;
}

/** Stops the run if CPython's type `t` (or a base) has the attribute `name`. */
export function refuseTypeAttr(t: PyType, name: string): void {
  const e = typeAttrRefusal(t, name);
  if (e) throw e;
}

/** Stops the run if `name` is one of CPython's builtins. */
export function refuseBuiltin(name: string): void {
  const e = builtinRefusal(name);
  if (e) throw e;
}
