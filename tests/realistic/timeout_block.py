import asyncio


async def negotiate(steps):
    for i in range(steps):
        await asyncio.sleep(0.4)
        print("step", i)
    return "agreed"


async def main():
    try:
        async with asyncio.timeout(1):
            print(await negotiate(2))
            print(await negotiate(3))
    except TimeoutError:
        print("negotiation timed out")
    async with asyncio.timeout(None) as cm:
        print(await negotiate(1), cm.expired())


asyncio.run(main())
