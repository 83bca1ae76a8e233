import asyncio


async def runner(name, speed, start: asyncio.Event, finish_order: list):
    print(f"{name} waiting at the line")
    await start.wait()
    distance = 0
    while distance < 100:
        await asyncio.sleep(1)
        distance += speed
    finish_order.append(name)
    print(f"{name} finished ({distance}m)")


async def main():
    start = asyncio.Event()
    order = []
    speeds = {"Ava": 30, "Ben": 25, "Cy": 34, "Di": 20}
    tasks = [asyncio.create_task(runner(n, s, start, order)) for n, s in speeds.items()]
    await asyncio.sleep(0.5)
    print("ready... set... GO!", start.is_set())
    start.set()
    await asyncio.gather(*tasks)
    for place, name in enumerate(order, start=1):
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(place, "th")
        print(f"{place}{suffix}: {name}")


asyncio.run(main())
