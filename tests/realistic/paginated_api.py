import asyncio

DATA = [f"item-{i:03d}" for i in range(23)]


class Paginator:
    def __init__(self, page_size):
        self.page_size = page_size
        self.page = 0
        self.requests = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        start = self.page * self.page_size
        if start >= len(DATA):
            raise StopAsyncIteration
        await asyncio.sleep(0.25)
        self.requests += 1
        self.page += 1
        return DATA[start:start + self.page_size]


async def main():
    pages = Paginator(page_size=5)
    total = 0
    async for page in pages:
        total += len(page)
        print(f"page {pages.page}: {page[0]}..{page[-1]} ({len(page)} items)")
    print(f"{total} items in {pages.requests} requests")
    evens = [x async for page in Paginator(10) for x in page if int(x[-3:]) % 2 == 0]
    print(evens[:3], "...", evens[-2:], len(evens))


asyncio.run(main())
