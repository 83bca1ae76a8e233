/**
 * `functools.lru_cache` and `functools.cache`: the C `_lru_cache_wrapper` (its key, its
 * hit and miss counts, least-recently-used eviction), `cache_info()` as a `CacheInfo`
 * named tuple. The wrapper binds as a method does, so it caches methods too.
 */
import { fakeAddress } from '../address';
import { hashKey } from '../compare';
import { Exc, NotSupportedError, PyError, attributeError, typeError } from '../errors';
import { dictSet } from '../dicts';
import { def } from '../method-args';
import { truthy } from '../ops';
import { callValue, getAttr, isCallable } from '../protocol';
import type { Value } from '../values';
import {
  PyBoundMethod,
  PyBuiltin,
  PyDict,
  PyFunction,
  PyObject,
  PyTuple,
  PyType,
  Types,
  typeOf,
} from '../values';
import { NamedTupleType, PyNamedTuple } from '../collections/namedtuple';
import { pyFunctionArgs } from './py-args';
import type { DeepPlan } from '../slots';

const cacheInfoType = new NamedTupleType(
  'CacheInfo',
  ['hits', 'misses', 'maxsize', 'currsize'],
  [],
  'functools',
);

const wrapperType = new PyType('_lru_cache_wrapper', Types.object, null, 'functools');

/** What separates the positional arguments from the keyword ones in a key (`kwd_mark`). */
class KwdMark extends PyObject {
  get cls(): PyType {
    return Types.object;
  }
}
const KWD_MARK = new KwdMark();

/** The attributes `update_wrapper` copies from the wrapped function. */
const ASSIGNED = ['__module__', '__name__', '__qualname__', '__doc__'];

export class LruWrapper extends PyObject {
  /** Results by key, least recently used first. */
  readonly cache = new Map<unknown, Value>();
  hits = 0;
  misses = 0;
  readonly attrs = new Map<string, Value>();
  constructor(
    readonly func: Value,
    readonly maxsize: number | null,
    /** As given (`cache_parameters()` shows it); its truth is what counts. */
    readonly typedArg: Value,
  ) {
    super();
    for (const name of ASSIGNED) {
      try {
        this.attrs.set(name, getAttr(func, name));
      } catch (e) {
        if (!(e instanceof PyError && e.exc.type.isSubclassOf(Exc.AttributeError))) throw e;
      }
    }
    this.attrs.set('__wrapped__', func);
    this.typed = truthy(typedArg);
  }
  readonly typed: boolean;
  get cls(): PyType {
    return wrapperType;
  }
  /** `lru_cache_make_key`: one int or str argument is its own key, else a tuple. */
  private key(args: Value[], kw: Map<string, Value> | null): Value {
    if (!this.typed && !kw?.size) {
      const one = args.length === 1 ? args[0]! : undefined;
      if (typeof one === 'string' || typeof one === 'number' || typeof one === 'bigint') return one;
      return new PyTuple(args);
    }
    const items: Value[] = [...args];
    if (kw?.size) {
      items.push(KWD_MARK);
      for (const [k, v] of kw) items.push(k, v);
    }
    if (this.typed) {
      for (const v of args) items.push(typeOf(v));
      for (const v of kw?.values() ?? []) items.push(typeOf(v));
    }
    return new PyTuple(items);
  }
  pyCall(args: Value[], kw: Map<string, Value> | null): Value {
    if (this.maxsize === 0) {
      this.misses++;
      return callValue(this.func, args, kw);
    }
    const k = hashKey(this.key(args, kw));
    const hit = this.lookup(k);
    if (hit !== undefined) return hit;
    this.misses++;
    return this.store(k, callValue(this.func, args, kw));
  }
  /**
   * A call from a deep frame (deep.ts): the cached result, or the plain Python function to
   * call on the deep stack and what to do with its result, so that recursion through the
   * cache needs no JS stack. Null: call it the ordinary way.
   */
  pyDeepCall(args: Value[], kw: Map<string, Value> | null): DeepPlan | null {
    const f = this.func;
    if (this.maxsize === 0 || !(f instanceof PyFunction) || f.def.isAsync || f.def.isGenerator)
      return null;
    const k = hashKey(this.key(args, kw));
    const hit = this.lookup(k);
    if (hit !== undefined) return { value: hit };
    this.misses++;
    return { fn: f, done: (result) => this.store(k, result) };
  }
  private lookup(k: unknown): Value | undefined {
    const hit = this.cache.get(k);
    if (hit === undefined) return undefined;
    this.hits++;
    if (this.maxsize !== null) {
      this.cache.delete(k);
      this.cache.set(k, hit);
    }
    return hit;
  }
  /** After a miss and the call: keeps its result. */
  private store(k: unknown, result: Value): Value {
    if (this.maxsize === null) this.cache.set(k, result);
    else if (!this.cache.has(k)) {
      // (a key the call itself added is left where it is, as CPython does)
      if (this.cache.size >= this.maxsize) this.cache.delete(this.cache.keys().next().value);
      this.cache.set(k, result);
    }
    return result;
  }
  /** Its `__qualname__` (copied from the function), for a bound method's repr. */
  pyQualname(): string | null {
    const q = this.attrs.get('__qualname__') ?? this.attrs.get('__name__');
    return typeof q === 'string' ? q : null;
  }
  /** As a class attribute, read from an instance: a bound method. */
  pyBind(obj: Value): Value {
    return new PyBoundMethod(this, obj);
  }
  pyRepr(): string {
    return `<functools._lru_cache_wrapper object at ${fakeAddress(this)}>`;
  }
}

