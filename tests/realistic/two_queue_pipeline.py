import asyncio


async def producer(raw: asyncio.Queue, n: int):
    for i in range(n):
        await raw.put(f"line {i}: hello world number {i}")
        await asyncio.sleep(0.1)
    await raw.put(None)
    print("producer done")


async def transformer(raw: asyncio.Queue, cooked: asyncio.Queue):
    while True:
        item = await raw.get()
        if item is None:
            raw.task_done()
            await cooked.put(None)
            break
        words = item.split(":")[1].strip().split()
        await asyncio.sleep(0.05)
        await cooked.put((len(words), item.upper()))
        raw.task_done()
    print("transformer done")


async def consumer(cooked: asyncio.Queue, results: list):
    while (item := await cooked.get()) is not None:
        count, text = item
        results.append(count)
        print(f"consumed {text!r} ({count} words)")
        cooked.task_done()
    cooked.task_done()
    print("consumer done")


async def main():
    raw = asyncio.Queue(maxsize=2)
    cooked = asyncio.Queue()
    results = []
    await asyncio.gather(
        producer(raw, 5),
        transformer(raw, cooked),
        consumer(cooked, results),
    )
    print("sizes:", raw.qsize(), cooked.qsize(), "total words:", sum(results))


asyncio.run(main())
