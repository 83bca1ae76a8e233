/** Methods of the builtin types: str, list, dict, set, tuple, float, int, exceptions. */
import { callValue } from './call';
import type { PyAsyncGenerator, PyCoroutine, PyGenerator } from './coro';
import { STOP } from './coro';
import { Exc, PyError, indexError, pyErr, typeError, valueError } from './errors';
import { dictSet } from './eval';
import { strFormat } from './format';
import { getIter, toArray } from './iter';
import { checkSeqLength, cmp, contains, eq, hashKey, truthy } from './ops';
import { repr } from './repr';
import type { MethodFn, PyType, Value, PyFloat } from './values';
import { PyDict, PyExc, PyList, PyObject, PySet, PyTuple, Types, typeName } from './values';

function def(t: PyType, name: string, fn: MethodFn): void {
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

function asStr(v: Value, ctx: string): string {
  if (typeof v !== 'string') throw typeError(`${ctx} must be str, not ${typeName(v)}`);
  return v;
}

function asIndex(v: Value | undefined, def: number): number {
  if (v === undefined || v === null) return def;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
}

/** Python's `str.split()` without a separator: runs of whitespace, ends trimmed. */
function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const ws = /\s/;
  while (i < s.length) {
    while (i < s.length && ws.test(s[i]!)) i++;
    if (i >= s.length) break;
    if (maxsplit >= 0 && out.length >= maxsplit) {
      out.push(s.slice(i).replace(/\s+$/, ''));
      break;
    }
    let j = i;
    while (j < s.length && !ws.test(s[j]!)) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function strip(s: string, chars: Value | undefined, left: boolean, right: boolean): string {
  if (chars === undefined || chars === null) {
    let a = 0;
    let b = s.length;
    if (left) while (a < b && /\s/.test(s[a]!)) a++;
    if (right) while (b > a && /\s/.test(s[b - 1]!)) b--;
    return s.slice(a, b);
  }
  const set = asStr(chars, 'strip arg');
  let a = 0;
  let b = s.length;
  if (left) while (a < b && set.includes(s[a]!)) a++;
  if (right) while (b > a && set.includes(s[b - 1]!)) b--;
  return s.slice(a, b);
}

function affix(s: string, arg: Value, name: string, test: (p: string) => boolean): boolean {
  if (typeof arg === 'string') return test(arg);
  if (arg instanceof PyTuple) return arg.items.some((p) => test(asStr(p, `tuple for ${name}`)));
  throw typeError(`${name} first arg must be str or a tuple of str, not ${typeName(arg)}`);
}

function pad(name: string, s: string, args: Value[], how: 'l' | 'r' | 'c'): string {
  arity(name, args, 1, 2);
  const width = asIndex(args[0], 0);
  const fill = args[1] === undefined ? ' ' : asStr(args[1], 'fill character');
  if (fill.length !== 1) throw typeError('The fill character must be exactly one character long');
  const n = width - s.length;
  if (n <= 0) return s;
  if (how === 'l') return s + fill.repeat(n);
  if (how === 'r') return fill.repeat(n) + s;
  const left = Math.floor(n / 2) + (n & width & 1);
  return fill.repeat(left) + s + fill.repeat(n - left);
}

const S = Types.str;
def(S, 'upper', (s) => (s as string).toUpperCase());
def(S, 'lower', (s) => (s as string).toLowerCase());
def(S, 'casefold', (s) => (s as string).toLowerCase());
def(S, 'swapcase', (s) =>
  [...(s as string)]
    .map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()))
    .join(''),
);
def(S, 'title', (s) =>
  (s as string)
    .toLowerCase()
    .replace(/(^|[^a-zA-Z])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase()),
);
def(S, 'capitalize', (s) => {
  const x = s as string;
  return x.slice(0, 1).toUpperCase() + x.slice(1).toLowerCase();
});
def(S, 'strip', (s, a) => strip(s as string, a[0], true, true));
def(S, 'lstrip', (s, a) => strip(s as string, a[0], true, false));
def(S, 'rstrip', (s, a) => strip(s as string, a[0], false, true));
def(S, 'split', (s, a, kw) => {
  const sep = a[0] ?? kw?.get('sep') ?? null;
  const maxsplit = asIndex(a[1] ?? kw?.get('maxsplit'), -1);
  const x = s as string;
  if (sep === null) return new PyList(splitWhitespace(x, maxsplit));
  const sp = asStr(sep, 'must be str or None');
  if (sp === '') throw valueError('empty separator');
  const parts = x.split(sp);
  if (maxsplit >= 0 && parts.length > maxsplit + 1)
    parts.splice(maxsplit, parts.length, parts.slice(maxsplit).join(sp));
  return new PyList(parts);
});
def(S, 'rsplit', (s, a, kw) => {
  const sep = a[0] ?? kw?.get('sep') ?? null;
  const maxsplit = asIndex(a[1] ?? kw?.get('maxsplit'), -1);
  const x = s as string;
  if (maxsplit < 0) return callMethodOf(S, 'split', x, [sep]);
  if (sep === null) {
    const words = splitWhitespace(x, -1);
    if (words.length <= maxsplit + 1) return new PyList(words);
    const keep = words.slice(words.length - maxsplit);
    const headEnd = x.replace(/\s+$/, '').length - keep.join(' ').length;
    return new PyList([x.slice(0, headEnd).trim(), ...keep].filter((w, i) => i > 0 || w !== ''));
  }
  const sp = asStr(sep, 'must be str or None');
  const parts = x.split(sp);
  if (parts.length > maxsplit + 1)
    parts.splice(0, parts.length - maxsplit, parts.slice(0, parts.length - maxsplit).join(sp));
  return new PyList(parts);
});
def(
  S,
  'splitlines',
  (s) =>
    new PyList(
      (s as string).split(/\r\n|\r|\n/).filter((l, i, arr) => i < arr.length - 1 || l !== ''),
    ),
);
def(S, 'join', (s, a) => {
  arity('join', a, 1);
  return toArray(a[0]!)
    .map((x, i) => {
      if (typeof x !== 'string')
        throw typeError(`sequence item ${i}: expected str instance, ${typeName(x)} found`);
      return x;
    })
    .join(s as string);
});
def(S, 'replace', (s, a) => {
  arity('replace', a, 2, 3);
  const [old, rep] = [asStr(a[0]!, 'replace() argument 1'), asStr(a[1]!, 'replace() argument 2')];
  let count = asIndex(a[2], -1);
  const x = s as string;
  if (count < 0)
    return old === '' ? [...x].map((c) => rep + c).join('') + rep : x.split(old).join(rep);
  let out = '';
  let i = 0;
  while (count-- > 0) {
    const j = x.indexOf(old, i);
    if (j < 0) break;
    out += x.slice(i, j) + rep;
    i = j + old.length;
  }
  return out + x.slice(i);
});
def(S, 'startswith', (s, a) =>
  affix(s as string, a[0]!, 'startswith', (p) => (s as string).startsWith(p, asIndex(a[1], 0))),
);
def(S, 'endswith', (s, a) =>
  affix(s as string, a[0]!, 'endswith', (p) => (s as string).endsWith(p)),
);
def(S, 'find', (s, a) => (s as string).indexOf(asStr(a[0]!, 'find arg'), asIndex(a[1], 0)));
def(S, 'rfind', (s, a) => (s as string).lastIndexOf(asStr(a[0]!, 'rfind arg')));
def(S, 'index', (s, a) => {
  const i = (s as string).indexOf(asStr(a[0]!, 'index arg'), asIndex(a[1], 0));
  if (i < 0) throw valueError('substring not found');
  return i;
});
def(S, 'rindex', (s, a) => {
  const i = (s as string).lastIndexOf(asStr(a[0]!, 'rindex arg'));
  if (i < 0) throw valueError('substring not found');
  return i;
});
def(S, 'count', (s, a) => {
  const sub = asStr(a[0]!, 'count arg');
  const x = s as string;
  if (sub === '') return [...x].length + 1;
  return x.split(sub).length - 1;
});
def(S, 'format', (s, a, kw) => strFormat(s as string, a, kw));
def(S, 'isdigit', (s) => /^[0-9]+$/.test(s as string));
def(S, 'isnumeric', (s) => /^[0-9]+$/.test(s as string));
def(S, 'isdecimal', (s) => /^[0-9]+$/.test(s as string));
def(S, 'isalpha', (s) => /^\p{L}+$/u.test(s as string));
def(S, 'isalnum', (s) => /^[\p{L}0-9]+$/u.test(s as string));
def(S, 'isspace', (s) => /^\s+$/.test(s as string));
def(S, 'isupper', (s) => /\p{Lu}/u.test(s as string) && !/\p{Ll}/u.test(s as string));
def(S, 'islower', (s) => /\p{Ll}/u.test(s as string) && !/\p{Lu}/u.test(s as string));
def(S, 'isidentifier', (s) => /^[\p{L}_][\p{L}\p{N}_]*$/u.test(s as string));
def(S, 'center', (s, a) => pad('center', s as string, a, 'c'));
def(S, 'ljust', (s, a) => pad('ljust', s as string, a, 'l'));
def(S, 'rjust', (s, a) => pad('rjust', s as string, a, 'r'));
def(S, 'zfill', (s, a) => {
  const x = s as string;
  const w = asIndex(a[0], 0);
  if (x.length >= w) return x;
  const sign = x[0] === '-' || x[0] === '+' ? x[0] : '';
  return sign + '0'.repeat(w - x.length) + x.slice(sign.length);
});
def(S, 'partition', (s, a) => {
  const x = s as string;
  const sep = asStr(a[0]!, 'partition arg');
  const i = x.indexOf(sep);
  return new PyTuple(i < 0 ? [x, '', ''] : [x.slice(0, i), sep, x.slice(i + sep.length)]);
});
def(S, 'rpartition', (s, a) => {
  const x = s as string;
  const sep = asStr(a[0]!, 'rpartition arg');
  const i = x.lastIndexOf(sep);
  return new PyTuple(i < 0 ? ['', '', x] : [x.slice(0, i), sep, x.slice(i + sep.length)]);
});
def(S, 'removeprefix', (s, a) => {
  const p = asStr(a[0]!, 'removeprefix arg');
  return (s as string).startsWith(p) ? (s as string).slice(p.length) : s;
});
def(S, 'removesuffix', (s, a) => {
  const p = asStr(a[0]!, 'removesuffix arg');
  return p && (s as string).endsWith(p) ? (s as string).slice(0, -p.length) : s;
});

