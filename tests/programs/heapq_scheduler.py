import asyncio
import heapq
import itertools


counter = itertools.count()


class Scheduler:
    def __init__(self):
        self.heap = []

    def submit(self, when, name, coro_fn):
        heapq.heappush(self.heap, (when, next(counter), name, coro_fn))

    async def run(self):
        loop = asyncio.get_running_loop()
        start = loop.time()
        running = []
        while self.heap:
            when, seq, name, fn = heapq.heappop(self.heap)
            delay = when - (loop.time() - start)
            if delay > 0:
                await asyncio.sleep(delay)
            print(f"start {name} (#{seq})")
            running.append(asyncio.create_task(fn(name), name=name))
        return await asyncio.gather(*running)


async def job(name):
    await asyncio.sleep(0.5)
    print("finished", name)
    return name.upper()


async def main():
    s = Scheduler()
    for when, name in [(2, "backup"), (0, "ping"), (1, "sync"), (0, "log")]:
        s.submit(when, name, job)
    print(await s.run())
    done = []
    async def worker(n):
        await asyncio.sleep(n / 10)
        heapq.heappush(done, (-n, f"w{n}"))
    await asyncio.gather(*(worker(n) for n in [3, 1, 2]))
    print(heapq.nsmallest(2, done), heapq.heappop(done))
    streams = await asyncio.gather(*(asyncio.sleep(0.1, result=r) for r in ([1, 5, 9], [2, 6], [0, 7])))
    print(list(heapq.merge(*streams)))


asyncio.run(main())
