/**
 * `random.sample`, `random.choices` and `random.triangular`: CPython 3.13's algorithms on
 * the run's Mersenne Twister, so they draw the same numbers in the same order.
 */
import { len } from '../builtins';
import { cmp } from '../compare';
import { NotSupportedError, typeError, valueError } from '../errors';
import { fromLibError } from '../format';
import { toArray } from '../iter';
import { asFloat, float } from '../num-ops';
import { binop } from '../ops';
import { getItem } from '../protocol';
import { rt } from '../runtime';
import type { NativeFn, Value } from '../values';
import { PyList, PyRange, PyTuple, typeName } from '../values';
import { PyDeque } from '../collections/deque';

function count(v: Value, what: string): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer${what}`);
}

function isSequence(v: Value): boolean {
  return (
    typeof v === 'string' ||
    v instanceof PyList ||
    v instanceof PyTuple ||
    v instanceof PyRange ||
    v instanceof PyDeque
  );
}

function real(v: Value): number {
  const f = asFloat(v);
  if (f === null) throw typeError(`must be real number, not ${typeName(v)}`);
  return f;
}

export const randomExtras: Record<string, NativeFn> = {
  sample: (a, kw) => {
    const args = [...a];
    for (const [k, v] of kw ?? []) {
      if (k === 'counts') throw new NotSupportedError('random.sample(counts=...)', 'counts');
      if (k === 'k' || k === 'population') args[k === 'k' ? 1 : 0] = v;
      else throw typeError(`Random.sample() got an unexpected keyword argument '${k}'`);
    }
    if (args.length > 2)
      throw typeError(
        `Random.sample() takes 3 positional arguments but ${args.length + 1} were given`,
      );
    if (args[0] === undefined)
      throw typeError(
        "Random.sample() missing 2 required positional arguments: 'population' and 'k'",
      );
    if (args[1] === undefined)
      throw typeError("Random.sample() missing 1 required positional argument: 'k'");
    const pop = args[0];
    if (!isSequence(pop))
      throw typeError('Population must be a sequence.  For dicts or sets, use sorted(d).');
    const n = len(pop);
    let idx: number[];
    try {
      idx = rt().random.sampleIndices(n, count(args[1], ''));
    } catch (e) {
      throw fromLibError(e);
    }
    return new PyList(idx.map((i) => getItem(pop, i)));
  },
  choices: (a, kw) => {
    const args = [...a];
    let cum: Value = null;
    let k: Value = 1;
    for (const [name, v] of kw ?? []) {
      if (name === 'cum_weights') cum = v;
      else if (name === 'k') k = v;
      else if (name === 'population' || name === 'weights') args[name === 'population' ? 0 : 1] = v;
      else throw typeError(`Random.choices() got an unexpected keyword argument '${name}'`);
    }
    if (args[0] === undefined)
      throw typeError("Random.choices() missing 1 required positional argument: 'population'");
    if (args.length > 2)
      throw typeError(
        `Random.choices() takes from 2 to 3 positional arguments but ${args.length + 1} were given`,
      );
    const pop = args[0];
    const weights = args[1] ?? null;
    const n = len(pop);
    const times = count(k, '');
    const r = rt().random;
    const out: Value[] = [];
    if (cum === null && weights === null) {
      for (let i = 0; i < times; i++) out.push(getItem(pop, Math.floor(r.random() * n)));
      return new PyList(out);
    }
    let cw: Value[];
    if (cum === null) {
      cw = [];
      let acc: Value | undefined;
      for (const w of toArray(weights)) {
        acc = acc === undefined ? w : binop('+', acc, w);
        cw.push(acc);
      }
    } else {
      if (weights !== null) throw typeError('Cannot specify both weights and cumulative weights');
      cw = toArray(cum);
    }
    if (cw.length !== n) throw valueError('The number of weights does not match the population');
    const total = real(binop('+', cw[cw.length - 1] ?? 0, float(0)));
    if (total <= 0) throw valueError('Total of weights must be greater than zero');
    if (!Number.isFinite(total)) throw valueError('Total of weights must be finite');
    const hi = n - 1;
    for (let i = 0; i < times; i++) {
      const x = float(r.random() * total);
      let lo = 0;
      let h = hi;
      while (lo < h) {
        const mid = (lo + h) >> 1;
        if (cmp('<', x, cw[mid]!) < 0) h = mid;
        else lo = mid + 1;
      }
      out.push(getItem(pop, lo));
    }
    return new PyList(out);
  },
  triangular: (a, kw) => {
    const args = [...a];
    for (const [name, v] of kw ?? []) {
      const i = ['low', 'high', 'mode'].indexOf(name);
      if (i < 0)
        throw typeError(`Random.triangular() got an unexpected keyword argument '${name}'`);
      args[i] = v;
    }
    let low = real(args[0] ?? float(0));
    let high = real(args[1] ?? float(1));
    const mode = args[2] ?? null;
    let u = rt().random.random();
    // (mode - low) / (high - low) divides by zero: CPython returns `low` as given
    if (high - low === 0 && mode !== null) return args[0] ?? float(0);
    let c = mode === null ? 0.5 : (real(mode) - low) / (high - low);
    if (u > c) {
      u = 1 - u;
      c = 1 - c;
      [low, high] = [high, low];
    }
    return float(low + (high - low) * Math.sqrt(u * c));
  },
};