function callMethodOf(t: PyType, name: string, self: Value, args: Value[]): Value {
  return t.methods.get(name)!(self, args, null);
}

// ---- list ----

const L = Types.list;
const items = (v: Value): Value[] => (v as PyList).items;

/** Sorts in place like `list.sort(key=None, reverse=False)` (stable, `<` only). */
/**
 * Sorts `arr` (a copy; with `into`, the list takes the result, even the partial one a failed
 * comparison leaves, as CPython's list.sort does).
 */
export function sortValues(
  arr: Value[],
  kw: Map<string, Value> | null,
  into: PyList | null = null,
): Value[] {
  const key = kw?.get('key') ?? null;
  const reverse = truthy(kw?.get('reverse') ?? false);
  for (const k of kw?.keys() ?? []) {
    if (k !== 'key' && k !== 'reverse')
      throw typeError(`'${k}' is an invalid keyword argument for sort()`);
  }
  const keyed = arr.map((v) => ({ k: key === null ? v : callValue(key, [v], null), v }));
  if (reverse) keyed.reverse();
  try {
    listsort(keyed, (a, b) => cmp('<', a.k, b.k) < 0);
  } finally {
    if (reverse) keyed.reverse();
    if (into) into.items = keyed.map((x) => x.v);
  }
  return keyed.map((x) => x.v);
}

