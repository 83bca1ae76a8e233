import asyncio

FILES = {"a.csv": 1.2, "b.csv": 0.4, "c.csv": 0.8}


async def download(name, seconds):
    await asyncio.sleep(seconds)
    print(f"{name} done after {seconds}s")
    return len(name) * 10


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = {name: tg.create_task(download(name, s)) for name, s in FILES.items()}
    sizes = {name: t.result() for name, t in tasks.items()}
    print(sizes)
    print("total", sum(sizes.values()))


asyncio.run(main())
