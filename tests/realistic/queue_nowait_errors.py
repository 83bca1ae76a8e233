import asyncio


async def main():
    q = asyncio.Queue(maxsize=3)
    for i in range(5):
        try:
            q.put_nowait(i * i)
            print("put", i * i, "size", q.qsize())
        except asyncio.QueueFull:
            print("queue full at", i, "full() =", q.full())
    drained = []
    while True:
        try:
            drained.append(q.get_nowait())
        except asyncio.QueueEmpty as e:
            print("empty:", repr(e), q.empty())
            break
    print("drained", drained)

    async def slow_put():
        for x in "abcd":
            await q.put(x)
            print("put", x)

    async def slow_get():
        got = []
        for _ in range(4):
            await asyncio.sleep(0.3)
            got.append(await q.get())
        return "".join(got)

    _, word = await asyncio.gather(slow_put(), slow_get())
    print("word:", word, "maxsize", q.maxsize)
    try:
        await asyncio.wait_for(q.get(), timeout=0.5)
    except TimeoutError as e:
        print("get timed out:", repr(e), str(e) == "")


asyncio.run(main())
