import asyncio


async def ticker(n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0.5)
    finally:
        print('ticker', n, 'closes')


async def main():
    ag = ticker(3)
    print('first', await anext(ag))
    print('second', await anext(ag, 'no more'))
    await ag.aclose()
    print('after close', await anext(ag, 'no more'))
    # aclose() in a task cancelled before its first step: the
    # CancelledError goes into the generator, whose finally still runs
    ag2 = ticker(5)
    print('got', await ag2.__anext__())
    t = asyncio.create_task(ag2.aclose())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('close task cancelled', t.cancelled())
    # a dropped asend / athrow awaitable warns as a coroutine method
    async for _ in ag2:
        pass
    ag2.__anext__()
    ag2.aclose()
    print('done')


asyncio.run(main())
