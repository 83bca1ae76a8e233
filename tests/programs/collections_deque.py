import asyncio
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d, list(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft("ab")
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d.count(7), d.index(7))
d.remove("a")
d[0] = "first"
del d[1]
print(d, d == deque(["first", 3, 7, 8, "b"]), d == ["first"])
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
    print(last3)
last3.appendleft(-1)
print(last3, last3.maxlen, deque("xyz", 2), deque([1, 2]) + deque([3]), deque([1]) * 3)
d.reverse()
print(d, d.copy(), d.clear(), d)
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
            lambda: deque([1]).remove(2), lambda: deque(maxlen=-1), lambda: deque([1], maxlen=1).insert(0, 2),
            lambda: deque([1])[0:1]]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    q = deque([1, 2])
    for x in q:
        q.append(x)
except RuntimeError as e:
    print("RuntimeError", e)


async def producer(q, n):
    for i in range(n):
        q.append(i)
        await asyncio.sleep(0.1)


async def consumer(q):
    got = []
    while len(got) < 4:
        if q:
            got.append(q.popleft())
        else:
            await asyncio.sleep(0.05)
    return got


async def main():
    q = deque()
    _, got = await asyncio.gather(producer(q, 4), consumer(q))
    print(got, q)


asyncio.run(main())
