import asyncio


async def worker(name):
    print(name, 'working')
    try:
        await asyncio.sleep(10)
        print(name, 'finished')
    except asyncio.CancelledError:
        print(name, 'was cancelled')
        raise
    finally:
        print(name, 'cleanup')


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('stubborn ignores the cancel')
    return 'still here'


async def main():
    t1 = asyncio.create_task(worker('a'))
    t2 = asyncio.create_task(worker('b'))
    t2.cancel()
    await asyncio.sleep(1)
    print('cancel a:', t1.cancel())
    try:
        await t1
    except asyncio.CancelledError:
        print('main saw a cancelled:', t1.cancelled(), t2.cancelled())
    t3 = asyncio.create_task(stubborn())
    await asyncio.sleep(1)
    t3.cancel()
    print(await t3, t3.cancelled())
    print('cancel done task:', t3.cancel())


asyncio.run(main())
