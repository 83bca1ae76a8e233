import asyncio


async def forever(name):
    try:
        while True:
            await asyncio.sleep(1)
            print(name, 'tick')
    except asyncio.CancelledError:
        print(name, 'cancelled at shutdown')
        raise
    finally:
        print(name, 'finally')


async def late():
    print('late task gets one step before the loop stops')


async def cleanup_needs_time():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        await asyncio.sleep(0.5)
        print('cleanup finished after a delay')
        return 'swallowed'


async def main():
    asyncio.create_task(forever('a'))
    asyncio.create_task(forever('b'))
    asyncio.create_task(cleanup_needs_time())
    await asyncio.sleep(2.5)
    asyncio.create_task(late())
    print('main returns')
    return 'main result'


print(asyncio.run(main()))
