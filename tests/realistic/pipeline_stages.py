import asyncio


async def stage(name, inbox, outbox, fn, delay):
    while True:
        item = await inbox.get()
        if item is None:
            if outbox is not None:
                await outbox.put(None)
            break
        await asyncio.sleep(delay)
        result = fn(item)
        print(f"{name}: {item} -> {result}")
        if outbox is not None:
            await outbox.put(result)


async def main():
    q1, q2, q3 = asyncio.Queue(), asyncio.Queue(), asyncio.Queue()
    tasks = [
        asyncio.create_task(stage("double", q1, q2, lambda x: x * 2, 0.1)),
        asyncio.create_task(stage("inc", q2, q3, lambda x: x + 1, 0.3)),
        asyncio.create_task(stage("show", q3, None, str, 0.05)),
    ]
    for i in range(4):
        await q1.put(i)
    await q1.put(None)
    await asyncio.gather(*tasks)


asyncio.run(main())
