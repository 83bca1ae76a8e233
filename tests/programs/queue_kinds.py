import asyncio


def tail(q):
    r = repr(q)
    return r[r.index(' ', r.index(' at ') + 4) + 1:]


async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z'), (5, 'e'), (0, 'y'), (2, 'a')]:
        pq.put_nowait(item)
    print(str(pq))
    print(tail(pq))
    out = []
    while not pq.empty():
        out.append(pq.get_nowait())
    print(out)
    for n in [5, 3, 8, 1, 9, 2, 7, 3, 3, 0]:
        await pq.put(n)
    print([await pq.get() for _ in range(pq.qsize())])
    pq.put_nowait(1)
    try:
        pq.put_nowait('x')
    except TypeError as e:
        print('TypeError:', e)

    lq = asyncio.LifoQueue(maxsize=3)
    for i in range(3):
        lq.put_nowait(i)
    print(str(lq), lq.full(), lq.maxsize)
    try:
        lq.put_nowait(3)
    except asyncio.QueueFull:
        print('QueueFull')
    print([lq.get_nowait() for _ in range(3)])
    for _ in range(3):
        lq.task_done()
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')

    # a blocked getter on a LifoQueue
    async def getter(q, name):
        item = await q.get()
        print(name, 'got', item)
        q.task_done()

    ts = [asyncio.create_task(getter(lq, f'g{i}')) for i in range(2)]
    await asyncio.sleep(0)
    print(str(lq))
    lq.put_nowait('a')
    lq.put_nowait('b')
    print(str(lq))
    await asyncio.gather(*ts)
    await lq.join()
    print(isinstance(pq, asyncio.Queue), type(lq).__name__, str(asyncio.Queue(5)))
    q = asyncio.Queue()
    q.put_nowait([1, 'x'])
    q.put_nowait(None)
    print(str(q), f'{q}')


asyncio.run(main())
