/**
 * The `__doc__` a dataclass without a docstring gets: its name and `inspect.signature(cls)`
 * without ` -> None` (`Job(name: str, cost: float = 0.5, tags: list = <factory>)`), with
 * annotations as `inspect.formatannotation` writes them.
 */
import { NotSupportedError } from '../errors';
import { lookup } from '../objects';
import { repr } from '../repr';
import type { Value } from '../values';
import { PyFunction, PyType } from '../values';
import { TypingForm } from '../lib/typing';
import { HAS_DEFAULT_FACTORY, MISSING } from './field';
import type { PyField } from './field';

/** `inspect.formatannotation`. */
function formatAnnotation(a: Value): string {
  if (a instanceof TypingForm) {
    if (a.kind === 'builtin' || a.kind === 'uniontype') return repr(a);
    return repr(a).replace(/[\w.]+/g, (w) => (w.startsWith('typing.') ? w.slice(7) : w));
  }
  if (a instanceof PyType) {
    const qual = a.user?.qualname ?? a.name;
    return a.module === 'builtins' ? qual : `${a.module}.${qual}`;
  }
  return repr(a);
}

function fieldParam(f: PyField): string {
  const head = `${f.name as string}: ${formatAnnotation(f.type)}`;
  if (f.defaultValue !== MISSING) return `${head} = ${repr(f.defaultValue)}`;
  if (f.defaultFactory !== MISSING) return `${head} = ${repr(HAS_DEFAULT_FACTORY)}`;
  return head;
}

/** The signature of a function's parameters after `self`, when none is annotated. */
function functionSignature(fn: PyFunction, cls: PyType): string {
  const params = fn.def.params.slice(1);
  if (fn.def.stringAnnotations || params.some((p) => p.annotation))
    throw new NotSupportedError(
      `the __doc__ of dataclass ${cls.name}, whose __init__ has annotations`,
      '__doc__',
    );
  const out: string[] = [];
  const pos = fn.def.params.filter((p) => p.kind === 'pos');
  const firstDefault = pos.length - fn.defaults.length;
  let star = false;
  for (const p of params) {
    if (p.kind === 'pos') {
      const j = pos.indexOf(p);
      out.push(j >= firstDefault ? `${p.name}=${repr(fn.defaults[j - firstDefault]!)}` : p.name);
    } else if (p.kind === 'star') {
      star = true;
      out.push(`*${p.name}`);
    } else if (p.kind === 'dstar') out.push(`**${p.name}`);
    else {
      if (!star) out.push('*');
      star = true;
      const d = fn.kwDefaults.get(p.name);
      out.push(d === undefined ? p.name : `${p.name}=${repr(d)}`);
    }
  }
  return `(${out.join(', ')})`;
}

/**
 * `cls.__name__ + str(inspect.signature(cls))`: from the fields when the class's `__init__`
 * is the generated one (`generated`), else from the `__init__` it has (or `()`).
 */
export function dataclassDoc(
  cls: PyType,
  generated: Value | undefined,
  std: PyField[],
  kwOnly: PyField[],
): string {
  const init = lookup(cls, '__init__');
  if (init !== undefined && init === generated) {
    const params = std.map(fieldParam);
    if (kwOnly.length) params.push('*', ...kwOnly.map(fieldParam));
    return `${cls.name}(${params.join(', ')})`;
  }
  if (init === undefined) return `${cls.name}()`;
  if (init instanceof PyFunction) return cls.name + functionSignature(init, cls);
  throw new NotSupportedError(`the __doc__ of dataclass ${cls.name}`, '__doc__');
}
