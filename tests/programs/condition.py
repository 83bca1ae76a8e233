import asyncio


def tail(obj):
    r = repr(obj)
    return r[r.index('['):]


async def consumer(cond, items, name):
    async with cond:
        print(name, 'waits', tail(cond))
        await cond.wait()
        print(name, 'woke, items', items)
    print(name, 'left')


async def waiter_for(cond, items):
    async with cond:
        got = await cond.wait_for(lambda: len(items) >= 2)
        print('wait_for returned', got, items)


async def main():
    cond = asyncio.Condition()
    print(tail(cond), cond.locked())
    items = []
    tasks = [asyncio.create_task(consumer(cond, items, f'c{i}')) for i in range(3)]
    w = asyncio.create_task(waiter_for(cond, items))
    await asyncio.sleep(0)
    print('after start', tail(cond))
    async with cond:
        items.append(1)
        cond.notify()
        print('notified one', tail(cond))
    await asyncio.sleep(0.1)
    async with cond:
        items.append(2)
        cond.notify_all()
    await asyncio.gather(*tasks, w)
    print('done', tail(cond))

    # errors
    try:
        await cond.wait()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError:', e)

    # with an explicit lock: the condition shares it
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    await lock.acquire()
    print('shared', c2.locked(), tail(c2))
    c2.release()
    print('shared', lock.locked())

    # notify(n) and a cancelled waiter
    c3 = asyncio.Condition()
    ts = [asyncio.create_task(consumer(c3, items, f'd{i}')) for i in range(4)]
    await asyncio.sleep(0)
    ts[1].cancel()
    await asyncio.sleep(0)
    print('after cancel', tail(c3))
    async with c3:
        c3.notify(2)
    await asyncio.sleep(0)
    print('two notified', tail(c3))
    async with c3:
        c3.notify(5)
    res = await asyncio.gather(*ts, return_exceptions=True)
    print([type(r).__name__ for r in res])

    # a waiter cancelled after it was notified, while it waits for the lock
    c4 = asyncio.Condition()
    t1 = asyncio.create_task(consumer(c4, items, 'e1'))
    t2 = asyncio.create_task(consumer(c4, items, 'e2'))
    await asyncio.sleep(0)
    await c4.acquire()
    c4.notify(1)
    await asyncio.sleep(0)
    t1.cancel()
    c4.release()
    res = await asyncio.gather(t1, t2, return_exceptions=True)
    print([type(r).__name__ for r in res])


asyncio.run(main())
