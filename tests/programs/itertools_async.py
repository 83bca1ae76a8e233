import asyncio
import itertools

ids = itertools.count(1)


async def fetch(kind, delay):
    job = next(ids)
    await asyncio.sleep(delay)
    print("done", job, kind)
    return (kind, job, delay)


async def ticker(name, colors):
    for color in itertools.islice(itertools.cycle(colors), 4):
        print(name, color)
        await asyncio.sleep(0.5)


async def main():
    kinds = ["img", "img", "css", "js", "js", "js"]
    results = await asyncio.gather(*(fetch(k, d) for k, d in zip(kinds, itertools.cycle([0.3, 0.1]))))
    for kind, group in itertools.groupby(results, key=lambda r: r[0]):
        print(kind, [job for _, job, _ in group])
    totals = list(itertools.accumulate(r[2] for r in results))
    print([round(t, 1) for t in totals])
    await asyncio.gather(ticker("A", "rg"), ticker("B", "xyz"))
    for batch in itertools.batched(kinds, 4):
        print("batch", batch, await asyncio.gather(*(fetch(k, 0.1) for k in batch)))
    pairs = list(itertools.pairwise(r[1] for r in results))
    print(pairs, next(ids))
    left, right = itertools.tee(fetch(k, 0) for k in "ab")
    first = next(left)
    print(first is next(right), await first)
    second = next(right)
    print(second is next(left), await second, list(left), list(right))
    print(list(itertools.chain.from_iterable(itertools.repeat("ab", 2))))


asyncio.run(main())
