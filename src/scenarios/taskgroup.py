import asyncio


async def work(name, seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise ValueError(f'{name} failed')
    print(f'{name} done')
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(work('a', 1))
        b = tg.create_task(work('b', 2))
    print('both finished:', a.result(), b.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('c', 1, fail=True))
            tg.create_task(work('d', 3))
    except* ValueError as group:
        for e in group.exceptions:
            print('caught:', e)


asyncio.run(main())
