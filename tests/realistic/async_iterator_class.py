import asyncio


class Ticker:
    def __init__(self, count, delay):
        self.count = count
        self.delay = delay
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.count:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.i += 1
        return self.i


async def main():
    async for tick in Ticker(4, 0.25):
        print("tick", tick)
    squares = [t * t async for t in Ticker(3, 0.1)]
    print(squares)


asyncio.run(main())
