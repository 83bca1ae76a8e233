import asyncio


async def runner(name, start, speed):
    print(f"{name} ready")
    await start.wait()
    await asyncio.sleep(10 / speed)
    print(f"{name} finished")
    return name


async def main():
    start = asyncio.Event()
    racers = [asyncio.create_task(runner(n, start, s)) for n, s in [("ann", 4), ("bob", 5), ("cy", 3)]]
    await asyncio.sleep(1)
    print("go!")
    start.set()
    order = []
    for coro in asyncio.as_completed(racers):
        order.append(await coro)
    print("podium:", order)


asyncio.run(main())
