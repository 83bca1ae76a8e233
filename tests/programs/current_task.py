import asyncio


async def who(label):
    t = asyncio.current_task()
    print(label, 'runs in', t.get_name())
    await asyncio.sleep(0.1)
    return t.get_name()


async def main():
    me = asyncio.current_task()
    print('main is', me.get_name(), me.done())
    print(await who('direct'))
    t = asyncio.create_task(who('task'))
    named = asyncio.create_task(who('named'), name='worker-7')
    print(await t, await named)
    print(await asyncio.gather(who('g1'), who('g2')))
    named.set_name('renamed')
    print(named.get_name(), asyncio.current_task() is me)
    print(asyncio.current_task() is t, t.done())


print(asyncio.run(main()))
