import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print('put', i, 'size', q.qsize(), 'full', q.full())
    await q.put(None)


async def consumer(q, name):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        await asyncio.sleep(0.5)
        total += item
        print(name, 'got', item)
        q.task_done()
    return total


async def main():
    q = asyncio.Queue(maxsize=2)
    print('empty', q.empty(), 'maxsize', q.maxsize)
    c = asyncio.create_task(consumer(q, 'c'))
    await producer(q, 5)
    await q.join()
    print('joined, total', await c)
    q.put_nowait('x')
    q.put_nowait('y')
    print(q.get_nowait(), q.get_nowait(), q.empty())


asyncio.run(main())
