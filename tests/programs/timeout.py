import asyncio


async def job(n):
    await asyncio.sleep(n)
    return n


async def main():
    async with asyncio.timeout(2):
        r = await job(1)
    print('in time', r)
    try:
        async with asyncio.timeout(1.5):
            await job(1)
            print('first job ok')
            await job(1)
            print('never printed')
    except TimeoutError:
        print('timed out at', asyncio.get_running_loop().time())
    try:
        async with asyncio.timeout(3):
            async with asyncio.timeout(1):
                await job(2)
    except TimeoutError:
        print('inner timeout fired')
    async with asyncio.timeout(None):
        await job(0.25)
    print('done')


asyncio.run(main())
