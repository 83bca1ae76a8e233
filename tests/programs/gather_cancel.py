import asyncio


async def child(n):
    try:
        await asyncio.sleep(n)
        print('child', n, 'done')
        return n
    except asyncio.CancelledError:
        print('child', n, 'cancelled')
        raise


async def main():
    g = asyncio.gather(child(1), child(2), child(3))
    await asyncio.sleep(1.5)
    print('cancel gather:', g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('gather was cancelled', g.cancelled())
    t = asyncio.create_task(child(2))
    g2 = asyncio.gather(child(1), t, return_exceptions=True)
    await asyncio.sleep(0.5)
    t.cancel()
    print(await g2)
    t3 = asyncio.create_task(child(1))
    g3 = asyncio.gather(t3, child(2))
    t3.cancel()
    try:
        await g3
    except asyncio.CancelledError:
        print('one child cancelled -> gather raises CancelledError')
    await asyncio.sleep(3)
    print('end')


asyncio.run(main())
