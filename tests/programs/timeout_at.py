import asyncio


async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout_at(loop.time() + 2)
    print(cm, cm.when(), cm.expired())
    try:
        async with cm as t:
            print(t is cm, t)
            await asyncio.sleep(1)
            t.reschedule(loop.time() + 0.5)
            print(t.when(), t)
            await asyncio.sleep(5)
    except TimeoutError:
        print("expired:", cm.expired(), cm)
    try:
        cm.reschedule(10)
    except RuntimeError as e:
        print(e)
    try:
        asyncio.timeout(1).reschedule(3)
    except RuntimeError as e:
        print(e)
    async with asyncio.timeout(None) as t:
        print(t.when(), t)
        t.reschedule(loop.time() + 1)
        t.reschedule(None)
        await asyncio.sleep(2)
    print("no timeout:", t.expired(), t)
    async with asyncio.timeout_at(5) as t:
        print(t.when())
        t.reschedule(loop.time() - 1)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("cancelled inside")
            await asyncio.sleep(0.25)
            raise
    print("unreachable")


async def outer():
    try:
        await main()
    except TimeoutError as e:
        print("TimeoutError from", type(e.__cause__).__name__)
    async with asyncio.timeout(1) as t:
        await asyncio.sleep(0.5)
    try:
        async with t:
            pass
    except RuntimeError as e:
        print(e)
    try:
        async with asyncio.timeout(0.5):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                raise ValueError("cleanup failed")
    except ValueError as e:
        print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
    now = asyncio.get_running_loop().time()
    async with asyncio.timeout_at(int(now) + 5) as t:
        print(t, t.when())
        t.reschedule(now + 2.12345)
        print(t)


asyncio.run(outer())
