import asyncio


async def fetch(name, delay):
    print('fetch', name)
    await asyncio.sleep(delay)
    return f'{name}:{delay}'


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(fetch('a', 2))
        b = tg.create_task(fetch('b', 1), name='fetch-b')
        print('tasks started')
    print('all done', a.result(), b.result())
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(fetch('c', 0.5))
        await asyncio.sleep(1)
        print('c finished inside the block:', t.done())
    print('end')


asyncio.run(main())
