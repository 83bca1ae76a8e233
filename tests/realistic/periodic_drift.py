import asyncio
import time


async def periodic(interval, stop: asyncio.Event, job):
    loop = asyncio.get_running_loop()
    next_run = loop.time()
    runs = 0
    while not stop.is_set():
        await job(runs)
        runs += 1
        next_run += interval
        delay = max(0.0, next_run - loop.time())
        try:
            await asyncio.wait_for(stop.wait(), timeout=delay)
        except TimeoutError:
            pass
    return runs


async def job(i):
    start = time.monotonic()
    await asyncio.sleep(0.15 if i % 2 else 0.05)
    print(f"job {i} took {time.monotonic() - start:.2f}s at t={time.monotonic():.2f}")


async def main():
    stop = asyncio.Event()
    task = asyncio.create_task(periodic(0.5, stop, job))
    await asyncio.sleep(2.2)
    stop.set()
    runs = await task
    print("runs:", runs)


asyncio.run(main())
