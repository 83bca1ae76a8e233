import asyncio
import random

random.seed(99)


async def sensor(i):
    await asyncio.sleep(random.randint(1, 5) / 10)
    return i, random.random()


async def main():
    readings = await asyncio.gather(*(sensor(i) for i in range(200)))
    hot = [i for i, v in readings if v > 0.95]
    print(len(readings), "readings;", len(hot), "hot:", hot)
    buckets = {}
    for i, v in readings:
        buckets.setdefault(round(v, 1), []).append(i)
    for k in sorted(buckets):
        print(f"{k:.1f}: {len(buckets[k]):3d} {'#' * (len(buckets[k]) // 2)}")
    print(set(i % 7 for i, _ in readings), {round(v, 2) for _, v in readings[:4]})


asyncio.run(main())
