import asyncio


async def main():
    history = asyncio.LifoQueue()
    for action in ["type 'a'", "type 'b'", "bold", "delete"]:
        await history.put(action)
        await asyncio.sleep(0.1)
    print("undo stack size", history.qsize())
    while not history.empty():
        action = await history.get()
        print("undo", action)


asyncio.run(main())
