import asyncio


async def download(sem, i):
    async with sem:
        print('start', i)
        await asyncio.sleep(1 + i % 2)
        print('end', i)
    return i * i


async def main():
    sem = asyncio.Semaphore(2)
    results = await asyncio.gather(*(download(sem, i) for i in range(5)))
    print(results)
    print('locked', sem.locked())


asyncio.run(main())
