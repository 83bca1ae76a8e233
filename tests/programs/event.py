import asyncio


async def waiter(ev, name):
    print(name, 'waiting')
    await ev.wait()
    print(name, 'released')
    return name


async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, f'w{i}')) for i in range(3)]
    await asyncio.sleep(1)
    print('is_set', ev.is_set())
    ev.set()
    print('is_set', ev.is_set())
    print(await asyncio.gather(*tasks))
    await ev.wait()
    print('already set: no wait')
    ev.clear()
    print('cleared', ev.is_set())


asyncio.run(main())
