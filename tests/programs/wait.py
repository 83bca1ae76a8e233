import asyncio


async def work(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


async def main():
    a = asyncio.create_task(work("a", 1))
    b = asyncio.create_task(work("b", 2))
    c = asyncio.create_task(work("c", 3))
    done, pending = await asyncio.wait([a, b, c], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), a in done, b in pending)
    for t in done:
        print("first:", t.result())
    done, pending = await asyncio.wait(pending, timeout=0.5)
    print("after timeout:", len(done), len(pending))
    done, pending = await asyncio.wait({b, c})
    print("all:", len(done), len(pending), sorted(t.result() for t in [b, c]))
    d = asyncio.create_task(work("d", 1, fail=True))
    e = asyncio.create_task(work("e", 5))
    done, pending = await asyncio.wait([d, e], return_when=asyncio.FIRST_EXCEPTION)
    print("exception:", [t.exception() for t in [d]], e in pending)
    done, pending = await asyncio.wait([e], return_when=asyncio.FIRST_EXCEPTION)
    print("no exception:", e in done, e.result())
    # futures already done: the waiter is released on the next turn
    done, pending = await asyncio.wait([a, b], return_when=asyncio.FIRST_COMPLETED)
    print("already done:", len(done), len(pending))
    f = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(1, f.set_result, 42)
    done, pending = await asyncio.wait([f, f])
    print("future:", f in done, f.result())
    done, pending = await asyncio.wait([a], timeout=0)
    print("timeout 0:", len(done))


asyncio.run(main())
