"""CPython's own public names: of each module the simulator supports, of builtins, and of
the builtin types whose attributes a program reaches (`"".removeprefix`, `dict.fromkeys`).

Prints a JSON object {"modules": {name: [names]}, "types": {simulator type name: [names]}}.
A public name is one of `dir()` that does not start with an underscore, or a dunder. With `--ts` it
prints the TypeScript table src/engine/cpython-names.ts instead (regenerate it with
`PYENV_VERSION=3.13.0 python3.13 tests/oracle/public_names.py --ts > src/engine/cpython-names.ts`
then `npx prettier --write src/engine/cpython-names.ts`).
Runs under native CPython 3.13 and under Pyodide alike.
"""
import __future__
import asyncio
import bisect
import builtins
import collections
import contextlib
import contextvars
import dataclasses
import enum
import functools
import heapq
import itertools
import json
import math
import operator
import random
import string
import sys
import time
import types
import typing

MODULES = {
    "__future__": __future__, "asyncio": asyncio, "bisect": bisect, "builtins": builtins, "collections": collections,
    "contextlib": contextlib, "contextvars": contextvars, "dataclasses": dataclasses,
    "enum": enum,
    "functools": functools, "heapq": heapq, "itertools": itertools,
    "math": math, "operator": operator, "random": random, "string": string, "sys": sys, "time": time, "typing": typing,
}


ITERTOOLS_TYPES = (
    "accumulate batched chain combinations combinations_with_replacement compress count cycle "
    "dropwhile filterfalse groupby islice pairwise permutations product repeat starmap "
    "takewhile zip_longest"
).split()


def _types():
    async def coro():
        pass

    def gen():
        yield

    async def agen():
        yield

    c = coro()
    c.close()
    loop = asyncio.new_event_loop()
    handle = loop.call_later(1, print)
    handle.cancel()
    soon = loop.call_soon(print)
    soon.cancel()
    out = {
        "str": str, "list": list, "tuple": tuple, "dict": dict, "set": set,
        "frozenset": frozenset, "int": int, "float": float, "bool": bool, "range": range,
        "slice": slice, "coroutine": types.CoroutineType, "generator": types.GeneratorType,
        "async_generator": types.AsyncGeneratorType, "Future": asyncio.Future,
        "Task": asyncio.Task, "Queue": asyncio.Queue, "Event": asyncio.Event,
        "Lock": asyncio.Lock, "Semaphore": asyncio.Semaphore, "TaskGroup": asyncio.TaskGroup,
        "BoundedSemaphore": asyncio.BoundedSemaphore, "Condition": asyncio.Condition,
        "Barrier": asyncio.Barrier, "PriorityQueue": asyncio.PriorityQueue,
        "LifoQueue": asyncio.LifoQueue,
        "Timeout": asyncio.Timeout, "BaseException": BaseException,
        "BaseExceptionGroup": BaseExceptionGroup, "StopIteration": StopIteration,
        "OSError": OSError,
        "_UnixSelectorEventLoop": type(loop), "TimerHandle": type(handle),
        "deque": collections.deque, "defaultdict": collections.defaultdict,
        "Counter": collections.Counter, "partial": functools.partial,
        "ContextVar": contextvars.ContextVar, "Token": contextvars.Token,
        "Context": contextvars.Context,
        "Handle": type(soon), "Runner": asyncio.Runner,
        "_AsCompletedIterator": asyncio.tasks._AsCompletedIterator,
        "function": types.FunctionType,
        "Enum": enum.Enum, "EnumType": enum.EnumType,
        "dict_keys": type({}.keys()), "dict_values": type({}.values()),
        "dict_items": type({}.items()), "dict_keyiterator": type(iter({})),
        "dict_valueiterator": type(iter({}.values())),
        "dict_itemiterator": type(iter({}.items())),
        "dict_reversekeyiterator": type(reversed({})),
        "dict_reversevalueiterator": type(reversed({}.values())),
        "dict_reverseitemiterator": type(reversed({}.items())),
        "list_iterator": type(iter([])), "list_reverseiterator": type(reversed([])),
        "tuple_iterator": type(iter(())), "str_ascii_iterator": type(iter("")),
        "range_iterator": type(iter(range(0))), "set_iterator": type(iter(set())),
        "reversed": reversed,
        **{n: getattr(itertools, n) for n in ITERTOOLS_TYPES},
        "_grouper": type(next(itertools.groupby([1]))[1]), "_tee": type(itertools.tee([])[0]),
        "_lru_cache_wrapper": functools._lru_cache_wrapper, "KeyWrapper": type(functools.cmp_to_key(print)),
        "cached_property": functools.cached_property,
        "itemgetter": operator.itemgetter, "attrgetter": operator.attrgetter,
        "methodcaller": operator.methodcaller,
    }
    loop.close()
    return out


def public(obj):
    return sorted(n for n in dir(obj) if not n.startswith("_") or (n.startswith("__") and n.endswith("__")))


def names():
    return {
        "modules": {name: public(m) for name, m in MODULES.items()},
        "types": {name: public(t) for name, t in _types().items()},
    }


def typescript(table):
    def record(d):
        rows = []
        for k, v in d.items():
            rows.append(f"  {json.dumps(k)}: {json.dumps(' '.join(v))}.split(' '),")
        return "\n".join(rows)

    return f"""/**
 * CPython 3.13's public names (`dir()` without `_private` names) of the modules the simulator
 * supports, of builtins, and of the builtin types. Generated by tests/oracle/public_names.py
 * (`--ts`); tests/public-names.test.ts checks it against CPython. A name here that the
 * simulator lacks is refused as "not supported yet" (support-check.ts); one not here is
 * left to fail as it fails in CPython.
 */
export const CPYTHON_MODULE_NAMES: Readonly<Record<string, readonly string[]>> = {{
{record(table["modules"])}
}};

export const CPYTHON_TYPE_NAMES: Readonly<Record<string, readonly string[]>> = {{
{record(table["types"])}
}};
"""


def main():
    table = names()
    if "--ts" in sys.argv:
        sys.stdout.write(typescript(table))
    else:
        sys.stdout.write(json.dumps(table))


if __name__ == "__main__":
    main()
