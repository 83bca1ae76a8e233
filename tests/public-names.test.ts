/**
 * Never silently wrong, checked against CPython itself: every public name of each module
 * the simulator supports (asyncio, collections, contextvars, functools, math, random,
 * sys, time, typing), of builtins, and of the builtin types
 * (from CPython 3.13's `dir()`, tests/oracle/public_names.py) is either implemented by the
 * simulator or refused with a located NotSupported diagnostic: statically for a module
 * attribute or a builtin, at run time (uncatchable) for an attribute of a value. And the
 * table the simulator refuses from (src/engine/cpython-names.ts) is CPython's own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { builtins } from '../src/engine/builtins-registry';
import { CPYTHON_MODULE_NAMES, CPYTHON_TYPE_NAMES } from '../src/engine/cpython-names';
import { KNOWN_MODULES, moduleAttrNames } from '../src/engine/modules';
import { runProgram } from '../src/engine/run';
import type { RunResult } from '../src/engine/run';
import { publicNamesFromCPython } from './oracle/oracle';
import type { PublicNames } from './oracle/oracle';

let cpython: PublicNames;
beforeAll(async () => {
  cpython = await publicNamesFromCPython();
}, 120_000);

const KEYWORDS = new Set(['True', 'False', 'None']);
/** Names every module has as a global before its first line, shadowing builtins'. */
const MODULE_GLOBALS = new Set(['__name__']);

/** A refusal: invalid, NotSupported, saying `what` is not supported yet. */
function refused(r: RunResult, what: string): boolean {
  return (
    r.status === 'invalid' &&
    r.diagnostic?.kind === 'NotSupported' &&
    r.diagnostic.message === `${what} is not supported yet`
  );
}

/**
 * A run that was not refused and did not miss the name (no AttributeError, NameError or
 * ImportError, caught, which prints `missing`, or not): the name is there.
 */
function ran(r: RunResult): boolean {
  return (
    r.status === 'ok' &&
    !r.events.some(
      (e) =>
        (e.type === 'uncaught' && /^(AttributeError|NameError|ImportError)/.test(e.exc)) ||
        (e.type === 'print' && e.text === 'missing'),
    )
  );
}

const counts: Record<string, { implemented: number; refused: number }> = {};

