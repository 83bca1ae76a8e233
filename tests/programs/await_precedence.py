# `await` binds to one primary, tighter than every binary operator and `**`:
# `await f() + 1` is `(await f()) + 1`, `-await x ** 2` is `-((await x) ** 2)`.
import asyncio


async def value(x):
    await asyncio.sleep(0)
    return x


async def depth(n):
    if n == 0:
        return 0
    return await depth(n - 1) + 1


async def main():
    a = 3
    print(await depth(4))
    print(a * await value(2) + 1, a + await value(2) * 3, -await value(2) ** 2)
    print(2 ** await value(3), await value(8) ** -1, a - -await value(1))
    print(await value(5) - 1 - 1, await value(6) // 4 % 3, ~await value(1))
    print(await value(1) << 2 | 1, await value(12) & 10 ^ 3)
    print(await value(True) and 7, await value(1) < 2 < 3, await value(0) if 0 else 9)
    print((await value(4) + 1) * 2, [await value(i) * i for i in range(3)])
    total = 0
    total += await value(10) * 2
    print(total, str(await value(7)) + '!', (await value([1, 2]))[0])


asyncio.run(main())
