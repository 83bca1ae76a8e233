# Coroutines held by attributes of objects: overwritten, deleted, dropped with the object,
# and one kept until it is awaited.
import asyncio


async def job(name):
    await asyncio.sleep(0.1)
    return name


class Holder:
    def __init__(self):
        self.pending = job("first")

    def swap(self, name):
        self.pending = job(name)


async def main():
    h = Holder()
    print("made")
    h.swap("second")
    print("swapped")
    del h.pending
    print("deleted")
    h.pending = job("kept")
    print(await h.pending)
    other = Holder()
    other = None
    print("dropped the holder")
    err = ValueError("boom")
    err.coro = job("on an exception")
    err.coro = None
    print("done")


asyncio.run(main())
