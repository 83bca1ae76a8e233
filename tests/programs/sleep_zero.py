import asyncio


async def spinner(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    print(name, 'done')


async def main():
    a = asyncio.create_task(spinner('a', 3))
    b = asyncio.create_task(spinner('b', 2))
    print('main yields once')
    await asyncio.sleep(0)
    print('main back; a done?', a.done())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('main after three yields; b done?', b.done())
    await a
    print('a finished')


asyncio.run(main())