const self = (v: Value): LruWrapper => v as LruWrapper;
def(wrapperType, 'cache_info', (w) => {
  const s = self(w);
  return new PyNamedTuple(cacheInfoType, [s.hits, s.misses, s.maxsize, s.cache.size]);
});
def(wrapperType, 'cache_clear', (w) => {
  const s = self(w);
  s.cache.clear();
  s.hits = s.misses = 0;
  return null;
});
def(wrapperType, 'cache_parameters', (w) => {
  const d = new PyDict();
  dictSet(d, 'maxsize', self(w).maxsize);
  dictSet(d, 'typed', self(w).typedArg);
  return d;
});
for (const name of [...ASSIGNED, '__wrapped__'])
  wrapperType.props.set(name, (w) => {
    const v = self(w).attrs.get(name);
    if (v !== undefined) return v;
    // the simulator's builtins lack some of what CPython's have (`print.__doc__`)
    if (!(self(w).func instanceof PyFunction))
      throw new NotSupportedError(`the lru_cache wrapper's .${name}`, `.${name}`);
    throw getAttrError(name);
  });

function getAttrError(name: string): PyError {
  return attributeError(`'functools._lru_cache_wrapper' object has no attribute '${name}'`);
}

function wrap(f: Value, maxsize: number | null, typed: Value): LruWrapper {
  if (!isCallable(f)) throw typeError('the first argument must be callable');
  return new LruWrapper(f, maxsize, typed);
}

const lruCache = new PyBuiltin(
  'lru_cache',
  (a, kw) => {
    const [maxsizeArg = 128, typedArg = false] = pyFunctionArgs(
      'lru_cache',
      a,
      kw,
      ['maxsize', 'typed'],
      0,
    );
    let maxsize: number | null;
    if (typeof maxsizeArg === 'number' || typeof maxsizeArg === 'boolean')
      maxsize = Math.max(0, Number(maxsizeArg));
    else if (typeof maxsizeArg === 'bigint')
      maxsize = maxsizeArg < 0n ? 0 : Number.MAX_SAFE_INTEGER;
    else if (isCallable(maxsizeArg) && typeof typedArg === 'boolean')
      return wrap(maxsizeArg, 128, typedArg);
    else if (maxsizeArg !== null)
      throw typeError('Expected first argument to be an integer, a callable, or None');
    else maxsize = null;
    return new PyBuiltin(
      'decorating_function',
      (d, dkw) => {
        const [f] = pyFunctionArgs('decorating_function', d, dkw, ['user_function'], 1);
        return wrap(f!, maxsize, typedArg);
      },
      undefined,
      'function',
    );
  },
  undefined,
  'function',
);

const cache = new PyBuiltin(
  'cache',
  (a, kw) => {
    const [f] = pyFunctionArgs('cache', a, kw, ['user_function'], 1, 1);
    return wrap(f!, null, false);
  },
  undefined,
  'function',
);

/** functools' attributes from this file. */
export const lruCacheAttrs: Record<string, Value> = { lru_cache: lruCache, cache };
