import asyncio


async def service(name, stop):
    handled = 0
    while not stop.is_set():
        await asyncio.sleep(0.3)
        handled += 1
    print(f"{name} handled {handled} requests, shutting down")
    await asyncio.sleep(0.1)
    return handled


async def main():
    stop = asyncio.Event()
    services = [asyncio.create_task(service(n, stop)) for n in ("api", "worker", "cron")]
    await asyncio.sleep(1.0)
    print("SIGTERM received")
    stop.set()
    counts = await asyncio.gather(*services)
    print("total handled", sum(counts))


asyncio.run(main())