function reverseRange<T>(a: T[], lo: number, hi: number): void {
  for (hi--; lo < hi; lo++, hi--) [a[lo], a[hi]] = [a[hi]!, a[lo]!];
}

/**
 * CPython's list sort, with its comparisons in the same order (so a failing comparison is
 * the same one, operands in the same order): for fewer than 64 items, `count_run` and then
 * binary insertion, as listobject.c does; longer lists get a stable merge sort.
 */
function listsort<T>(a: T[], lt: (x: T, y: T) => boolean): void {
  const n = a.length;
  if (n < 2) return;
  if (n >= 64) {
    a.sort((x, y) => (lt(y, x) ? 1 : lt(x, y) ? -1 : 0));
    return;
  }
  // count_run: an ascending run, or a descending one (reversed in place)
  let r = 1;
  while (r < n && !lt(a[r]!, a[r - 1]!)) r++;
  if (r < n && (r === 1 || !lt(a[0]!, a[r - 1]!))) {
    if (r > 1) reverseRange(a, 0, r);
    r++;
    let neq = 0;
    const reverseLastEqual = (): void => {
      if (neq) {
        neq++;
        reverseRange(a, r - neq, r);
        neq = 0;
      }
    };
    for (; r < n; r++) {
      if (lt(a[r]!, a[r - 1]!)) reverseLastEqual();
      else if (lt(a[r - 1]!, a[r]!)) break;
      else neq++;
    }
    reverseLastEqual();
    reverseRange(a, 0, r);
    while (r < n && !lt(a[r]!, a[r - 1]!)) r++;
  }
  // binarysort: insert the rest, each at the right of its equals
  for (let ok = r; ok < n; ok++) {
    const pivot = a[ok]!;
    let lo = 0;
    let hi = ok;
    do {
      const m = (lo + hi) >> 1;
      if (lt(pivot, a[m]!)) hi = m;
      else lo = m + 1;
    } while (lo < hi);
    for (let m = ok; m > lo; m--) a[m] = a[m - 1]!;
    a[lo] = pivot;
  }
}

