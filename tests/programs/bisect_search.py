import asyncio
import bisect
from bisect import bisect_left, bisect_right, insort, insort_left
from collections import deque
from dataclasses import dataclass


class V:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print(f"  {self.v}<{other.v}", end="")
        return self.v < other.v

    def __repr__(self):
        return f"V{self.v}"


xs = [1, 2, 2, 2, 5, 8]
print(bisect_left(xs, 2), bisect_right(xs, 2), bisect.bisect(xs, 2), bisect_left(xs, 0), bisect_right(xs, 9))
print(bisect_left(xs, 2, 2), bisect_right(xs, 2, 0, 3), bisect_left(xs, 5, hi=4), bisect_right(xs, 2, lo=4))
vs = [V(1), V(3), V(5), V(7)]
print(" ->", bisect_left(vs, V(4)))
print(" ->", bisect_right(vs, V(5)))
insort(vs, V(6))
print(" ->", vs)
insort_left(vs, V(3))
print(" ->", vs)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])


@dataclass(order=True)
class Event:
    at: float
    name: str


timeline = []
for e in [Event(2.0, "b"), Event(0.5, "a"), Event(2.0, "a"), Event(1.0, "c")]:
    insort(timeline, e)
print([(e.at, e.name) for e in timeline])
people = [("ann", 31), ("bob", 25), ("cy", 40)]
people.sort(key=lambda p: p[1])
print(bisect_left(people, 30, key=lambda p: p[1]), bisect_right(people, 40, key=lambda p: p[1]))
bisect.insort_right(people, ("dee", 30), key=lambda p: p[1])
print(people)
d = deque([1, 3, 5])
insort(d, 4)
print(d, bisect_left("acegi", "f"), bisect_left(range(0, 100, 5), 42), bisect_left((1, 2, 3), 2.5))


async def reading(name, delay, value):
    await asyncio.sleep(delay)
    return value


async def main():
    sorted_readings = []
    for fut in asyncio.as_completed([reading("a", 0.3, 17)]):
        insort(sorted_readings, await fut)
    values = await asyncio.gather(*(reading(n, d, v) for n, d, v in [("x", 0.2, 9), ("y", 0.1, 3), ("z", 0.3, 12)]))
    for v in values:
        insort(sorted_readings, v)
        print("insert", v, "at", bisect_left(sorted_readings, v), sorted_readings)
    print("median", sorted_readings[len(sorted_readings) // 2])


asyncio.run(main())
