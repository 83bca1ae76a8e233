import asyncio


async def spinner(label, period):
    n = 0
    try:
        while True:
            await asyncio.sleep(period)
            n += 1
    except asyncio.CancelledError:
        print(f"{label} stopped after {n} spins")
        return n


async def main():
    tasks = {label: asyncio.create_task(spinner(label, p)) for label, p in [("fast", 0.1), ("mid", 0.25), ("slow", 0.6)]}
    await asyncio.sleep(1.3)
    for label, t in tasks.items():
        t.cancel()
    done, pending = await asyncio.wait(tasks.values(), timeout=1)
    print(len(done), "done,", len(pending), "pending")
    for label, t in tasks.items():
        print(label, t.cancelled(), t.result())


asyncio.run(main())
