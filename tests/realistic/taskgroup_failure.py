import asyncio


async def step(name, seconds, fail=False):
    try:
        await asyncio.sleep(seconds)
        if fail:
            raise RuntimeError(f"{name} broke")
        print(f"{name} ok")
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(step("fetch", 1))
            tg.create_task(step("parse", 0.5, fail=True))
            tg.create_task(step("store", 2))
    except* RuntimeError as eg:
        for e in eg.exceptions:
            print("caught:", e)
    print("pipeline finished")


asyncio.run(main())
