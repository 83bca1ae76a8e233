import asyncio
import random


async def producer(queue, n):
    for i in range(n):
        item = random.randint(1, 100)
        await queue.put(item)
        print(f"produced {item} (queue size {queue.qsize()})")
        await asyncio.sleep(0.2)
    await queue.put(None)


async def consumer(queue):
    total = 0
    while True:
        item = await queue.get()
        if item is None:
            break
        await asyncio.sleep(0.5)
        total += item
        print(f"consumed {item}, running total {total}")
    return total


async def main():
    queue = asyncio.Queue(maxsize=2)
    _, total = await asyncio.gather(producer(queue, 6), consumer(queue))
    print("sum:", total)


asyncio.run(main())
