import asyncio
from contextlib import asynccontextmanager, contextmanager


class Resource:
    def __init__(self, name):
        self.name = name
        self.opened = 0

    @contextmanager
    def opening(self, mode):
        self.opened += 1
        print(f"open {self.name} ({mode})")
        try:
            yield f"{self.name}:{mode}"
        finally:
            print(f"close {self.name}")

    @asynccontextmanager
    async def session(self, user, delay=0.1):
        await asyncio.sleep(delay)
        print(f"{user} in {self.name}")
        try:
            yield self
        finally:
            await asyncio.sleep(delay)
            print(f"{user} out of {self.name}")

    @staticmethod
    @contextmanager
    def quiet():
        yield "quiet"


async def main():
    r = Resource("db")
    with r.opening("rw") as handle:
        print("got", handle)
    async with r.session("ann") as res:
        print(res is r, res.opened)
    try:
        async with r.session("bob", delay=0.2):
            raise KeyError("boom")
    except KeyError as e:
        print("propagated", repr(e))
    with Resource.quiet() as q, Resource.opening(r, "ro") as h:
        print(q, h, type(Resource.session).__name__, type(r.session).__name__)


asyncio.run(main())
