import asyncio


async def fetch(n):
    await asyncio.sleep(0.1 * n)
    return n


async def main():
    try:
        await asyncio.gather([fetch(1), fetch(2)])
    except TypeError as e:
        print("gather(list):", e)
    try:
        await asyncio.wait([fetch(3), fetch(4)])
    except TypeError as e:
        print("wait(coros):", e)
    t = asyncio.create_task(fetch(2))
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("too early:", e)
    print(await t, await t, t.result())
    for i in range(2):
        asyncio.sleep(0.1)
    q = asyncio.Queue()
    await q.put("x")
    item = q.get()
    print("got a", type(item).__name__)
    print("real item:", await item)


asyncio.run(main())
