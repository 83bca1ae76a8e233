import asyncio


async def slow_op(name, duration):
    try:
        print(f"{name}: start")
        await asyncio.sleep(duration)
        print(f"{name}: done")
        return name
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        await asyncio.sleep(0.1)
        print(f"{name}: cleanup finished")
        raise
    finally:
        print(f"{name}: finally")


async def main():
    for name, duration in [("quick", 0.2), ("slow", 2)]:
        try:
            result = await asyncio.wait_for(slow_op(name, duration), timeout=1)
            print("result:", result)
        except TimeoutError:
            print(f"{name}: wait_for gave up at {asyncio.get_running_loop().time():.1f}")
    try:
        async with asyncio.timeout(0.5):
            await slow_op("ctx", 1)
    except TimeoutError as e:
        print("timeout block:", repr(e), type(e.__context__).__name__)


asyncio.run(main())
