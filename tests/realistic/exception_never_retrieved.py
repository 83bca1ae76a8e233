import asyncio


async def risky(n):
    await asyncio.sleep(0.1 * n)
    if n == 2:
        raise ValueError(f"job {n} failed")
    print(f"job {n} ok")
    return n * 10


async def main():
    tasks = [asyncio.create_task(risky(n)) for n in range(4)]
    await asyncio.sleep(1)
    print("finished?", [t.done() for t in tasks])
    print("results:", [t.result() for t in tasks if not t.exception()])


asyncio.run(main())
