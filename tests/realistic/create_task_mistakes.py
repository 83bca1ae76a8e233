import asyncio


async def greet(name):
    await asyncio.sleep(0.1)
    return f"hi {name}"


def not_async(name):
    return f"sync {name}"


async def main():
    try:
        asyncio.create_task(not_async("x"))
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.create_task(greet)
    except TypeError as e:
        print("TypeError:", str(e).split(" at ")[0])
    print(await asyncio.gather())
    g = asyncio.gather(greet("a"), greet("b"))
    await asyncio.sleep(0.2)
    print("gather done without await:", g.done(), g.result())
    results = await asyncio.gather(*[greet(n) for n in "xyz"])
    print(results)
    t = asyncio.ensure_future(greet("ensure"))
    print(t.done(), await t, t.done())


asyncio.run(main())
