import asyncio


class TokenBucket:
    def __init__(self, rate, capacity):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.updated = None

    def _refill(self, now):
        if self.updated is None:
            self.updated = now
        elapsed = now - self.updated
        self.tokens = min(self.capacity, self.tokens + elapsed * self.rate)
        self.updated = now

    async def acquire(self):
        loop = asyncio.get_running_loop()
        while True:
            self._refill(loop.time())
            if self.tokens >= 1:
                self.tokens -= 1
                return
            await asyncio.sleep((1 - self.tokens) / self.rate)


async def call_api(bucket, i, start):
    await bucket.acquire()
    now = asyncio.get_running_loop().time()
    print(f"request {i:02d} at t={now - start:5.2f}s tokens left={bucket.tokens:.2f}")


async def main():
    bucket = TokenBucket(rate=4, capacity=3)
    start = asyncio.get_running_loop().time()
    await asyncio.gather(*(call_api(bucket, i, start) for i in range(10)))


asyncio.run(main())
