import asyncio


async def sensor(name, period, readings):
    for i in range(readings):
        await asyncio.sleep(period)
    return f"{name}: {readings} readings"


async def main():
    tasks = {asyncio.create_task(sensor(f"s{i}", 0.4 * (i + 1), 3)) for i in range(4)}
    done, pending = await asyncio.wait(tasks, timeout=2.5)
    print(len(done), "done,", len(pending), "still running")
    print(sorted(t.result() for t in done))
    done2, pending2 = await asyncio.wait(pending)
    print(sorted(t.result() for t in done2), len(pending2))


asyncio.run(main())
