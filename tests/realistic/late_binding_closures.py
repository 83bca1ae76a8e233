import asyncio
import functools


async def work(i, tag="x"):
    await asyncio.sleep(0.1 * (3 - i))
    return f"{tag}{i}"


async def main():
    makers = [lambda: work(i) for i in range(3)]
    print(await asyncio.gather(*(m() for m in makers)))
    makers = [lambda i=i: work(i) for i in range(3)]
    print(await asyncio.gather(*(m() for m in makers)))
    partials = [functools.partial(work, i, tag="p") for i in range(3)]
    tasks = [asyncio.create_task(p()) for p in partials]
    print([await t for t in tasks])
    counter = 0

    def bump():
        nonlocal counter
        counter += 1
        return counter

    callbacks = []
    loop = asyncio.get_running_loop()
    for i in range(3):
        loop.call_soon(lambda: callbacks.append((i, bump())))
    await asyncio.sleep(0)
    print(callbacks, counter)


asyncio.run(main())
