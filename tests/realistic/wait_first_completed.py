import asyncio


async def query(server, delay):
    await asyncio.sleep(delay)
    return f"answer from {server}"


async def main():
    tasks = [
        asyncio.create_task(query("eu", 0.8), name="eu"),
        asyncio.create_task(query("us", 0.3), name="us"),
        asyncio.create_task(query("asia", 1.5), name="asia"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for t in done:
        print("fastest:", t.get_name(), t.result())
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print("cancelled:", sorted(t.get_name() for t in pending if t.cancelled()))


asyncio.run(main())
