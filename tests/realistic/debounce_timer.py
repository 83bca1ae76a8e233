import asyncio


class Debouncer:
    def __init__(self, delay, action):
        self.delay = delay
        self.action = action
        self.handle = None
        self.fired = 0

    def trigger(self, value):
        loop = asyncio.get_running_loop()
        if self.handle is not None:
            self.handle.cancel()
        self.handle = loop.call_later(self.delay, self._fire, value)

    def _fire(self, value):
        self.fired += 1
        self.handle = None
        self.action(value)


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    search = Debouncer(0.3, lambda q: print(f"search {q!r} at {loop.time() - start:.2f}"))
    typed = ""
    for ch, gap in zip("asyncio", [0.1, 0.1, 0.5, 0.1, 0.1, 0.4, 0.05]):
        typed += ch
        search.trigger(typed)
        await asyncio.sleep(gap)
    await asyncio.sleep(1)
    print("searches fired:", search.fired)


asyncio.run(main())
