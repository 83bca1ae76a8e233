# Where an await may stand: `await` binds tighter than every operator but a call, an
# attribute or a subscript after it, so `await f() + 1` adds 1 to the awaited result.
# And every kind of expression may hold an await: a slice, an f-string's value and spec.
import asyncio


async def one():
    await asyncio.sleep(0)
    return 1


async def pair():
    return [10, 20, 30]


async def main():
    print(await one() + 2)
    print(await one() * 3 - 1)
    print(await one() ** 2 + 1)
    print(-await one() + 5)
    print(await one() + await one() == 2)
    print((await pair())[await one():])
    print((await pair())[: await one() + 1 : await one()])
    print(f"[{await one():>{await one() + 3}}] {await one() + 1!r}")
    print({await one(): await one() + 1}, [*(await pair()), await one()])
    print(await one() if await one() else 0, not await one())


asyncio.run(main())
