/** `collections.Counter`: a dict of counts, with `most_common`, `update` and its arithmetic. */
import { cmp, eq, hashKey } from '../compare';
import { dictSet } from '../dicts';
import { Exc, NotSupportedError, pyErr, typeError } from '../errors';
import { toArray } from '../iter';
import { arity } from '../method-args';
import { binop, unary } from '../ops';
import { repr } from '../repr';
import { PyIterator } from '../iter';
import { STOP } from '../coro';
import type { MethodFn, Value } from '../values';
import { PyBuiltin, PyDict, PyList, PyTuple, PyType, Types, typeName } from '../values';
import { makeSubscriptable } from '../lib/typing';

export const counterType = new PyType('Counter', Types.dict, null, 'collections');
makeSubscriptable(counterType);

export class PyCounter extends PyDict {
  override get cls(): PyType {
    return counterType;
  }
  /** A missing element counts zero (and is not stored). */
  pyMissing(): Value {
    return 0;
  }
  count(k: Value): Value {
    return this.map.get(hashKey(k))?.[1] ?? 0;
  }
  pyRepr(): string {
    if (this.map.size === 0) return 'Counter()';
    const items = mostCommon(this).map(([k, v]) => `${repr(k)}: ${repr(v)}`);
    return `Counter({${items.join(', ')}})`;
  }
  /** Counters are equal when every count is, a missing one counting zero. */
  pyEq(other: Value): boolean | undefined {
    if (!(other instanceof PyCounter)) return undefined;
    for (const [k, v] of this.map.values()) if (!eq(v, other.count(k))) return false;
    for (const [k, v] of other.map.values()) if (!eq(v, this.count(k))) return false;
    return true;
  }
  pyBinop(op: string, other: Value, inplace: boolean): Value | undefined {
    if (!(other instanceof PyCounter) || !['+', '-', '|', '&'].includes(op)) return undefined;
    const out = new PyCounter();
    const positive = (v: Value) => cmp('>', v, 0) > 0;
    if (op === '+' || op === '-') {
      for (const [k, v] of this.map.values()) {
        const r = binop(op, v, other.count(k));
        if (positive(r)) dictSet(out, k, r);
      }
      for (const [k, v] of other.map.values()) {
        if (this.map.has(hashKey(k))) continue;
        const r = op === '+' ? v : unary('-', v);
        if (positive(r)) dictSet(out, k, r);
      }
    } else {
      for (const [k, v] of this.map.values()) {
        const o = other.count(k);
        const r = op === '|' ? (cmp('<', v, o) < 0 ? o : v) : cmp('<', v, o) < 0 ? v : o;
        if (positive(r)) dictSet(out, k, r);
      }
      if (op === '|')
        for (const [k, v] of other.map.values())
          if (!this.map.has(hashKey(k)) && positive(v)) dictSet(out, k, v);
    }
    if (!inplace) return out;
    this.map.clear();
    for (const [k, e] of out.map) this.map.set(k, e);
    return this;
  }
}

/** Items by count, largest first; equal counts in insertion order. */
function mostCommon(c: PyDict): [Value, Value][] {
  const items = [...c.map.values()].map(([k, v]) => [k, v] as [Value, Value]);
  return items.sort((x, y) => cmp('<', y[1], x[1]));
}

/** `Counter.update`: counts of an iterable, or the counts of a mapping added. */
function addCounts(
  c: PyCounter,
  src: Value | undefined,
  kw: Map<string, Value> | null,
  sign: '+' | '-',
): void {
  if (src !== undefined && src !== null) {
    if (src instanceof PyDict) {
      for (const [k, v] of src.map.values()) dictSet(c, k, binop(sign, c.count(k), v));
    } else {
      for (const k of toArray(src)) dictSet(c, k, binop(sign, c.count(k), 1));
    }
  }
  for (const [k, v] of kw ?? []) dictSet(c, k, binop(sign, c.count(k), v));
}

counterType.construct = (a, kw) => {
  if (a.length > 1) throw typeError(`expected at most 1 argument, got ${a.length}`);
  const c = new PyCounter();
  addCounts(c, a[0], kw, '+');
  return c;
};

const methods: Record<string, MethodFn> = {
  most_common: (s, a) => {
    arity('most_common', a, 0, 1);
    let items = mostCommon(s as PyDict);
    const n = a[0];
    if (n !== undefined && n !== null) {
      if (typeof n !== 'number' && typeof n !== 'boolean')
        throw typeError(`'${typeName(n)}' object cannot be interpreted as an integer`);
      items = items.slice(0, Math.max(0, Number(n)));
    }
    return new PyList(items.map((kv) => new PyTuple(kv)));
  },
  elements: (s, a) => {
    arity('elements', a, 0);
    const out: Value[] = [];
    for (const [k, v] of (s as PyDict).map.values()) {
      if (typeof v !== 'number' && typeof v !== 'boolean')
        throw new NotSupportedError('Counter.elements() of non-int counts', '.elements');
      for (let i = 0; i < Number(v); i++) out.push(k);
    }
    let i = 0;
    return new PyIterator(() => (i < out.length ? out[i++]! : STOP), 'itertools.chain');
  },
  update: (s, a, kw) => {
    arity('update', a, 0, 1);
    addCounts(s as PyCounter, a[0], kw, '+');
    return null;
  },
  subtract: (s, a, kw) => {
    arity('subtract', a, 0, 1);
    addCounts(s as PyCounter, a[0], kw, '-');
    return null;
  },
  total: (s, a) => {
    arity('total', a, 0);
    let t: Value = 0;
    for (const [, v] of (s as PyDict).map.values()) t = binop('+', t, v);
    return t;
  },
  copy: (s) => {
    const c = new PyCounter();
    for (const [k, e] of (s as PyDict).map) c.map.set(k, [e[0], e[1]]);
    return c;
  },
};
for (const [name, f] of Object.entries(methods)) counterType.methods.set(name, f);
counterType.statics.set(
  'fromkeys',
  new PyBuiltin('fromkeys', () => {
    throw pyErr(
      Exc.NotImplementedError,
      'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.',
    );
  }),
);
