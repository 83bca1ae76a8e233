/**
 * Making a function object when a `def` or `lambda` runs: its defaults and annotations,
 * evaluated in the defining frame, and the environment it closes over (`closureEnv`, which
 * comprehensions and class bodies use too). In the evaluator core: it evaluates with `ev`,
 * and `ev` makes lambdas with it.
 */
import type { Expr, FuncDef } from '../python/ast';
import { NotSupportedError } from './errors';
import { ev } from './eval';
import { dictSet } from './dicts';
import type { Frame } from './frame';
import type { Env, Value } from './values';
import { PyDict, PyFunction } from './values';

/** The function a `def` or `lambda` makes in frame `f`. */
export function makeFunction(def: FuncDef, f: Frame): PyFunction {
  const defaults: Value[] = [];
  const kwDefaults = new Map<string, Value>();
  for (const p of def.params) {
    if (!p.default) continue;
    const v = ev(p.default, f);
    if (p.kind === 'kwonly') kwDefaults.set(p.name, v);
    else defaults.push(v);
  }
  const fn = new PyFunction(def, defaults, kwDefaults, closureEnv(f), f.globals);
  fn.annotations = defAnnotations(def, f);
  return fn;
}

/**
 * CPython 3.13 evaluates a def's annotations as the definition runs, after the defaults (a
 * NameError there is the program's: `-> Node` inside class Node's body). A name CPython
 * has and the simulator lacks (`bytes`) is found in CPython, so it is no refusal here:
 * only reading such a function's `__annotations__` is.
 */
function defAnnotations(def: FuncDef, f: Frame): PyDict | null | 'partial' {
  let annotations: PyDict | null = null;
  let partial = false;
  const note = (key: string, e: Expr) => {
    try {
      dictSet((annotations ??= new PyDict()), key, ev(e, f));
    } catch (err) {
      if (!(err instanceof NotSupportedError)) throw err;
      partial = true;
    }
  };
  for (const p of def.params) if (p.annotation) note(p.name, p.annotation);
  if (def.returns) note('return', def.returns);
  return partial ? 'partial' : annotations;
}

/** What functions defined in frame `f` close over (a class body: its class cell). */
export function closureEnv(f: Frame): Env | null {
  return f.def.kind === 'module' ? null : f.def.kind === 'class' ? f.env.parent : f.env;
}
