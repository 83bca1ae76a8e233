/**
 * `vars()`, `globals()`, `locals()` and `obj.__dict__`: a namespace seen as a dict.
 *
 * CPython hands out the namespace itself (an instance's `__dict__`, the module's dict), so
 * a change made through the dict shows as an attribute or a variable and the other way
 * round. Our namespaces are `Map<string, Value>`s, so the dict is a live view of one
 * (`NamespaceMap`, what `PyDict.map` is for it). Where ours differs from CPython's the
 * view refuses: a key that is not a str, and for the module the names CPython's module
 * dict holds and ours does not (`__builtins__`, `__file__`...), which also rules out
 * listing it (its length, iteration, repr, comparison, copies).
 */
import { NotSupportedError } from './errors';
import { rt } from './runtime';
import type { Value } from './values';
import { PyDict } from './values';

type Entry = [Value, Value];

/**
 * A dict entry `[key, value]` that reads and writes the namespace: dict code updates a
 * present key in place (`entry[1] = v`).
 */
class LiveEntry {
  readonly length = 2;
  readonly 0: string;
  /** The value when last seen: what `pop` returns after deleting the key. */
  private last: Value;
  constructor(
    private readonly ns: Map<string, Value>,
    key: string,
  ) {
    this[0] = key;
    this.last = ns.get(key) ?? null;
  }
  get 1(): Value {
    const v = this.ns.get(this[0]);
    if (v !== undefined) this.last = v;
    return this.last;
  }
  set 1(v: Value) {
    this.last = v;
    this.ns.set(this[0], v);
  }
  *[Symbol.iterator](): Generator<Value> {
    yield this[0];
    yield this[1];
  }
}

const entry = (ns: Map<string, Value>, k: string): Entry =>
  new LiveEntry(ns, k) as unknown as Entry;

/** A `PyDict.map` whose entries are a namespace's, live. */
class NamespaceMap implements Map<unknown, Entry> {
  constructor(
    readonly namespace: Map<string, Value>,
    /** The module's: only keys can be used, not the whole (see the file comment). */
    private readonly partial: boolean,
  ) {}

  private key(k: unknown): string {
    if (typeof k !== 'string')
      throw new NotSupportedError('a key that is not a str in a namespace dict', '[');
    if (this.partial && k.startsWith('__') && k.endsWith('__') && k !== '__name__')
      throw new NotSupportedError(`globals()['${k}']`, 'globals');
    return k;
  }

  private whole(): void {
    if (this.partial)
      throw new NotSupportedError(
        "listing globals() (CPython's module dict holds the interpreter's names too)",
        'globals',
      );
  }

  get size(): number {
    this.whole();
    return this.namespace.size;
  }
  get(k: unknown): Entry | undefined {
    const key = this.key(k);
    return this.namespace.has(key) ? entry(this.namespace, key) : undefined;
  }
  has(k: unknown): boolean {
    return this.namespace.has(this.key(k));
  }
  set(k: unknown, e: Entry): this {
    this.namespace.set(this.key(k), e[1]);
    return this;
  }
  delete(k: unknown): boolean {
    return this.namespace.delete(this.key(k));
  }
  clear(): void {
    this.whole();
    this.namespace.clear();
  }
  *entries(): MapIterator<[unknown, Entry]> {
    this.whole();
    for (const k of this.namespace.keys()) yield [k, entry(this.namespace, k)];
  }
  keys(): MapIterator<unknown> {
    this.whole();
    return this.namespace.keys();
  }
  *values(): MapIterator<Entry> {
    this.whole();
    for (const k of this.namespace.keys()) yield entry(this.namespace, k);
  }
  forEach(cb: (e: Entry, k: unknown, m: Map<unknown, Entry>) => void): void {
    for (const [k, e] of this.entries()) cb(e, k, this);
  }
  [Symbol.iterator](): MapIterator<[unknown, Entry]> {
    return this.entries();
  }
  get [Symbol.toStringTag](): string {
    return 'NamespaceMap';
  }
}

/** The namespace a dict is a view of, if it is one. */
export function namespaceOf(d: PyDict): Map<string, Value> | null {
  return d.map instanceof NamespaceMap ? d.map.namespace : null;
}

/** The dict that is namespace `ns` (one per namespace: `vars(a) is vars(a)`). */
export function namespaceDict(ns: Map<string, Value>, partial: boolean): PyDict {
  const seen = rt().namespaceDicts;
  let d = seen.get(ns);
  if (!d) {
    d = new PyDict(new NamespaceMap(ns, partial));
    seen.set(ns, d);
  }
  return d;
}

/** `globals()`: the module's namespace (one module: the program). */
export function globalsDict(): PyDict {
  const g = rt().moduleGlobals;
  if (!g) throw new NotSupportedError('globals() after the program ended', 'globals');
  return namespaceDict(g, true);
}

/** `locals()` (and `vars()`): the module's namespace at the top level; refused in a function. */
export function localsDict(): PyDict {
  const r = rt();
  const top = r.frames[r.frames.length - 1];
  if (r.current !== null || !top || top.def.kind !== 'module')
    throw new NotSupportedError('locals() or vars() inside a function', 'locals');
  return globalsDict();
}
