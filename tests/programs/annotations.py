# Annotations at module level and in class bodies are evaluated (value first, then annotation) and
# kept in __annotations__; in a function they are not evaluated but make the name local.
# `X | None` makes a types.UnionType; library classes subscripted as CPython allows.
import asyncio
import collections
from typing import Optional


def note(label):
    print("evaluated", label)
    return label


count: note("count-annotation") = note("count-value")
limit: int
print(__annotations__, count)


class Config:
    name: note("name-annotation") = note("name-value")
    retries: int = 3
    timeout: Optional[float]
    if retries > 2:
        verbose: bool = True


print(Config.__annotations__, Config.retries, Config.verbose)


class Plain:
    pass


print(Plain.__annotations__ if hasattr(Plain, "__annotations__") else "none")


def local_only():
    x: note("never evaluated")
    y: int = 5
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    return y


print(local_only())
print(int | None, str | int | None, list[int] | None, int | int, None | str)
print(type(int | None).__name__, (int | None) == (int | None))
print(asyncio.Queue[int], asyncio.PriorityQueue[tuple[int, str]], asyncio.Future[str], asyncio.Task[None])
print(collections.deque[int], collections.defaultdict[str, list], collections.Counter[str])
try:
    asyncio.Event[int]
except TypeError as e:
    print("TypeError:", e)


class Worker:
    queue: asyncio.Queue[int] | None = None
    done: "list[int]"


print(Worker.__annotations__)
try:
    class Broken:
        field: undefined_name = 1
except NameError as e:
    print("NameError:", e)
