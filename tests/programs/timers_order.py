import asyncio


async def at(delay, label):
    await asyncio.sleep(delay)
    print(label, 'fires at', asyncio.get_running_loop().time())


async def main():
    await asyncio.gather(
        at(2, 'first scheduled, 2s'),
        at(1, 'one second'),
        at(2, 'second scheduled, 2s'),
        at(0.1 + 0.2, '0.1+0.2'),
        at(0.3, '0.3'),
        at(1 / 3, 'a third'),
    )
    loop = asyncio.get_running_loop()
    print(f'{loop.time():.20f}')
    await asyncio.sleep(0.1)
    await asyncio.sleep(0.2)
    print(loop.time(), loop.time() == 2.3)


asyncio.run(main())
