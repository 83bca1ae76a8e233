import asyncio
import time


def blocking_io(n):
    time.sleep(0.5)
    return n


async def non_blocking_io(n):
    await asyncio.sleep(0.5)
    return n


async def main():
    start = time.perf_counter()
    for i in range(3):
        blocking_io(i)
    print(f"blocking: {time.perf_counter() - start:.2f}s")
    start = time.perf_counter()
    await asyncio.gather(*(non_blocking_io(i) for i in range(3)))
    print(f"async: {time.perf_counter() - start:.2f}s")


asyncio.run(main())
