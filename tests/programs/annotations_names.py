import asyncio
from typing import Optional


def show(label):
    print("evaluated", label)
    return int


def f(a: show("a"), *args: show("args"), b: show("b") = show("default b"), **kw: show("kw")) -> show("return"):
    return a


class Config:
    retries: show("class annotation") = show("class value")
    name: Optional[str]
    timeout: "float" = 1.5


total: show("module annotation") = show("module value")
pending: list[int]


def local_annotations():
    count: Undefined = 0
    tag: AlsoUndefined
    return count


try:

    class Node:
        def __init__(self, value: int) -> None:
            self.value = value

        def link(self, other: Node) -> Node:
            return other

except NameError as e:
    print("NameError:", e)


def outer():
    def inner(x: later) -> None:
        pass

    later = int
    return inner


async def main():
    print(local_annotations(), Config.timeout, f(1))
    try:
        outer()
    except NameError as e:
        print(type(e).__name__, e)

    async def job(q: asyncio.Queue, data: bytes = None) -> Result:
        return None

    print("not reached")


asyncio.run(main())
