import asyncio


async def ticker():
    try:
        yield 1
        yield 2
    finally:
        print('ticker closes')


async def left():
    async for v in ticker():
        break
    print('left done, main already returned')


async def first():
    # `left` runs after main returned; nothing is left to cancel, so the
    # generator's aclose() task runs in the shutdown steps: untraced, only
    # its print shows, and it takes no Task-N number
    asyncio.create_task(left())


async def spin(tag):
    for i in range(3):
        print(tag, i)
        await asyncio.sleep(0)


async def victim():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        # made while asyncio.run cancels the leftovers: traced, but its last
        # steps run in the shutdown steps, where no `wake` line is written
        asyncio.create_task(spin('late'))
        raise


async def second():
    asyncio.create_task(victim())
    await asyncio.sleep(0)


asyncio.run(first())
asyncio.run(second())
print(asyncio.run(asyncio.sleep(0, 'third run')))
