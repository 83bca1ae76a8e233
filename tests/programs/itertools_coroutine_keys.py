import asyncio
import itertools


async def key(v):
    return v % 2


def f(a, b):
    print("f", b)
    return key(b)


async def main():
    groups = [(type(k).__name__, list(g)) for k, g in itertools.groupby([1, 3, 2], key=key)]
    print(len(groups), groups[0][1])
    print("after")
    acc = list(itertools.accumulate([1, 2, 3, 4], f))
    print(len(acc))
    del acc
    print("accumulated")
    mapped = list(map(lambda a, b: key(b), [1, 2, 3], [4, 5, 6]))
    print(len(mapped))
    del mapped
    print("done")


asyncio.run(main())
