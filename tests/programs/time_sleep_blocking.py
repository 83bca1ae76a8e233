import asyncio
import time


async def blocker():
    print('blocker sleeps the whole thread')
    time.sleep(2)
    print('blocker wakes at', time.perf_counter())


async def polite(name):
    for i in range(2):
        print(name, i, 'at', time.monotonic())
        await asyncio.sleep(1)


async def main():
    start = time.perf_counter()
    await asyncio.gather(polite('p'), blocker(), polite('q'))
    print(f'elapsed {time.perf_counter() - start:.1f}s, time() = {time.time()}')
    time.sleep(0.25)
    print('after a blocking sleep in main:', time.perf_counter())


asyncio.run(main())
