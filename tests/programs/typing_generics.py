# Typed asyncio: a generic result box and a generic cache (typing.Generic[T] as a base, Box[int]
# makes a Box), a TypeVar bound helper, cast, overload/final/override, the forms' reprs, `|`
# of forms (a typing.Union) and an alias's __origin__/__args__/__parameters__.
import asyncio
from dataclasses import dataclass
from typing import (
    TYPE_CHECKING,
    Awaitable,
    Callable,
    Generic,
    Optional,
    TypeVar,
    cast,
    final,
    overload,
    override,
)

if TYPE_CHECKING:
    print("never printed")

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
N = TypeVar("N", bound=float)
T_co = TypeVar("T_co", covariant=True)
S = TypeVar("S", int, str)
print(T, K, N, T_co, S, type(T))
print(N.__name__, N.__bound__, S.__constraints__, S.__bound__, T_co.__covariant__)


class ResultBox(Generic[T]):
    def __init__(self) -> None:
        self.value: Optional[T] = None
        self.ready = asyncio.Event()

    def set(self, value: T) -> None:
        self.value = value
        self.ready.set()

    async def get(self) -> T:
        await self.ready.wait()
        return cast(T, self.value)


class Cache(Generic[K, V]):
    def __init__(self, loader: Callable[[K], Awaitable[V]]) -> None:
        self.loader = loader
        self.data: dict[K, V] = {}
        self.hits = 0

    async def get(self, key: K) -> V:
        if key in self.data:
            self.hits += 1
            return self.data[key]
        value = await self.loader(key)
        self.data[key] = value
        return value


@dataclass
class Pair(Generic[K, V]):
    key: K
    value: V


def biggest(items: list[N]) -> N:
    return max(items)


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


class Base:
    def describe(self) -> str:
        return "base"


@final
class Leaf(Base):
    @override
    def describe(self) -> str:
        return "leaf"


async def load(key: str) -> int:
    await asyncio.sleep(0.1)
    print("loaded", key)
    return len(key)


async def producer(box: ResultBox[int]) -> None:
    await asyncio.sleep(0.2)
    box.set(42)


async def main() -> None:
    box = ResultBox[int]()
    print(type(box).__name__, box.__orig_class__, ResultBox[int], ResultBox[T])
    waiter = asyncio.create_task(box.get())
    await producer(box)
    print("box holds", await waiter)

    cache: Cache[str, int] = Cache(load)
    print(await cache.get("alpha"), await cache.get("alpha"), await cache.get("be"))
    results = await asyncio.gather(cache.get("alpha"), cache.get("gamma"))
    print(results, cache.hits, sorted(cache.data))

    p = Pair[str, int]("x", 1)
    print(p, vars(p), Pair.__parameters__, Pair[str, int] == Pair[str, int])
    print(biggest([1.5, 3.0, 2.25]), double(4), double("ab"), Leaf().describe())
    print(Leaf.__final__, Leaf.describe.__override__, cast("int", "text"))
    print(ResultBox.__mro__, ResultBox.__parameters__, Cache.__parameters__)
    print(Generic[T], Callable[..., Awaitable[T]], Optional[ResultBox[int]])
    print(ResultBox[int] | None, Optional[int] | str, T | None, int | Cache[str, T])
    alias = Cache[str, int]
    print(alias.__origin__, alias.__args__, alias.__parameters__, Cache[K, int].__parameters__)

    class IntBox(ResultBox[int]):
        pass

    print(IntBox.__mro__, IntBox.__parameters__, IntBox.__orig_bases__)
    for bad in (
        lambda: ResultBox[int, str],
        lambda: Cache[int],
        lambda: IntBox[int],
        lambda: ResultBox[int][str],
        lambda: Generic[int],
        lambda: isinstance(box, ResultBox[int]),
        lambda: TypeVar(3),
        lambda: TypeVar("X", int),
    ):
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)
    print(isinstance(box, ResultBox), isinstance(box, Generic), issubclass(IntBox, ResultBox))
    try:
        class Plain(Generic):
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
