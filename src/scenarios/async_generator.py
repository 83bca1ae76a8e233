import asyncio


async def square_odds(start, stop):
    for odd in range(start, stop + 1, 2):
        await asyncio.sleep(0.5)
        yield odd ** 2


async def main():
    async for square in square_odds(11, 17):
        print('got', square)
    squares = [s async for s in square_odds(1, 5)]
    print('all at once:', squares)


asyncio.run(main())
