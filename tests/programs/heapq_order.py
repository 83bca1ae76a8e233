import heapq
import random
from dataclasses import dataclass, field


class P:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print(f"  {self.v}<{other.v}", end="")
        return self.v < other.v

    def __repr__(self):
        return f"P{self.v}"


h = []
for v in [5, 3, 8, 1, 9, 2]:
    heapq.heappush(h, P(v))
    print(" push", v)
print(h)
print(" pop", heapq.heappop(h))
print(" replace", heapq.heapreplace(h, P(7)))
print(" pushpop", heapq.heappushpop(h, P(0)))
print(" pushpop", heapq.heappushpop(h, P(6)))
xs = [P(v) for v in [9, 4, 7, 1, 8, 2, 6]]
heapq.heapify(xs)
print(" heapified", xs)
print(" smallest", heapq.nsmallest(3, [P(v) for v in [5, 1, 4, 2, 3]]))
print(" largest", heapq.nlargest(2, iter([P(v) for v in [5, 1, 4, 2, 3]])))
print(" largest1", heapq.nlargest(1, [P(v) for v in [5, 1, 4]]))
print(" merged", list(heapq.merge([P(1), P(4)], [P(2), P(3)], [P(0)])))

random.seed(3)
data = [random.randint(0, 99) for _ in range(40)]
heap = list(data)
heapq.heapify(heap)
print(heap)
print([heapq.heappop(heap) for _ in range(10)])
print(heapq.nsmallest(5, data), heapq.nlargest(5, data), heapq.nsmallest(50, data)[:3])
print(heapq.nlargest(3, ["bb", "a", "dddd", "ccc"], key=len), heapq.nsmallest(2, "hello", key=lambda c: -ord(c)))
print(heapq.nsmallest(0, data), heapq.nlargest(-2, data), heapq.nsmallest(3, iter(data)), heapq.nlargest(4, iter(data), key=lambda v: v % 10))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [], [0, 11])))
print(list(heapq.merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print(list(heapq.merge([9, 4, 1], [8, 2], reverse=True)), list(heapq.merge([5, 3], [4], key=lambda v: -v)))
m = heapq.merge([1, 2], [3])
print(type(m), next(m), list(m))
big = [random.randint(0, 10000) for _ in range(6000)]
heapq.heapify(big)
print(big[:8], big[2999], big[-1], [heapq.heappop(big) for _ in range(5)])


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)


jobs = []
for pr, name in [(3, "c"), (1, "a"), (2, "b"), (1, "a2")]:
    heapq.heappush(jobs, Job(pr, name))
print([heapq.heappop(jobs).name for _ in range(4)])
pq = [(2, "x"), (1, "y"), (2, "a")]
heapq.heapify(pq)
print(pq, heapq.heappop(pq), heapq.heappop(pq))
