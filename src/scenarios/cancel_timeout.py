import asyncio


async def slow(name, seconds):
    try:
        await asyncio.sleep(seconds)
        return f'{name} finished'
    except asyncio.CancelledError:
        print(f'{name}: cancelled, cleaning up')
        raise


async def main():
    task = asyncio.create_task(slow('job', 5))
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('main: job was cancelled:', task.cancelled())

    try:
        print(await asyncio.wait_for(slow('wait_for', 3), timeout=1))
    except TimeoutError:
        print('main: wait_for gave up after 1 s')

    try:
        async with asyncio.timeout(0.5):
            await slow('timeout block', 2)
    except TimeoutError:
        print('main: the timeout block expired')


asyncio.run(main())