def(L, 'append', (s, a) => {
  arity('list.append', a, 1);
  items(s).push(a[0]!);
  return null;
});
def(L, 'extend', (s, a) => {
  arity('list.extend', a, 1);
  const it = getIter(a[0]!);
  const add: Value[] = [];
  for (let x = it.next(); x !== STOP; x = it.next()) add.push(x);
  // One push per item: spreading a long array overflows the JS stack.
  const arr = items(s);
  checkSeqLength(arr.length + add.length);
  for (const x of add) arr.push(x);
  return null;
});
def(L, 'insert', (s, a) => {
  arity('insert', a, 2);
  const arr = items(s);
  let i = asIndex(a[0], 0);
  if (i < 0) i = Math.max(0, i + arr.length);
  arr.splice(Math.min(i, arr.length), 0, a[1]!);
  return null;
});
def(L, 'pop', (s, a) => {
  arity('pop', a, 0, 1);
  const arr = items(s);
  if (arr.length === 0) throw indexError('pop from empty list');
  let i = asIndex(a[0], -1);
  if (i < 0) i += arr.length;
  if (i < 0 || i >= arr.length) throw indexError('pop index out of range');
  return arr.splice(i, 1)[0]!;
});
def(L, 'remove', (s, a) => {
  arity('list.remove', a, 1);
  const arr = items(s);
  const i = arr.findIndex((x) => eq(x, a[0]!));
  if (i < 0) throw valueError('list.remove(x): x not in list');
  arr.splice(i, 1);
  return null;
});
def(L, 'index', (s, a) => {
  const i = items(s).findIndex((x, j) => j >= asIndex(a[1], 0) && eq(x, a[0]!));
  if (i < 0) throw valueError(`${repr(a[0]!)} is not in list`);
  return i;
});
def(L, 'count', (s, a) => items(s).filter((x) => eq(x, a[0]!)).length);
def(L, 'reverse', (s) => {
  items(s).reverse();
  return null;
});
def(L, 'sort', (s, a, kw) => {
  arity('sort', a, 0, 0);
  const list = s as PyList;
  sortValues(list.items, kw, list);
  return null;
});
def(L, 'clear', (s) => {
  items(s).length = 0;
  return null;
});
def(L, 'copy', (s) => new PyList(items(s).slice()));

// ---- tuple ----

const T = Types.tuple;
def(T, 'index', (s, a) => {
  const i = (s as PyTuple).items.findIndex((x) => eq(x, a[0]!));
  if (i < 0) throw valueError('tuple.index(x): x not in tuple');
  return i;
});
def(T, 'count', (s, a) => (s as PyTuple).items.filter((x) => eq(x, a[0]!)).length);

