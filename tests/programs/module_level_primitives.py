import asyncio

# Made before any loop runs: each binds to a loop only the first time it has to wait.
lock = asyncio.Lock()
queue = asyncio.Queue()
ready = asyncio.Event()


async def job(n):
    async with lock:
        await asyncio.sleep(0.1)
    await queue.put(n)


async def first():
    await asyncio.gather(job(1), job(2))
    ready.set()
    print("first run:", queue.qsize(), lock.locked())


async def second():
    await ready.wait()
    async with lock:
        items = [queue.get_nowait() for _ in range(queue.qsize())]
    await queue.put(sum(items))
    print("second run:", items, await queue.get())


asyncio.run(first())
asyncio.run(second())
