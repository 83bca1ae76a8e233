/** Arguments of what CPython writes in Python (`def lru_cache(maxsize=128, typed=False)`). */
import { typeError } from '../errors';
import type { Value } from '../values';

/**
 * Binds `a` and `kw` to `names` (the first `required` required, the first `posOnly`
 * positional-only) with the messages of a Python function; missing optional ones are
 * undefined.
 */
export function pyFunctionArgs(
  fn: string,
  a: Value[],
  kw: Map<string, Value> | null,
  names: readonly string[],
  required: number,
  posOnly = 0,
): (Value | undefined)[] {
  const n = names.length;
  if (a.length > n) {
    const takes = required === n ? `${n}` : `from ${required} to ${n}`;
    const s = n === 1 && required === n ? '' : 's';
    const were = a.length === 1 ? 'was' : 'were';
    throw typeError(`${fn}() takes ${takes} positional argument${s} but ${a.length} ${were} given`);
  }
  const out: (Value | undefined)[] = [...a];
  out.length = n;
  for (const [k, v] of kw ?? []) {
    const i = names.indexOf(k);
    if (i >= 0 && i < posOnly)
      throw typeError(
        `${fn}() got some positional-only arguments passed as keyword arguments: '${k}'`,
      );
    if (i < 0) throw typeError(`${fn}() got an unexpected keyword argument '${k}'`);
    if (i < a.length) throw typeError(`${fn}() got multiple values for argument '${k}'`);
    out[i] = v;
  }
  const missing = names.slice(0, required).filter((_, i) => out[i] === undefined);
  if (missing.length === 1)
    throw typeError(`${fn}() missing 1 required positional argument: '${missing[0]}'`);
  if (missing.length > 1)
    throw typeError(
      `${fn}() missing ${missing.length} required positional arguments: ${missing
        .map((m) => `'${m}'`)
        .join(' and ')}`,
    );
  return out;
}