// ---- dict ----

const D = Types.dict;
const dmap = (v: Value): PyDict['map'] => (v as PyDict).map;

/** `dict.keys()`, `.values()`, `.items()`: live views that print like CPython's. */
export class PyDictView extends PyObject {
  constructor(
    readonly dict: PyDict,
    readonly kind: 'keys' | 'values' | 'items',
  ) {
    super();
  }
  get cls() {
    return Types.iterator;
  }
  snapshot(): Value[] {
    const entries = [...this.dict.map.values()];
    if (this.kind === 'keys') return entries.map((e) => e[0]);
    if (this.kind === 'values') return entries.map((e) => e[1]);
    return entries.map((e) => new PyTuple([e[0], e[1]]));
  }
  pyRepr(): string {
    return `dict_${this.kind}([${this.snapshot().map(repr).join(', ')}])`;
  }
}

def(D, 'keys', (s) => new PyDictView(s as PyDict, 'keys'));
def(D, 'values', (s) => new PyDictView(s as PyDict, 'values'));
def(D, 'items', (s) => new PyDictView(s as PyDict, 'items'));
def(D, 'get', (s, a) => {
  arity('get', a, 1, 2);
  const e = dmap(s).get(hashKey(a[0]!));
  return e ? e[1] : (a[1] ?? null);
});
def(D, 'pop', (s, a) => {
  arity('pop', a, 1, 2);
  const k = hashKey(a[0]!);
  const e = dmap(s).get(k);
  if (!e) {
    if (a.length > 1) return a[1]!;
    throw new PyError(new PyExc(Exc.KeyError, [a[0]!]));
  }
  dmap(s).delete(k);
  return e[1];
});
def(D, 'popitem', (s) => {
  const last = [...dmap(s).entries()].pop();
  if (!last) throw new PyError(new PyExc(Exc.KeyError, ['popitem(): dictionary is empty']));
  dmap(s).delete(last[0]);
  return new PyTuple(last[1]);
});
def(D, 'setdefault', (s, a) => {
  const k = hashKey(a[0]!);
  const e = dmap(s).get(k);
  if (e) return e[1];
  dmap(s).set(k, [a[0]!, a[1] ?? null]);
  return a[1] ?? null;
});
def(D, 'update', (s, a, kw) => {
  if (a[0] !== undefined) updateDict(s as PyDict, a[0]);
  for (const [k, v] of kw ?? []) dictSet(s as PyDict, k, v);
  return null;
});
def(D, 'clear', (s) => {
  dmap(s).clear();
  return null;
});
def(D, 'copy', (s) => {
  const d = new PyDict();
  for (const [k, e] of dmap(s)) d.map.set(k, [e[0], e[1]]);
  return d;
});

/** `dict.update(other)`: a dict, or an iterable of pairs. */
export function updateDict(d: PyDict, src: Value): void {
  if (src instanceof PyDict) {
    for (const [k, v] of src.map.values()) dictSet(d, k, v);
    return;
  }
  toArray(src).forEach((pair, i) => {
    const kv = toArray(pair);
    if (kv.length !== 2) {
      throw valueError(
        `dictionary update sequence element #${i} has length ${kv.length}; 2 is required`,
      );
    }
    dictSet(d, kv[0]!, kv[1]!);
  });
}

// ---- set ----

