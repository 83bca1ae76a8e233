import asyncio


async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(1)
            yield i
    finally:
        print('ticker closed')


async def main():
    async for x in ticker(5):
        print('got', x)
        if x == 1:
            break
    print('after the loop')
    await asyncio.sleep(0.5)
    print('end')


asyncio.run(main())
