"""Annotations of a def run when the definition runs: after the defaults, in order."""
import asyncio


def note(tag):
    print("evaluating", tag)
    return tag


def f(x: note("x") = note("x default"), *rest: note("rest"), k: note("k") = note("k default"),
      **kw: note("kw")) -> note("return"):
    return x


print(f(1))

try:
    class Node:
        def __init__(self, parent: "Node | None" = None) -> None:
            self.parent = parent

        def child(self) -> Node:
            return Node(self)
except NameError as e:
    print("NameError:", e)


class Tree:
    async def grow(self, n: int) -> "Tree":
        await asyncio.sleep(n)
        return n


async def main() -> None:
    def inner(a: Missing) -> None:
        pass

    try:
        inner(1)
    except NameError as e:
        print("never here", e)


try:
    asyncio.run(main())
except NameError as e:
    print("from main:", e)
print(asyncio.run(Tree().grow(1)))
