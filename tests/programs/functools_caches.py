import asyncio
import functools
from functools import cache, cached_property, cmp_to_key, lru_cache, reduce
from dataclasses import dataclass

print(reduce(lambda a, b: a * b, range(1, 6)), reduce(max, [3, 9, 2], 10), reduce(lambda a, b: a + b, ["x"]))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0))


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.__name__, fib.__wrapped__(1))


@lru_cache(maxsize=2)
def square(x):
    print("computing", x)
    return x * x


for v in [1, 2, 1, 3, 2, 1, 1.0, True, 3]:
    print(v, square(v))
print(square.cache_info(), square.cache_parameters())


@functools.lru_cache(maxsize=None, typed=True)
def kind(x, *, tag=""):
    print("kind", repr(x), tag)
    return type(x).__name__ + tag


print(kind(1), kind(1.0), kind(1), kind(1, tag="!"), kind(1, tag="!"), kind.cache_info())


@cache
def slow(a, b=0):
    print("slow", a, b)
    return a + b


print(slow(1), slow(1), slow(1, 0), slow(a=1), slow(1, b=0), slow.cache_info())
try:
    slow([1])
except TypeError as e:
    print("TypeError:", e)


def by_len_then_alpha(a, b):
    print("cmp", a, b)
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


print(sorted(["ccc", "a", "bb", "aa"], key=cmp_to_key(by_len_then_alpha)))
print(max(["ccc", "a", "bb"], key=cmp_to_key(by_len_then_alpha)))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) <= K(1), K(3) == K(3), K(1) != K(3), K(5) > K(4), K(7).obj)


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        print("computing area", self.r)
        return 3 * self.r * self.r

    @lru_cache(maxsize=4)
    def scaled(self, k):
        print("scaling", k)
        return self.r * k


c = Circle(2)
print(c.area, c.area, vars(c))
c.area = 100
print(c.area)
del c.area
print(c.area, type(Circle.__dict__["area"]) if False else Circle.area.attrname)
print(c.scaled(3), c.scaled(3), Circle.scaled.cache_info())


@dataclass(frozen=True)
class Job:
    name: str
    size: int

    @cached_property
    def cost(self):
        print("cost of", self.name)
        return self.size * 2


@lru_cache(maxsize=8)
def lookup(key):
    print("lookup", key)
    return len(key)


async def worker(name, keys):
    total = 0
    for k in keys:
        total += lookup(k)
        await asyncio.sleep(0.1)
    print(name, total)
    return total


async def main():
    j = Job("a", 3)
    print(j.cost, j.cost)
    results = await asyncio.gather(worker("w1", ["x", "yy", "x"]), worker("w2", ["yy", "zzz"]))
    print(results, reduce(lambda a, b: a + b, results), lookup.cache_info())


class Repo:
    def __init__(self):
        self.calls = 0

    def __repr__(self):
        return "Repo()"

    @lru_cache(maxsize=None)
    def get(self, k):
        self.calls += 1
        return k + 1


@lru_cache
async def load(key):
    print("loading", key)
    await asyncio.sleep(0.1)
    return key * 2


async def cached_coroutines():
    r = Repo()
    print(r.get(1), r.get(1), r.calls, Repo.get.cache_info(), r.get, Repo.get is Repo.get)
    print(await load(3))
    try:
        await load(3)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(load.cache_info())


asyncio.run(main())
asyncio.run(cached_coroutines())
