import asyncio


async def job(n):
    await asyncio.sleep(n)
    return n


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f, f"{f!r}", [f])
    f.set_result({"a": [1, 2]})
    print(f)
    g = loop.create_future()
    g.set_exception(KeyError("k"))
    print(g)
    g.exception()
    h = loop.create_future()
    h.cancel()
    print(h)
    both = asyncio.gather(job(0.1), job(0.2))
    print(type(both).__name__, isinstance(both, asyncio.Future), both)
    print(await both, both)


asyncio.run(main())
