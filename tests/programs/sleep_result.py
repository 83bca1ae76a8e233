import asyncio


async def main():
    r = await asyncio.sleep(1, result='wake up')
    print(r)
    r = await asyncio.sleep(0, result=[1, 2])
    print(r)
    r = await asyncio.sleep(-5, 'negative means zero')
    print(r)
    print(await asyncio.sleep(0.001))
    results = await asyncio.gather(asyncio.sleep(2, 'a'), asyncio.sleep(1, 'b'))
    print(results)
    x = await asyncio.sleep(1e-05, 1e+16)
    print(x)


asyncio.run(main())
