# Dataclasses in depth: recursive and nested reprs (qualname, `...`), inheritance, kw_only and KW_ONLY,
# InitVar, eq=False, unsafe_hash, frozen+order in a set and a match, asdict/astuple deep copies, gather.
import asyncio
from dataclasses import dataclass, field, KW_ONLY, InitVar, fields, asdict, astuple, replace
from typing import ClassVar


@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    parent: "Node | None" = None


root = Node("root")
kid = Node("kid", parent=root)
root.children.append(kid)
print(kid)
print(root)


class Outer:
    @dataclass
    class Inner:
        v: int


print(Outer.Inner(3), Outer.Inner.__qualname__)


def make():
    @dataclass
    class Local:
        a: int
    return Local(1)


print(make())


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10


print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)])


@dataclass(kw_only=True)
class Opts:
    a: int
    b: int = 2


print(Opts(a=1))
try:
    Opts(1)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3


print(Mixed(1, b=2), Mixed.__match_args__)
try:
    Mixed(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    Mixed(1)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 2
    y: int = field(init=False)

    def __post_init__(self, scale):
        self.y = self.x * scale


w = WithInit(3)
print(w, WithInit(3, 5), [f.name for f in fields(w)])
print(replace(w, x=4, scale=10))


@dataclass(eq=False)
class Ident:
    v: int


i = Ident(1)
print(i == Ident(1), i == i, hash(i) == hash(i))


@dataclass(unsafe_hash=True)
class Hashy:
    a: int
    b: list = field(default_factory=list, hash=False)


print(hash(Hashy(1)) == hash((1,)), Hashy(1) == Hashy(1))


@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str


print(sorted({Card(3, "h"), Card(1, "s"), Card(3, "c")}))
match Card(3, "h"):
    case Card(3, suit):
        print("three of", suit)


@dataclass
class Pair:
    left: object
    right: object


pp = Pair(1, 2)
pp.right = pp
print(pp)
print(asdict(Pair(Pair(1, [2, (3, 4)]), {"k": Pair(5, 6)})))
print(astuple(Pair(Pair(1, [2, (3, 4)]), {"k": Pair(5, 6)})))


@dataclass
class Counter:
    count: int = 0
    total: ClassVar[int] = 0


print(Counter(), Counter.total, [f.name for f in fields(Counter)], fields(Counter)[0].default)


async def work(job):
    await asyncio.sleep(job.delay)
    return job


@dataclass
class Job:
    name: str
    delay: float = 0.1


async def main():
    jobs = [Job("a", 0.2), Job("b")]
    done = await asyncio.gather(*(work(j) for j in jobs))
    print(done)


asyncio.run(main())
