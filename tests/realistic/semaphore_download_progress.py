import asyncio
import random


async def download(sem, url, progress):
    async with sem:
        size = random.randint(1, 5)
        for chunk in range(size):
            await asyncio.sleep(0.1)
        progress[url] = size
        print(f"{url}: {size} chunks ({len(progress)}/{len(URLS)})")


URLS = [f"https://cdn.example/{i}.bin" for i in range(6)]


async def main():
    sem = asyncio.Semaphore(2)
    progress = {}
    await asyncio.gather(*(download(sem, u, progress) for u in URLS))
    print("total chunks", sum(progress.values()))


asyncio.run(main())
