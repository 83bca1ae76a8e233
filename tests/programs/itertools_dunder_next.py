import asyncio
import itertools

next_id = itertools.count(1).__next__
print(next_id(), next_id(), next_id())
r = itertools.repeat("x", 1)
print(r.__next__(), iter(r) is r, r.__iter__() is r)
try:
    r.__next__()
except StopIteration as e:
    print("StopIteration", repr(e))
try:
    r.__next__(1)
except TypeError as e:
    print("TypeError:", e)


async def worker():
    await asyncio.sleep(0.1)
    return next_id()


async def main():
    print(await asyncio.gather(worker(), worker()))


asyncio.run(main())
try:
    itertools.count().__next__(x=1)
except TypeError as e:
    print("TypeError:", e)
g = itertools.groupby("aab")
k, grp = g.__next__()
print(k, grp.__next__(), list(grp), list(map(lambda kg: kg[0], g)))
