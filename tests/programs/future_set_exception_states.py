import asyncio
class E(Exception):
    def __init__(self):
        print("init E")
        super().__init__("made")
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result(1)
    for bad in (42, ValueError, 1):
        try:
            f.set_exception(bad)
        except Exception as e:
            print(type(e).__name__, e)
    g = loop.create_future()
    try:
        g.set_exception(42)
    except Exception as e:
        print(type(e).__name__, e)
    g.set_exception(E)
    try:
        await g
    except E as e:
        print("got", e)
    h = loop.create_future()
    h.set_exception(StopIteration(3))
    try:
        await h
    except Exception as e:
        print(type(e).__name__, e, repr(e.__cause__))
    h.cancel()
    print(h.cancel())
    t = asyncio.create_task(asyncio.sleep(0))
    await t
    try: t.set_result(3)
    except Exception as e: print(type(e).__name__, e)
asyncio.run(main())
