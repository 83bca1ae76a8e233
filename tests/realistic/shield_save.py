import asyncio


async def save_to_disk(data):
    print("saving", data)
    await asyncio.sleep(1)
    print("saved", data)
    return len(data)


async def handler(data):
    result = await asyncio.shield(save_to_disk(data))
    print("handler got", result)


async def main():
    task = asyncio.create_task(handler("important"))
    await asyncio.sleep(0.3)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("handler was cancelled")
    await asyncio.sleep(1)
    print("main done")


asyncio.run(main())
