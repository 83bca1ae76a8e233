import asyncio
import time


async def ticker(name):
    for i in range(3):
        print(f'{name} tick {i}')
        await asyncio.sleep(0.5)


async def careless():
    print('careless: calling time.sleep(2) inside async code')
    time.sleep(2)
    print('careless: done blocking')


async def main():
    await asyncio.gather(ticker('A'), careless(), ticker('B'))


asyncio.run(main())
