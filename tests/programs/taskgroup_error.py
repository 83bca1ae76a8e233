import asyncio


async def ok(n):
    try:
        await asyncio.sleep(n)
        print('ok', n, 'finished')
    except asyncio.CancelledError:
        print('ok', n, 'cancelled')
        raise
    return n


async def fail(n, msg):
    await asyncio.sleep(n)
    raise ValueError(msg)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(1))
            tg.create_task(fail(2, 'first'))
            tg.create_task(ok(3))
            tg.create_task(ok(4))
        print('not reached')
    except* ValueError as eg:
        print('caught', type(eg).__name__, len(eg.exceptions))
        for e in eg.exceptions:
            print(' ', repr(e))
    print('main continues')


asyncio.run(main())
