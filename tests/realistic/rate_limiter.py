import asyncio

MAX_CONCURRENT = 3


async def call_api(sem, i):
    async with sem:
        print(f"request {i} started")
        await asyncio.sleep(1)
        print(f"request {i} done")
        return i * i


async def main():
    sem = asyncio.Semaphore(MAX_CONCURRENT)
    loop = asyncio.get_running_loop()
    start = loop.time()
    results = await asyncio.gather(*(call_api(sem, i) for i in range(8)))
    print("results:", results)
    print(f"took {loop.time() - start:.1f}s")


asyncio.run(main())
