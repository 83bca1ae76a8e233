import asyncio
import heapq
import itertools


async def job(n):
    await asyncio.sleep(0.1)
    return n


async def main():
    a, b = itertools.tee(job(n) for n in range(3))
    first = next(a)
    x = 1
    print(await first)
    second = next(a)
    del second
    print("after del")
    print(next(b) is first)
    print(await next(b))
    c = itertools.cycle([job(9)])
    k = next(c)
    print(await k)
    del k
    print("cycle")
    g = itertools.groupby([job(4), job(5)], key=lambda c: 1)
    key, grp = next(g)
    print(key)
    print(await next(grp))
    del grp
    print("grp gone")
    del g
    print("g gone")
    p = itertools.pairwise(job(n) for n in range(6, 9))
    pair = next(p)
    pair = None
    print("pair dropped")
    del p
    print("end")
    del a, b, c


asyncio.run(main())
