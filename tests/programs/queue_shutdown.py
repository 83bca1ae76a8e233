import asyncio


async def consumer(q, name):
    while True:
        try:
            item = await q.get()
        except asyncio.QueueShutDown:
            print(name, 'QueueShutDown')
            return name
        print(name, 'got', item)
        q.task_done()
        await asyncio.sleep(0.1)


async def producer(q, name, items):
    for i in items:
        try:
            await q.put(i)
        except asyncio.QueueShutDown:
            print(name, 'QueueShutDown on put', i)
            return
        print(name, 'put', i)


async def main():
    # graceful: getters drain what is left, then see QueueShutDown
    q = asyncio.Queue()
    cs = [asyncio.create_task(consumer(q, f'c{i}')) for i in range(2)]
    for i in range(3):
        q.put_nowait(i)
    await asyncio.sleep(0)
    q.shutdown()
    print(str(q))
    try:
        q.put_nowait(9)
    except asyncio.QueueShutDown as e:
        print('put_nowait', type(e).__name__, repr(e))
    print(await asyncio.gather(*cs))
    try:
        q.get_nowait()
    except asyncio.QueueShutDown:
        print('get_nowait QueueShutDown')
    await q.join()
    print('joined', str(q))

    # immediate: items dropped, join released, blocked putters raise
    q = asyncio.Queue(maxsize=1)
    ps = [asyncio.create_task(producer(q, f'p{i}', [i * 10, i * 10 + 1])) for i in range(2)]
    await asyncio.sleep(0)
    print(str(q))

    async def joiner():
        await q.join()
        print('join returned')

    j = asyncio.create_task(joiner())
    await asyncio.sleep(0)
    q.shutdown(immediate=True)
    print(str(q), q.qsize())
    await asyncio.gather(*ps, j)

    # a getter blocked on an empty queue
    q = asyncio.Queue()
    g = asyncio.create_task(consumer(q, 'lone'))
    await asyncio.sleep(0)
    q.shutdown(False)
    print(await g)
    q.shutdown()
    print(str(q), issubclass(asyncio.QueueShutDown, Exception))

    # shutdown with unfinished tasks, not immediate: join still waits
    q = asyncio.LifoQueue()
    q.put_nowait('x')
    q.put_nowait('y')
    q.shutdown()
    print(q.get_nowait(), str(q))
    q.task_done()
    q.shutdown(immediate=True)
    print(str(q))
    await q.join()
    print('joined again')


asyncio.run(main())
