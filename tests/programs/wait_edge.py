import asyncio


async def work(name, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    return name


async def waiter(tasks):
    done, pending = await asyncio.wait(tasks)
    return len(done)


async def main():
    c = work("coro", 1)
    for bad in (c, [c], []):
        try:
            await asyncio.wait(bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    await c
    a = asyncio.create_task(work("a", 1))
    try:
        await asyncio.wait([a], return_when="SOMETIMES")
    except ValueError as e:
        print(e)
    try:
        await asyncio.wait([a], 5)
    except TypeError as e:
        print(e)
    # cancelling the waiting task leaves the awaited tasks running
    w = asyncio.create_task(waiter([a]))
    await asyncio.sleep(0.5)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("waiter cancelled; a done?", a.done())
    print(await a)
    # a cancelled task counts as done, not as an exception
    b = asyncio.create_task(work("b", 2))
    d = asyncio.create_task(work("d", 3))
    asyncio.get_running_loop().call_later(0.5, b.cancel)
    done, pending = await asyncio.wait([b, d], return_when=asyncio.FIRST_EXCEPTION)
    print(b in done, b.cancelled(), d in pending)
    # timeout with nothing finishing
    done, pending = await asyncio.wait([d], timeout=1)
    print(len(done), len(pending), d.done())
    print(await asyncio.wait_for(d, None))
    # a generator of tasks, and the same task twice
    e = asyncio.create_task(work("e", 1))
    done, pending = await asyncio.wait(t for t in [e, e])
    print(len(done), e.result())
    done, pending = await asyncio.wait([e], timeout=-1)
    print(len(done), len(pending))


asyncio.run(main())
