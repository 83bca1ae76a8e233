import asyncio
import time


async def bad_worker(name):
    print(f"{name} start at {time.perf_counter():.2f}")
    time.sleep(1)
    print(f"{name} end at {time.perf_counter():.2f}")


async def good_worker(name):
    print(f"{name} start at {time.perf_counter():.2f}")
    await asyncio.sleep(1)
    print(f"{name} end at {time.perf_counter():.2f}")


async def main():
    t0 = time.perf_counter()
    await asyncio.gather(*(bad_worker(f"bad{i}") for i in range(3)))
    t1 = time.perf_counter()
    await asyncio.gather(*(good_worker(f"good{i}") for i in range(3)))
    t2 = time.perf_counter()
    print(f"blocking: {t1 - t0:.1f}s, non-blocking: {t2 - t1:.1f}s")


asyncio.run(main())
