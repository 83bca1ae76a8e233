# Classes in asyncio code: async methods run as tasks (their names are the methods'
# qualified names), an async iterator class, an async context manager class that
# swallows an error, a class with __call__ as a callback, and a sync `with` in a coroutine.
import asyncio


class Worker:
    def __init__(self, name, delay):
        self.name = name
        self.delay = delay
        self.done = []

    async def handle(self, job):
        await asyncio.sleep(self.delay)
        self.done.append(job)
        return f"{self.name}:{job}"

    async def run(self, jobs):
        for job in jobs:
            print(await self.handle(job))
        return len(self.done)


class Ticker:
    def __init__(self, n, delay):
        self.n = n
        self.delay = delay

    def __aiter__(self):
        return TickerIterator(self)


class TickerIterator:
    def __init__(self, ticker):
        self.ticker = ticker
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.ticker.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(self.ticker.delay)
        return self.i


class Guard:
    def __init__(self, label):
        self.label = label

    async def __aenter__(self):
        print("enter", self.label)
        await asyncio.sleep(0.1)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.1)
        print("exit", self.label, exc_type.__name__ if exc_type else None)
        return isinstance(exc, LookupError)


class Recorder:
    def __init__(self):
        self.calls = []

    def __call__(self, tag):
        self.calls.append(tag)
        print("callback", tag, asyncio.get_running_loop().time())


class Timer:
    def __enter__(self):
        self.start = asyncio.get_running_loop().time()
        return self

    def __exit__(self, *exc):
        self.elapsed = asyncio.get_running_loop().time() - self.start
        return False


async def main():
    w1 = Worker("w1", 0.3)
    w2 = Worker("w2", 0.2)
    t1 = asyncio.create_task(w1.run(["a", "b"]))
    t2 = asyncio.create_task(w2.run(["c", "d", "e"]))
    print(t1.get_name(), t1.get_coro().__qualname__)
    print(await asyncio.gather(t1, t2))
    async for i in Ticker(3, 0.1):
        print("tick", i)
    print([i async for i in Ticker(2, 0.05)])
    async with Guard("g1") as g:
        print("inside", g.label)
        {}["nope"]
    print("swallowed")
    try:
        async with Guard("g2"):
            raise ValueError("kept")
    except ValueError as e:
        print("propagated", e)
    rec = Recorder()
    loop = asyncio.get_running_loop()
    loop.call_later(0.2, rec, "late")
    loop.call_soon(rec, "soon")
    with Timer() as t:
        await asyncio.sleep(0.5)
    print("elapsed", round(t.elapsed, 2), rec.calls)
    try:
        async for _ in Worker("x", 0):
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async with Timer():
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
