import asyncio


class Buffer:
    def __init__(self):
        self.items = []
        self.cond = asyncio.Condition()

    async def put(self, item):
        async with self.cond:
            self.items.append(item)
            self.cond.notify()

    async def get(self):
        async with self.cond:
            await self.cond.wait_for(lambda: self.items)
            return self.items.pop(0)


async def consumer(buf, name):
    for _ in range(2):
        item = await buf.get()
        print(f"{name} got {item}")


async def main():
    buf = Buffer()
    consumers = [asyncio.create_task(consumer(buf, f"c{i}")) for i in range(2)]
    for i in range(4):
        await asyncio.sleep(0.5)
        await buf.put(i)
    await asyncio.gather(*consumers)


asyncio.run(main())
