/** `collections.deque`: a double-ended queue, optionally bounded by `maxlen`. */
import { STOP } from '../coro';
import { eq } from '../compare';
import { indexError, runtimeError, typeError, valueError } from '../errors';
import { PyIterator, toArray } from '../iter';
import { arity } from '../method-args';
import { repr } from '../repr';
import type { MethodFn, Value } from '../values';
import { PyObject, PyType, Types, typeName } from '../values';
import { makeSubscriptable } from '../lib/typing';

export const dequeType = new PyType('deque', Types.object, null, 'collections');
makeSubscriptable(dequeType);

function index(v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  throw typeError(`sequence index must be integer, not '${typeName(v)}'`);
}

function intArg(v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
}

export class PyDeque extends PyObject {
  /** Bumped by every change, so that an iterator can see one (CPython's `state`). */
  private state = 0;
  constructor(
    public items: Value[],
    readonly maxlen: number | null,
  ) {
    super();
    // made as by appending each item: a bounded deque keeps the last ones
    this.trim(true);
  }
  get cls(): PyType {
    return dequeType;
  }
  /** `hash(deque)`: CPython's TypeError. */
  readonly pyUnhashable = 'collections.deque';
  changed(): void {
    this.state++;
  }
  /** Drops from the other end what a bounded deque cannot hold. */
  trim(fromLeft: boolean): void {
    if (this.maxlen === null) return;
    const over = this.items.length - this.maxlen;
    if (over <= 0) return;
    if (fromLeft) this.items.splice(0, over);
    else this.items.length = this.maxlen;
  }
  pyLen(): number {
    return this.items.length;
  }
  pyIter(): PyIterator {
    const state = this.state;
    let i = 0;
    return new PyIterator(() => {
      if (this.state !== state) throw runtimeError('deque mutated during iteration');
      return i < this.items.length ? this.items[i++]! : STOP;
    }, '_collections._deque_iterator');
  }
  /** `reversed(d)`: from the right end, with the same check for changes. */
  pyReversed(): PyIterator {
    const state = this.state;
    let i = this.items.length - 1;
    return new PyIterator(() => {
      if (this.state !== state) throw runtimeError('deque mutated during iteration');
      return i >= 0 ? this.items[i--]! : STOP;
    }, 'collections._deque_reverse_iterator');
  }
  private at(idx: Value): number {
    const i = index(idx);
    const j = i < 0 ? i + this.items.length : i;
    if (j < 0 || j >= this.items.length) throw indexError('deque index out of range');
    return j;
  }
  pyGetItem(idx: Value): Value {
    return this.items[this.at(idx)]!;
  }
  pySetItem(idx: Value, v: Value): void {
    this.items[this.at(idx)] = v;
  }
  pyDelItem(idx: Value): void {
    this.items.splice(this.at(idx), 1);
    this.changed();
  }
  pyEq(other: Value): boolean | undefined {
    if (!(other instanceof PyDeque)) return undefined;
    if (other.items.length !== this.items.length) return false;
    return this.items.every((x, i) => eq(x, other.items[i]!));
  }
  pyBinop(op: string, other: Value, inplace: boolean): Value | undefined {
    if (op === '+') {
      if (!(other instanceof PyDeque)) {
        if (inplace) {
          extend(this, toArray(other));
          return this;
        }
        throw typeError(`can only concatenate deque (not "${typeName(other)}") to deque`);
      }
      if (inplace) {
        extend(this, other.items.slice());
        return this;
      }
      const d = new PyDeque(this.items.concat(other.items), this.maxlen);
      return d;
    }
    if (op === '*' && (typeof other === 'number' || typeof other === 'boolean')) {
      const n = Math.max(0, Number(other));
      const out: Value[] = [];
      for (let i = 0; i < n; i++) out.push(...this.items);
      if (inplace) {
        this.items = out;
        this.trim(true);
        this.changed();
        return this;
      }
      return new PyDeque(out, this.maxlen);
    }
    return undefined;
  }
  pyRepr(): string {
    const body = `[${this.items.map(repr).join(', ')}]`;
    return this.maxlen === null ? `deque(${body})` : `deque(${body}, maxlen=${this.maxlen})`;
  }
}

function extend(d: PyDeque, items: Value[]): void {
  for (const x of items) d.items.push(x);
  d.trim(true);
  d.changed();
}

