import asyncio
import math
import random


async def measure(i):
    await asyncio.sleep(0.05 * i)
    return random.gauss(50, 10)


async def main():
    values = await asyncio.gather(*(measure(i) for i in range(10)))
    mean = sum(values) / len(values)
    var = sum((v - mean) ** 2 for v in values) / (len(values) - 1)
    print(f"mean={mean:.3f} stdev={math.sqrt(var):.3f}")
    print(math.floor(mean), math.ceil(mean), round(math.log10(mean), 4))


asyncio.run(main())
