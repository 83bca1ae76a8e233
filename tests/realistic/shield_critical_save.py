import asyncio

saved = []


async def save_to_disk(data):
    print(f"saving {data!r}...")
    await asyncio.sleep(1.5)
    saved.append(data)
    print(f"saved {data!r}")
    return len(data)


async def handler(data, timeout):
    task = asyncio.ensure_future(save_to_disk(data))
    try:
        n = await asyncio.wait_for(asyncio.shield(task), timeout=timeout)
        print(f"handler got {n}")
    except TimeoutError:
        print(f"handler timed out for {data!r}, save continues: done={task.done()}")
        return task
    return None


async def main():
    leftovers = []
    for data, t in [("config", 2), ("big-blob", 1), ("log", 0.5)]:
        left = await handler(data, t)
        if left is not None:
            leftovers.append(left)
    print("waiting for", len(leftovers), "background saves")
    sizes = await asyncio.gather(*leftovers)
    print("sizes:", sizes, "saved:", saved)


asyncio.run(main())
