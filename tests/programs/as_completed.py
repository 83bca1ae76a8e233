import asyncio


async def work(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


async def main():
    tasks = [
        asyncio.create_task(work("slow", 3)),
        asyncio.create_task(work("fast", 1)),
        asyncio.create_task(work("mid", 2)),
    ]
    # plain iteration: each item is a coroutine giving the next result
    for next_done in asyncio.as_completed(tasks):
        print("plain:", await next_done)
    # async iteration: the original tasks, in completion order
    tasks = [
        asyncio.create_task(work("x", 2)),
        asyncio.create_task(work("y", 1)),
    ]
    async for t in asyncio.as_completed(tasks):
        print("async:", t.get_name(), t is tasks[1], t.result())
    # a coroutine gets a task of its own
    async for t in asyncio.as_completed([work("coro", 1), tasks[0]]):
        print("with coro:", t.get_name(), t.result())
    # an exception comes out of the await
    failing = [asyncio.create_task(work("bad", 1, fail=True))]
    for c in asyncio.as_completed(failing):
        try:
            await c
        except ValueError as e:
            print("raised", repr(e))
    # timeout
    slow = [asyncio.create_task(work("s1", 2)), asyncio.create_task(work("s2", 5))]
    try:
        for c in asyncio.as_completed(slow, timeout=3):
            print("in time:", await c)
    except TimeoutError:
        print("timed out; s2 done?", slow[1].done())
    try:
        async for t in asyncio.as_completed([slow[1]], timeout=1):
            print("never", t)
    except TimeoutError:
        print("async timed out")
    print(await slow[1])
    # empty, and a bad argument
    print(list(asyncio.as_completed([])))
    c = work("c", 0)
    try:
        asyncio.as_completed(c)
    except TypeError as e:
        print(e)
    print(await c)
    it = asyncio.as_completed([asyncio.create_task(work("n", 1))])
    print(await next(it))
    try:
        next(it)
    except StopIteration:
        print("stop")


asyncio.run(main())