const St = Types.set;
const smap = (v: Value): PySet['map'] => (v as PySet).map;
def(St, 'add', (s, a) => {
  arity('set.add', a, 1);
  const k = hashKey(a[0]!);
  if (!smap(s).has(k)) smap(s).set(k, a[0]!);
  return null;
});
def(St, 'remove', (s, a) => {
  const k = hashKey(a[0]!);
  if (!smap(s).has(k)) throw new PyError(new PyExc(Exc.KeyError, [a[0]!]));
  smap(s).delete(k);
  return null;
});
def(St, 'discard', (s, a) => {
  smap(s).delete(hashKey(a[0]!));
  return null;
});
def(St, 'pop', (s) => {
  const first = smap(s).entries().next();
  if (first.done) throw new PyError(new PyExc(Exc.KeyError, ['pop from an empty set']));
  smap(s).delete(first.value[0]);
  return first.value[1];
});
def(St, 'clear', (s) => {
  smap(s).clear();
  return null;
});
def(St, 'copy', (s) => {
  const out = new PySet();
  for (const [k, v] of smap(s)) out.map.set(k, v);
  return out;
});
def(St, 'update', (s, a) => {
  for (const src of a)
    for (const v of toArray(src)) if (!smap(s).has(hashKey(v))) smap(s).set(hashKey(v), v);
  return null;
});
const setOf = (v: Value): PySet => {
  if (v instanceof PySet) return v;
  const out = new PySet();
  for (const x of toArray(v)) if (!out.map.has(hashKey(x))) out.map.set(hashKey(x), x);
  return out;
};
def(St, 'union', (s, a) => {
  const out = new PySet();
  for (const [k, v] of smap(s)) out.map.set(k, v);
  for (const src of a) for (const [k, v] of setOf(src).map) if (!out.map.has(k)) out.map.set(k, v);
  return out;
});
def(St, 'intersection', (s, a) => {
  const out = new PySet();
  for (const [k, v] of smap(s)) if (a.every((o) => setOf(o).map.has(k))) out.map.set(k, v);
  return out;
});
def(St, 'difference', (s, a) => {
  const out = new PySet();
  for (const [k, v] of smap(s)) if (!a.some((o) => setOf(o).map.has(k))) out.map.set(k, v);
  return out;
});
def(St, 'symmetric_difference', (s, a) => {
  const o = setOf(a[0]!);
  const out = new PySet();
  for (const [k, v] of smap(s)) if (!o.map.has(k)) out.map.set(k, v);
  for (const [k, v] of o.map) if (!smap(s).has(k)) out.map.set(k, v);
  return out;
});
def(St, 'issubset', (s, a) => [...smap(s).keys()].every((k) => setOf(a[0]!).map.has(k)));
def(St, 'issuperset', (s, a) => [...setOf(a[0]!).map.keys()].every((k) => smap(s).has(k)));
def(St, 'isdisjoint', (s, a) => ![...smap(s).keys()].some((k) => setOf(a[0]!).map.has(k)));
for (const name of [
  'copy',
  'union',
  'intersection',
  'difference',
  'symmetric_difference',
  'issubset',
  'issuperset',
  'isdisjoint',
]) {
  Types.frozenset.methods.set(name, St.methods.get(name)!);
}

// ---- numbers and exceptions ----

def(Types.float, 'is_integer', (s) => Number.isInteger((s as PyFloat).v));
def(Types.int, 'bit_length', (s) => {
  const n = typeof s === 'boolean' ? (s ? 1 : 0) : (s as number | bigint);
  return n === 0 || n === 0n ? 0 : (n < 0 ? -BigInt(n) : BigInt(n)).toString(2).length;
});
def(Exc.BaseException, 'add_note', (s, a) => {
  const e = s as PyExc;
  (e.notes ??= []).push(asStr(a[0]!, 'note'));
  return null;
});
def(Exc.BaseException, 'with_traceback', (s) => s);

export { contains, pyErr };

// ---- generators ----

const AG = Types.async_generator;
def(AG, '__anext__', (s) => (s as PyAsyncGenerator).anext());
def(AG, 'aclose', (s) => (s as PyAsyncGenerator).aclose());
def(AG, '__aiter__', (s) => s);
const G = Types.generator;
def(G, 'send', (s, a) => {
  const x = (s as PyGenerator).next(a[0] ?? null);
  if (x === STOP) throw new PyError(new PyExc(Exc.StopIteration, []));
  return x;
});
def(G, '__next__', (s) => {
  const x = (s as PyGenerator).next();
  if (x === STOP) throw new PyError(new PyExc(Exc.StopIteration, []));
  return x;
});
def(G, 'close', (s) => {
  (s as PyGenerator).finished = true;
  return null;
});
def(Types.coroutine, 'close', (s) => {
  (s as PyCoroutine).state = 'closed';
  return null;
});
