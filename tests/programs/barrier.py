import asyncio


def tail(obj):
    r = repr(obj)
    return r[r.index('['):]


async def worker(barrier, name, delay):
    await asyncio.sleep(delay)
    print(name, 'arrives', tail(barrier), barrier.n_waiting)
    index = await barrier.wait()
    print(name, 'passes with index', index)
    return index


async def broken_worker(barrier, name):
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print(name, 'BrokenBarrierError:', e)
        return 'broken'


async def main():
    b = asyncio.Barrier(3)
    print(tail(b), b.parties, b.n_waiting, b.broken)
    res = await asyncio.gather(*(worker(b, f'w{i}', 0.1 * (3 - i)) for i in range(3)))
    print('indices', res, tail(b))
    # a second round reuses the barrier
    res = await asyncio.gather(*(worker(b, f'x{i}', 0) for i in range(3)))
    print('indices', res)

    # async with gives the index
    async def using_with(name):
        async with b as idx:
            print(name, 'inside with index', idx)
    await asyncio.gather(*(using_with(f'y{i}') for i in range(3)))

    # reset wakes the waiters with BrokenBarrierError
    ts = [asyncio.create_task(broken_worker(b, f'r{i}')) for i in range(2)]
    await asyncio.sleep(0)
    print('before reset', tail(b))
    await b.reset()
    print('resetting', tail(b))
    print(await asyncio.gather(*ts))
    print('after reset', tail(b))

    # abort breaks it for good
    ts = [asyncio.create_task(broken_worker(b, f'a{i}')) for i in range(2)]
    await asyncio.sleep(0)
    await b.abort()
    print('aborted', tail(b), b.broken, b.n_waiting)
    print(await asyncio.gather(*ts))
    print(await broken_worker(b, 'late'))
    await b.reset()
    print('reset again', tail(b), b.broken)

    # a cancelled waiter
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(b2.wait())
    await asyncio.sleep(0)
    print('one waiting', tail(b2))
    t.cancel()
    await asyncio.sleep(0)
    print('cancelled', t.cancelled(), tail(b2))


asyncio.run(main())
