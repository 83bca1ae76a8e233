# A client class with async methods, an async context manager, an async iterator and a
# custom exception: the way tutorials write asyncio code (the simulator has no `class` yet).
import asyncio


class ServerBusy(Exception):
    pass


class Client:
    def __init__(self, name, delay):
        self.name = name
        self.delay = delay
        self.open = False

    async def __aenter__(self):
        await asyncio.sleep(0.1)
        self.open = True
        print(f"{self.name}: connected")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.open = False
        print(f"{self.name}: closed ({exc_type.__name__ if exc_type else 'ok'})")
        return exc_type is ServerBusy

    async def fetch(self, item):
        await asyncio.sleep(self.delay)
        if item == "busy":
            raise ServerBusy(f"{self.name} cannot serve {item}")
        return f"{item}@{self.name}"

    def __aiter__(self):
        self.left = 3
        return self

    async def __anext__(self):
        if self.left == 0:
            raise StopAsyncIteration
        self.left -= 1
        await asyncio.sleep(self.delay)
        return self.left


async def use(client, items):
    async with client:
        for item in items:
            print(await client.fetch(item))
        async for n in client:
            print(client.name, "tick", n)


async def main():
    a = Client("alpha", 0.5)
    b = Client("beta", 0.25)
    await asyncio.gather(use(a, ["x", "y"]), use(b, ["z", "busy", "never"]))
    print("open:", a.open, b.open)


asyncio.run(main())
