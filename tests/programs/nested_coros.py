import asyncio


async def leaf(n):
    await asyncio.sleep(n)
    return n


async def middle(n):
    a = await leaf(n)
    b = await leaf(n / 2)
    return a + b


async def top():
    total = 0
    for n in [1, 2]:
        total += await middle(n)
    return total


async def main():
    print('sequential', await top())
    t = asyncio.create_task(top())
    print('in a task', await t)
    print('gathered', await asyncio.gather(middle(1), leaf(2)))


asyncio.run(main())
