import asyncio


async def helper():
    await asyncio.sleep(0.1)
    return "helper done"


async def main():
    print("in main")
    try:
        result = asyncio.run(helper())
    except RuntimeError as e:
        print("RuntimeError:", e)
    result = await helper()
    print(result)


asyncio.run(main())
print("second run:", asyncio.run(helper()))
