# A Protocol-typed client: classes that only describe methods (Protocol as a base, `...`
# bodies), implementations that satisfy them structurally or by deriving from them, and
# CPython's TypeErrors for instantiating a protocol or an isinstance check against one.
import asyncio
from typing import Protocol, TypeVar, cast


class Fetcher(Protocol):
    async def fetch(self, url: str) -> str: ...

    def name(self) -> str: ...


class Closer(Protocol):
    async def close(self) -> None: ...


class Client(Fetcher, Closer, Protocol):
    retries: int


class SlowClient:
    retries = 2

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.closed = False

    async def fetch(self, url: str) -> str:
        await asyncio.sleep(self.delay)
        return f"<{url} after {self.delay}>"

    def name(self) -> str:
        return f"slow({self.delay})"

    async def close(self) -> None:
        await asyncio.sleep(0)
        self.closed = True


class EchoClient(Fetcher):
    async def fetch(self, url: str) -> str:
        return url.upper()

    def name(self) -> str:
        return "echo"


F = TypeVar("F", bound=Fetcher)


def pick(clients: list[F], index: int) -> F:
    return clients[index]


async def crawl(client: Fetcher, urls: list[str]) -> list[str]:
    pages = []
    for url in urls:
        page = await client.fetch(url)
        print(client.name(), "got", page)
        pages.append(page)
    return pages


async def main() -> None:
    slow = SlowClient(0.5)
    fast = cast(Fetcher, SlowClient(0.1))
    echo = EchoClient()
    results = await asyncio.gather(
        crawl(slow, ["a", "b"]), crawl(fast, ["c"]), crawl(echo, ["d", "e"])
    )
    print(results)
    closer: Closer = slow
    await closer.close()
    print(slow.closed, pick([echo], 0).name(), fast is cast(Closer, fast))
    print(Fetcher, Client.__mro__)
    print(EchoClient.__mro__, isinstance(echo, EchoClient), issubclass(EchoClient, EchoClient))
    print(Fetcher.__parameters__, Protocol, Protocol.__mro__)
    for bad in (
        lambda: Fetcher(),
        lambda: Client(),
        lambda: isinstance(slow, Fetcher),
        lambda: issubclass(SlowClient, Closer),
    ):
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)
    try:
        class Broken(SlowClient, Protocol):
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
