/** The modules a program can import (asyncio, random, time, ...), and the table that lists them. */
import type { Stmt } from '../python/ast';
import { makeAsyncioModule } from './asyncio/module';
import { makeCollections } from './collections/module';
import { makeDataclasses } from './dataclasses/module';
import { makeEnumModule } from './enum/module';
import { makeFunctools } from './functools/module';
import { makeFuture } from './lib/future';
import { makeItertools } from './itertools/module';
import { makeHeapq } from './heapq/module';
import { makeBisect } from './lib/bisect';
import { makeString } from './lib/string';
import { makeOperator } from './operator/module';
import { makeContextvars } from './lib/contextvars';
import { makeMath } from './lib/math';
import { randomExtras } from './lib/random-extra';
import { makeSys } from './lib/sys';
import { makeTypingModule } from './lib/typing-generic';
import { Exc, NotSupportedError, pyErr, typeError } from './errors';
import { fromLibError } from './format';
import { getItem, setItem } from './protocol';
import { toArray } from './iter';
import { activeLoop } from './loop';
import { float, newIntBits } from './num-ops';
import { rt } from './runtime';
import type { NativeFn, Value } from './values';
import { PyBuiltin, PyFloat, PyList, PyModule, typeName } from './values';
import { asFloat } from './num-ops';
import { len } from './builtins';
import { refuseModuleAttr } from './support';
import { makeContextlib } from './contextlib';

function lib<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw fromLibError(e);
  }
}

function intArg(v: Value | undefined, fn: string): number | bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw typeError(`${fn}: '${typeName(v ?? null)}' object cannot be interpreted as an integer`);
}

/**
 * The module's functions that CPython writes in Python: `random`'s are bound methods of its
 * hidden `Random` instance, but for `random` and `getrandbits` (C methods).
 */
const PYTHON_LEVEL: Readonly<Record<string, (name: string) => 'function' | 'method' | 'builtin'>> =
  {
    random: (n) => (n === 'random' || n === 'getrandbits' ? 'builtin' : 'method'),
  };

function module(name: string, fns: Record<string, NativeFn>): PyModule {
  const attrs = new Map<string, Value>();
  const kind = PYTHON_LEVEL[name];
  for (const [k, f] of Object.entries(fns))
    attrs.set(k, new PyBuiltin(k, f, undefined, kind ? kind(k) : 'builtin'));
  return new PyModule(name, attrs);
}

function makeRandom(): PyModule {
  const rnd = () => rt().random;
  return module('random', {
    seed: (a) => {
      const v = a[0] ?? null;
      if (v === null) throw new NotSupportedError('random.seed(None)', 'seed');
      if (v instanceof PyFloat) rnd().seedFloat(v.v);
      else if (typeof v === 'boolean') rnd().seed(v ? 1 : 0);
      else if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'string')
        lib(() => rnd().seed(v));
      else
        throw typeError(
          'The only supported seed types are: None, int, float, str, bytes, and bytearray.',
        );
      return null;
    },
    random: () => float(rnd().random()),
    randint: (a) => lib(() => rnd().randint(intArg(a[0], 'randint'), intArg(a[1], 'randint'))),
    randrange: (a) =>
      lib(() =>
        rnd().randrange(
          intArg(a[0], 'randrange'),
          a[1] === undefined ? undefined : a[1] === null ? null : intArg(a[1], 'randrange'),
          a[2] === undefined ? undefined : intArg(a[2], 'randrange'),
        ),
      ),
    uniform: (a) => float(rnd().uniform(asFloat(a[0]!) ?? 0, asFloat(a[1]!) ?? 0)),
    choice: (a) => {
      const seq = a[0]!;
      return getItem(
        seq,
        lib(() => rnd().choice(len(seq))),
      );
    },
    shuffle: (a) => {
      const list = a[0];
      if (!(list instanceof PyList))
        throw typeError(`'${typeName(list ?? null)}' object does not support item assignment`);
      const items = toArray(list);
      lib(() => rnd().shuffle(items));
      items.forEach((v, i) => setItem(list, i, v));
      return null;
    },
    getrandbits: (a) => {
      const k = intArg(a[0], 'getrandbits');
      // Past the integer size limit (CPython's own bound, a C int, comes first).
      if (typeof k === 'number' && k <= 0x7fffffff) newIntBits(k);
      return lib(() => rnd().getrandbits(k));
    },
    ...randomExtras,
  });
}

function makeTime(): PyModule {
  const now = (): Value => float(rt().time);
  return module('time', {
    perf_counter: now,
    monotonic: now,
    time: now,
    sleep: (a) => {
      const s = asFloat(a[0] ?? null);
      if (s === null)
        throw typeError(`'${typeName(a[0] ?? null)}' object cannot be interpreted as an integer`);
      if (s < 0) throw pyErr(Exc.ValueError, 'sleep length must be non-negative');
      if (Number.isNaN(s)) throw pyErr(Exc.ValueError, 'Invalid value NaN (not a number)');
      if (s === Infinity)
        throw pyErr(Exc.OverflowError, 'timestamp out of range for platform time_t');
      const r = rt();
      const loop = activeLoop();
      if (loop) loop.blockingSleep(s);
      else {
        const from = r.time;
        r.time += s;
        r.checkTime();
        r.emit({ type: 'clock', t: r.time, from, why: 'sleep' });
      }
      return null;
    },
  });
}

/**
 * The builtin-module table, as CPython's `PyImport_Inittab`: each importable module and
 * the function that makes it. A module is made on its first import in a run and kept in
 * the run's `Runtime.modules` (random's state lives in the runtime too).
 */
const BUILTIN_MODULES: Readonly<Record<string, () => PyModule>> = {
  __future__: makeFuture,
  asyncio: makeAsyncioModule,
  bisect: makeBisect,
  collections: makeCollections,
  contextlib: makeContextlib,
  contextvars: makeContextvars,
  dataclasses: makeDataclasses,
  enum: makeEnumModule,
  functools: makeFunctools,
  heapq: makeHeapq,
  itertools: makeItertools,
  math: makeMath,
  operator: makeOperator,
  random: makeRandom,
  string: makeString,
  sys: makeSys,
  time: makeTime,
  typing: makeTypingModule,
};

export const KNOWN_MODULES: readonly string[] = Object.keys(BUILTIN_MODULES);

const attrNames = new Map<string, ReadonlySet<string>>();

/** The names the simulator's module `name` has (made once: module makers are pure). */
export function moduleAttrNames(name: string): ReadonlySet<string> {
  let names = attrNames.get(name);
  if (!names) {
    const make = Object.hasOwn(BUILTIN_MODULES, name) ? BUILTIN_MODULES[name] : undefined;
    names = new Set(make ? make().attrs.keys() : []);
    attrNames.set(name, names);
  }
  return names;
}

export function importModule(name: string, at: Stmt): PyModule {
  const modules = rt().modules;
  let m = modules.get(name);
  if (!m) {
    const make = Object.hasOwn(BUILTIN_MODULES, name) ? BUILTIN_MODULES[name] : undefined;
    if (!make) throw pyErr(Exc.ModuleNotFoundError, `No module named '${name}' (line ${at.line})`);
    m = make();
    modules.set(name, m);
  }
  return m;
}

export function importFrom(module: string, name: string, at: Stmt): Value {
  const m = importModule(module, at);
  const v = m.attrs.get(name);
  if (v === undefined) refuseModuleAttr(module, name);
  if (v === undefined)
    throw pyErr(Exc.ImportError, `cannot import name '${name}' from '${module}'`);
  return v;
}
