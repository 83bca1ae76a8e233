import asyncio
from collections import deque


class SlidingWindow:
    def __init__(self, window):
        self.window = window
        self.hits = deque()

    def hit(self, now):
        self.hits.append(now)
        while self.hits and self.hits[0] <= now - self.window:
            self.hits.popleft()
        return len(self.hits)


async def client(name, gaps, limiter, loop, allowed):
    for gap in gaps:
        await asyncio.sleep(gap)
        count = limiter.hit(loop.time())
        ok = count <= 3
        allowed[ok] = allowed.get(ok, 0) + 1
        print(f"{loop.time():5.2f} {name:<3} count={count} {'OK' if ok else 'THROTTLED'}")


async def main():
    loop = asyncio.get_running_loop()
    limiter = SlidingWindow(1.0)
    allowed = {}
    await asyncio.gather(
        client("a", [0.1, 0.2, 0.2, 0.7], limiter, loop, allowed),
        client("b", [0.15, 0.1, 0.5, 0.3], limiter, loop, allowed),
    )
    print(allowed, list(limiter.hits))


asyncio.run(main())
