import asyncio


async def sub():
    await asyncio.sleep(1)
    print('sub done')


async def main():
    me = asyncio.current_task()
    asyncio.create_task(sub())
    await asyncio.sleep(0.5)
    print('main cancels itself, cancelling =', me.cancelling())
    me.cancel()
    print('still running until the next await')
    await asyncio.sleep(5)
    print('not reached')


asyncio.run(main())
