import asyncio
import time

N = 3


async def randn(i):
    await asyncio.sleep(1)
    return i * 10


async def main():
    start = time.perf_counter()
    results = []
    for i in range(N):
        results.append(await randn(i))
    print(f'one at a time: {results} in {time.perf_counter() - start:.2f} s')

    start = time.perf_counter()
    results = await asyncio.gather(*(randn(i) for i in range(N)))
    print(f'with gather:   {results} in {time.perf_counter() - start:.2f} s')


asyncio.run(main())
