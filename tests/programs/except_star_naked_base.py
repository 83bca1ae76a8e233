import asyncio


async def grouped():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.sleep(1))
    except* Exception as eg:
        print('not reached', [type(e).__name__ for e in eg.exceptions])
    print('not reached either')


async def main():
    try:
        try:
            raise asyncio.CancelledError('naked')
        except* Exception as eg:
            print('matched', repr(eg))
    except BaseException as e:
        print('escaped', repr(e))
    try:
        raise KeyError('k')
    except* Exception as eg:
        print('wrapped', repr(eg))
    asyncio.create_task(grouped())


asyncio.run(main())
