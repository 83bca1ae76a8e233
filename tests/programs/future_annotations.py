"""Forward references in annotations: with the future import, none is evaluated."""
# a comment between the docstring and the future import
from __future__ import annotations

import asyncio


class Node:
    def __init__(self, value: int, parent: Node | None = None) -> None:
        self.value = value
        self.parent = parent

    def child(self, value: int) -> Node:
        return Node(value, self)

    async def depth(self) -> Undefined:
        await asyncio.sleep(0.1)
        return 0 if self.parent is None else 1 + await self.parent.depth()


root: Tree = Node(1)


async def main() -> None:
    leaf = root.child(2).child(3)
    print(leaf.value, await leaf.depth())


asyncio.run(main())
