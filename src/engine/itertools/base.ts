/**
 * What itertools' types share: the iterator object (a builtin iterator whose type is the
 * itertools class, `<class 'itertools.count'>`), the type maker, and CPython's argument
 * checks and messages (its C argument parsers: clinic's and `PyArg_UnpackTuple`'s).
 */
import { STOP } from '../coro';
import type { Next } from '../coro';
import { Exc, PyError, pyErr, typeError } from '../errors';
import { fakeAddress } from '../address';
import { PyIterator } from '../iter';
import { rt } from '../runtime';
import type { NativeFn, Value } from '../values';
import { PyExc, PyType, Types, typeName } from '../values';

/** An itertools object: `next` gives its next item (STOP at the end). */
export class ItIter extends PyIterator {
  constructor(
    readonly type: PyType,
    next: () => Next,
    private readonly reprFn: (() => string) | null = null,
    /** The Python values it holds now (its iterators, buffered items, callables). */
    private readonly refs: (() => unknown[]) | null = null,
  ) {
    const r = rt();
    super(() => {
      // each item counts against the statement limit, as a range's do: an endless
      // source consumed by a builtin (`sum(repeat(1))`) stops at the limit
      r.countRangeItem();
      const x = next();
      if (this.keepsLast && x !== STOP) this.last = x;
      return x;
    }, type.name);
  }
  /** The last tuple it gave, which CPython keeps to reuse (`product`, `pairwise`, ...). */
  private last: Value = null;
  private keepsLast = false;
  /** Marks an iterator that keeps its last result (CPython's `result` field). */
  keepingLast(): this {
    this.keepsLast = true;
    return this;
  }
  /** What it holds, for the never-awaited reachability scan (unawaited.ts). */
  pyRefs(): readonly unknown[] {
    const held = rt().heldBy.get(this) ?? [];
    return [...(this.refs ? this.refs() : []), this.last, ...held];
  }
  override get cls(): PyType {
    return this.type;
  }
  pyRepr(): string {
    return this.reprFn
      ? this.reprFn()
      : `<itertools.${this.type.name} object at ${fakeAddress(this)}>`;
  }
}

/** An itertools class: calling it makes one of its iterators. */
/** A slot wrapper's check (`it.__next__(1)`). */
function noArgs(name: string, a: Value[], kw: Map<string, Value> | null): void {
  if (kw?.size) throw typeError(`wrapper ${name}() takes no keyword arguments`);
  if (a.length) throw typeError(`expected 0 arguments, got ${a.length}`);
}

export function itType(name: string, construct: NativeFn | null): PyType {
  const t = new PyType(name, Types.object, construct, 'itertools');
  // `next_id = itertools.count().__next__`
  t.methods.set('__next__', (self, a, kw) => {
    noArgs('__next__', a, kw);
    const x = (self as ItIter).next();
    if (x === STOP) throw new PyError(new PyExc(Exc.StopIteration, []));
    return x;
  });
  t.methods.set('__iter__', (self, a, kw) => {
    noArgs('__iter__', a, kw);
    return self;
  });
  return t;
}

/**
 * Positional-only arguments (`PyArg_UnpackTuple` after `_PyArg_NoKeywords`): no keywords,
 * between `min` and `max` of them.
 */
export function positional(
  name: string,
  a: Value[],
  kw: Map<string, Value> | null,
  min: number,
  max = min,
): void {
  if (kw?.size) throw typeError(`${name}() takes no keyword arguments`);
  if (a.length >= min && a.length <= max) return;
  const s = (n: number): string => `${n} argument${n === 1 ? '' : 's'}`;
  if (min === max) throw typeError(`${name} expected ${s(min)}, got ${a.length}`);
  if (a.length < min) throw typeError(`${name} expected at least ${s(min)}, got ${a.length}`);
  throw typeError(`${name} expected at most ${s(max)}, got ${a.length}`);
}

/**
 * Arguments by position or by name (Argument Clinic's parser): `names` in order, the first
 * `required` of them required; `kwOnly` may only be given by name. Missing ones are
 * undefined.
 */
export function clinic(
  name: string,
  a: Value[],
  kw: Map<string, Value> | null,
  names: readonly string[],
  required: number,
  kwOnly: readonly string[] = [],
): (Value | undefined)[] {
  if (a.length > names.length) {
    const n = names.length;
    // with keyword-only parameters clinic says "positional" (and "exactly" if all required)
    const most = kwOnly.length && required === n ? 'exactly' : 'at most';
    const what = kwOnly.length ? 'positional argument' : 'argument';
    throw typeError(
      `${name}() takes ${most} ${n} ${what}${n === 1 ? '' : 's'} (${a.length} given)`,
    );
  }
  const out: (Value | undefined)[] = [...a];
  const all = [...names, ...kwOnly];
  out.length = all.length;
  for (const [k, v] of kw ?? []) {
    const i = all.indexOf(k);
    if (i < 0) throw typeError(`${name}() got an unexpected keyword argument '${k}'`);
    if (i < a.length)
      throw typeError(`argument for ${name}() given by name ('${k}') and position (${i + 1})`);
    out[i] = v;
  }
  for (let i = 0; i < required; i++)
    if (out[i] === undefined)
      throw typeError(`${name}() missing required argument '${names[i]}' (pos ${i + 1})`);
  return out;
}

/** A C `Py_ssize_t` argument: an int (bools count), else CPython's TypeError. */
export function ssize(v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') {
    if (v >= 2n ** 63n || v < -(2n ** 63n)) throw pyErr(Exc.OverflowError, TOO_LARGE);
    return Number(v);
  }
  throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
}

const TOO_LARGE = 'Python int too large to convert to C ssize_t';