describe("CPython 3.13's public names", () => {
  it('are the table the simulator refuses from', () => {
    for (const m of [...KNOWN_MODULES, 'builtins']) {
      const table = CPYTHON_MODULE_NAMES[m] ?? [];
      for (const n of cpython.modules[m]!) expect(table, `${m}.${n}`).toContain(n);
      // Pyodide's CPython may lack a name or two of the native build (site's `help`)
      if (cpython.from === 'native') expect([...table]).toEqual(cpython.modules[m]);
    }
    for (const [t, names] of Object.entries(cpython.types)) {
      // Pyodide's event loop is its WebLoop, not the Unix selector loop of the table
      if (cpython.from === 'pyodide' && /Loop|Handle/.test(t)) continue;
      expect([...(CPYTHON_TYPE_NAMES[t] ?? [])], t).toEqual(names);
    }
  });

  it.each(KNOWN_MODULES)(
    'of module %s: each is implemented or refused, statically and at run time',
    (m) => {
      const c = { implemented: 0, refused: 0 };
      for (const n of cpython.modules[m]!) {
        const has = moduleAttrNames(m).has(n);
        const direct = runProgram(`import ${m}\nx = ${m}.${n}\n`);
        const from = runProgram(`from ${m} import ${n}\n`);
        const dynamic = runProgram(
          `import ${m}\nmod = [${m}][0]\ntry:\n    x = mod.${n}\nexcept AttributeError:\n    print('missing')\n`,
        );
        if (has) {
          c.implemented++;
          // the one future feature that changes the grammar (`<>` for `!=`) is refused
          if (n === 'barry_as_FLUFL') expect(String(from.diagnostic)).toMatch(/NotSupported/);
          const forms = n === 'barry_as_FLUFL' ? [direct, dynamic] : [direct, from, dynamic];
          for (const r of forms) expect(ran(r), `${m}.${n}`).toBe(true);
        } else {
          c.refused++;
          // `from __future__ import X` of a name that is not a feature is CPython's SyntaxError
          const forms = m === '__future__' ? [direct, dynamic] : [direct, from, dynamic];
          if (m === '__future__')
            expect(String(from.diagnostic)).toBe(
              `main.py:1:24: SyntaxError: future feature ${n} is not defined`,
            );
          for (const r of forms) expect(refused(r, `${m}.${n}`), n).toBe(true);
          expect(String(direct.diagnostic)).toBe(
            `main.py:2:5: NotSupported: ${m}.${n} is not supported yet`,
          );
          expect(dynamic.diagnostic).toMatchObject({ line: 4, col: 13 });
        }
      }
      counts[m] = c;
      expect(c.implemented + c.refused).toBe(cpython.modules[m]!.length);
    },
  );

  it('of builtins: each is implemented or refused', () => {
    const c = { implemented: 0, refused: 0 };
    for (const n of cpython.modules.builtins!) {
      if (KEYWORDS.has(n)) continue;
      const r = runProgram(`try:\n    x = ${n}\nexcept NameError:\n    print('missing')\n`);
      if (builtins.has(n) || MODULE_GLOBALS.has(n)) {
        c.implemented++;
        expect(ran(r), n).toBe(true);
      } else {
        c.refused++;
        expect(refused(r, n), n).toBe(true);
        expect(r.diagnostic).toMatchObject({ line: 2, col: 9 });
      }
    }
    counts.builtins = c;
  });

  /** A value of each simulated type, made in a coroutine (asyncio's need a running loop). */
  const VALUES: Record<string, string> = {
    str: '"a"',
    list: '[1]',
    tuple: '(1,)',
    dict: '{1: 2}',
    set: '{1}',
    frozenset: 'frozenset()',
    int: '1',
    float: '1.5',
    bool: 'True',
    range: 'range(3)',
    slice: 'slice(1)',
    coroutine: 'co()',
    generator: 'gen()',
    async_generator: 'agen()',
    Future: 'asyncio.get_running_loop().create_future()',
    Task: 'asyncio.create_task(co())',
    Queue: 'asyncio.Queue()',
    Event: 'asyncio.Event()',
    Lock: 'asyncio.Lock()',
    Semaphore: 'asyncio.Semaphore()',
    BoundedSemaphore: 'asyncio.BoundedSemaphore()',
    Condition: 'asyncio.Condition()',
    Barrier: 'asyncio.Barrier(2)',
    PriorityQueue: 'asyncio.PriorityQueue()',
    LifoQueue: 'asyncio.LifoQueue()',
    TaskGroup: 'asyncio.TaskGroup()',
    Timeout: 'asyncio.timeout(1)',
    BaseException: 'ValueError(1)',
    BaseExceptionGroup: 'ExceptionGroup("g", [ValueError(1)])',
    StopIteration: 'StopIteration(1)',
    OSError: 'OSError(1)',
    _UnixSelectorEventLoop: 'asyncio.get_running_loop()',
    TimerHandle: 'asyncio.get_running_loop().call_later(1, print)',
    deque: 'collections.deque([1])',
    defaultdict: 'collections.defaultdict(list)',
    Counter: 'collections.Counter("ab")',
    partial: 'functools.partial(print)',
    ContextVar: 'contextvars.ContextVar("v")',
    Token: 'contextvars.ContextVar("v").set(1)',
    Context: 'contextvars.copy_context()',
    Handle: 'asyncio.get_running_loop().call_soon(print)',
    Runner: 'asyncio.Runner()',
    _AsCompletedIterator: 'asyncio.as_completed([])',
    function: 'gen',
    Enum: 'S.A',
    EnumType: 'S',
    dict_keys: '{1: 2}.keys()',
    dict_values: '{1: 2}.values()',
    dict_items: '{1: 2}.items()',
    dict_keyiterator: 'iter({1: 2})',
    dict_valueiterator: 'iter({1: 2}.values())',
    dict_itemiterator: 'iter({1: 2}.items())',
    dict_reversekeyiterator: 'reversed({1: 2})',
    dict_reversevalueiterator: 'reversed({1: 2}.values())',
    dict_reverseitemiterator: 'reversed({1: 2}.items())',
    list_iterator: 'iter([1])',
    list_reverseiterator: 'reversed([1])',
    tuple_iterator: 'iter((1,))',
    str_ascii_iterator: 'iter("a")',
    range_iterator: 'iter(range(3))',
    set_iterator: 'iter({1})',
    reversed: 'reversed((1,))',
    accumulate: 'itertools.accumulate([1])',
    batched: 'itertools.batched([1], 1)',
    chain: 'itertools.chain()',
    combinations: 'itertools.combinations([1], 1)',
    combinations_with_replacement: 'itertools.combinations_with_replacement([1], 1)',
    compress: 'itertools.compress([1], [1])',
    count: 'itertools.count()',
    cycle: 'itertools.cycle([1])',
    dropwhile: 'itertools.dropwhile(bool, [1])',
    filterfalse: 'itertools.filterfalse(bool, [1])',
    groupby: 'itertools.groupby([1])',
    islice: 'itertools.islice([1], 1)',
    pairwise: 'itertools.pairwise([1])',
    permutations: 'itertools.permutations([1])',
    product: 'itertools.product([1])',
    repeat: 'itertools.repeat(1)',
    starmap: 'itertools.starmap(print, [])',
    takewhile: 'itertools.takewhile(bool, [1])',
    zip_longest: 'itertools.zip_longest()',
    _grouper: 'next(itertools.groupby([1]))[1]',
    _tee: 'itertools.tee([1])[0]',
    _lru_cache_wrapper: 'functools.cache(print)',
    KeyWrapper: 'functools.cmp_to_key(print)',
    cached_property: 'functools.cached_property(print)',
    itemgetter: 'operator.itemgetter(1)',
    attrgetter: 'operator.attrgetter("a")',
    methodcaller: 'operator.methodcaller("a")',
  };

  it.each(Object.keys(VALUES))(
    'of type %s: each attribute is there or refused, uncatchably, at run time',
    (t) => {
      const c = { implemented: 0, refused: 0 };
      const program = (n: string) =>
        `import asyncio, collections, contextvars, enum, functools, itertools, operator\nasync def co():\n    pass\ndef gen():\n    yield\nasync def agen():\n    yield\nclass S(enum.Enum): A = 1\n` +
        `async def main():\n    v = ${VALUES[t]}\n    try:\n        x = v.${n}\n    except AttributeError:\n        print('missing')\n` +
        `asyncio.run(main())\n`;
      const base = runProgram(program('__class__'));
      if (!ran(base)) {
        // a value the simulator cannot make yet: its maker (`slice`) is refused
        expect(base.diagnostic?.kind, t).toBe('NotSupported');
        return;
      }
      for (const n of cpython.types[t]!) {
        const r = runProgram(program(n));
        if (ran(r)) c.implemented++;
        else {
          c.refused++;
          expect(r.diagnostic, `${t}.${n}`).toMatchObject({ kind: 'NotSupported', line: 12 });
          // a class's `__dict__` (an enum class's) has a refusal of its own
          const what = n === '__dict__' && t === 'EnumType' ? 'the __dict__ of a class' : `\\.${n}`;
          expect(r.diagnostic?.message, `${t}.${n}`).toMatch(
            new RegExp(`${what} is not supported yet$`),
          );
        }
      }
      counts[t] = c;
    },
  );

  it('counts', () => {
    console.log(
      Object.entries(counts)
        .map(([k, v]) => `${k}: ${v.implemented} implemented, ${v.refused} refused`)
        .join('\n'),
    );
  });
});
