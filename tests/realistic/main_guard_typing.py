from __future__ import annotations

import asyncio
from typing import Optional


async def find_user(users: dict[str, int], name: str) -> Optional[int]:
    await asyncio.sleep(0.1)
    return users.get(name)


async def main() -> None:
    users: dict[str, int] = {"ann": 31, "bob": 27}
    for name in ("ann", "zed"):
        age: Optional[int] = await find_user(users, name)
        print(f"{name!s:>5}: {age if age is not None else 'unknown'}")
    print(format(1234567.891, ",.2f"), f"{'mid':*^11}", f"{12345.678:e}", "{a}-{b}".format(**{"a": 1, "b": 2}))
    print(main.__name__, find_user.__qualname__, __name__)


if __name__ == "__main__":
    asyncio.run(main())
