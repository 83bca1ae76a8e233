import asyncio

N = 6


async def fetch(i, limit):
    async with limit:
        print(f'fetch {i}: start')
        await asyncio.sleep(1)
        print(f'fetch {i}: done')
        return i


async def main():
    limit = asyncio.Semaphore(2)
    results = await asyncio.gather(*(fetch(i, limit) for i in range(N)))
    print('results', results)


asyncio.run(main())
