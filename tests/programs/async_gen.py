import asyncio


async def countdown(n, delay):
    while n > 0:
        await asyncio.sleep(delay)
        yield n
        n -= 1


async def squares(source):
    async for x in source:
        yield x * x


async def main():
    async for i in countdown(3, 1):
        print('tick', i)
    total = [s async for s in squares(countdown(4, 0.5))]
    print('squares', total)
    gen = countdown(2, 0)
    print(await gen.__anext__(), await gen.__anext__())
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print('exhausted')


asyncio.run(main())
