import asyncio
import heapq
from functools import total_ordering


@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __eq__(self, other):
        print(f"  eq {self}{other}", end="")
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        print(f"  lt {self}{other}", end="")
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return f"v{self.major}.{self.minor}"


a, b, c = Version(1, 2), Version(1, 3), Version(1, 2)
print(" ->", a > b, b > a)
print(" ->", a <= c, a <= b, b <= a)
print(" ->", a >= c, b >= a)
print(" ->", sorted([b, a, Version(0, 9)], reverse=True))
try:
    a >= 5
except TypeError as e:
    print(" TypeError:", e)
print(Version.__gt__.__name__ if hasattr(Version.__gt__, "__name__") else "?")


@total_ordering
class Score:
    def __init__(self, v):
        self.v = v

    def __ge__(self, other):
        return self.v >= other.v

    def __repr__(self):
        return f"S{self.v}"


print(Score(1) < Score(2), Score(2) <= Score(2), Score(3) > Score(1), Score(1) >= Score(1))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)


@total_ordering
class Job:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name

    def __eq__(self, other):
        return self.prio == other.prio

    def __gt__(self, other):
        return self.prio > other.prio


async def run(job):
    await asyncio.sleep(job.prio / 10)
    return job.name


async def main():
    heap = []
    for p, n in [(3, "c"), (1, "a"), (2, "b")]:
        heapq.heappush(heap, Job(p, n))
    order = [heapq.heappop(heap) for _ in range(3)]
    print(await asyncio.gather(*(run(j) for j in order)))


asyncio.run(main())
