import asyncio


async def task(n):
    try:
        await asyncio.sleep(n)
        return n
    except asyncio.CancelledError:
        print(f"task {n} cleaning up")
        raise


async def main():
    tasks = [asyncio.create_task(task(n)) for n in (1, 2, 3, 4)]
    await asyncio.sleep(2.5)
    for t in tasks:
        if not t.done():
            t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for r in results:
        print(type(r).__name__, r if not isinstance(r, asyncio.CancelledError) else "")


asyncio.run(main())
