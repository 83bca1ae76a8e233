import asyncio
from contextlib import asynccontextmanager


class Pool:
    def __init__(self, size):
        self.free = [f"conn{i}" for i in range(size)]
        self.cond = asyncio.Condition()
        self.log = []

    @asynccontextmanager
    async def connection(self, who):
        async with self.cond:
            await self.cond.wait_for(lambda: self.free)
            conn = self.free.pop(0)
        self.log.append((who, conn))
        try:
            yield conn
        finally:
            async with self.cond:
                self.free.append(conn)
                self.cond.notify()


async def query(pool, who, cost):
    async with pool.connection(who) as conn:
        print(f"{who} using {conn}")
        await asyncio.sleep(cost)
        if who == "c":
            raise ValueError(f"{who} query failed on {conn}")
    return who


async def main():
    pool = Pool(2)
    results = await asyncio.gather(*(query(pool, w, c) for w, c in zip("abcde", [0.3, 0.1, 0.2, 0.1, 0.05])), return_exceptions=True)
    print(results)
    print(pool.log, sorted(pool.free))


asyncio.run(main())