dequeType.construct = (a, kw) => {
  const args = [...a];
  for (const [k, v] of kw ?? []) {
    if (k === 'iterable') args[0] = v;
    else if (k === 'maxlen') args[1] = v;
    else throw typeError(`deque() got an unexpected keyword argument '${k}'`);
  }
  if (a.length > 2) throw typeError(`deque expected at most 2 arguments, got ${a.length}`);
  const m = args[1];
  let maxlen: number | null = null;
  if (m !== undefined && m !== null) {
    if (typeof m !== 'number' && typeof m !== 'boolean' && typeof m !== 'bigint')
      throw typeError('an integer is required');
    maxlen = Number(m);
    if (maxlen < 0) throw valueError('maxlen must be non-negative');
  }
  return new PyDeque(args[0] === undefined ? [] : toArray(args[0]), maxlen);
};
dequeType.props.set('maxlen', (d) => (d as PyDeque).maxlen);

const methods: Record<string, MethodFn> = {
  append: (s, a) => {
    arity('append', a, 1);
    extend(s as PyDeque, [a[0]!]);
    return null;
  },
  appendleft: (s, a) => {
    arity('appendleft', a, 1);
    const d = s as PyDeque;
    d.items.unshift(a[0]!);
    d.trim(false);
    d.changed();
    return null;
  },
  pop: (s, a) => {
    arity('pop', a, 0);
    const d = s as PyDeque;
    if (!d.items.length) throw indexError('pop from an empty deque');
    d.changed();
    return d.items.pop()!;
  },
  popleft: (s, a) => {
    arity('popleft', a, 0);
    const d = s as PyDeque;
    if (!d.items.length) throw indexError('pop from an empty deque');
    d.changed();
    return d.items.shift()!;
  },
  extend: (s, a) => {
    arity('extend', a, 1);
    extend(s as PyDeque, toArray(a[0]!));
    return null;
  },
  extendleft: (s, a) => {
    arity('extendleft', a, 1);
    const d = s as PyDeque;
    for (const x of toArray(a[0]!)) d.items.unshift(x);
    d.trim(false);
    d.changed();
    return null;
  },
  rotate: (s, a) => {
    arity('rotate', a, 0, 1);
    const d = s as PyDeque;
    const n = d.items.length;
    if (n > 1) {
      const k = ((intArg(a[0] ?? 1) % n) + n) % n;
      if (k) d.items = d.items.slice(n - k).concat(d.items.slice(0, n - k));
    }
    d.changed();
    return null;
  },
  clear: (s, a) => {
    arity('clear', a, 0);
    (s as PyDeque).items = [];
    (s as PyDeque).changed();
    return null;
  },
  copy: (s, a) => {
    arity('copy', a, 0);
    return new PyDeque((s as PyDeque).items.slice(), (s as PyDeque).maxlen);
  },
  count: (s, a) => {
    arity('count', a, 1);
    return (s as PyDeque).items.filter((x) => eq(x, a[0]!)).length;
  },
  index: (s, a) => {
    arity('index', a, 1, 3);
    const d = s as PyDeque;
    const n = d.items.length;
    const norm = (v: Value | undefined, def: number) => {
      if (v === undefined) return def;
      const i = intArg(v);
      return i < 0 ? Math.max(0, i + n) : Math.min(i, n);
    };
    for (let i = norm(a[1], 0), end = norm(a[2], n); i < end; i++)
      if (eq(d.items[i]!, a[0]!)) return i;
    throw valueError(`${repr(a[0]!)} is not in deque`);
  },
  remove: (s, a) => {
    arity('remove', a, 1);
    const d = s as PyDeque;
    const i = d.items.findIndex((x) => eq(x, a[0]!));
    if (i < 0) throw valueError(`${repr(a[0]!)} is not in deque`);
    d.items.splice(i, 1);
    d.changed();
    return null;
  },
  insert: (s, a) => {
    arity('insert', a, 2);
    const d = s as PyDeque;
    if (d.maxlen !== null && d.items.length >= d.maxlen)
      throw indexError('deque already at its maximum size');
    const n = d.items.length;
    let i = intArg(a[0]!);
    i = i < 0 ? Math.max(0, i + n) : Math.min(i, n);
    d.items.splice(i, 0, a[1]!);
    d.changed();
    return null;
  },
  reverse: (s, a) => {
    arity('reverse', a, 0);
    (s as PyDeque).items.reverse();
    (s as PyDeque).changed();
    return null;
  },
};
for (const [name, f] of Object.entries(methods)) dequeType.methods.set(name, f);
