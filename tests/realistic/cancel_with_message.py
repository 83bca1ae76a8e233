import asyncio


async def long_job(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(f"{name} got CancelledError args={e.args}")
        raise


async def stubborn():
    for i in range(3):
        try:
            await asyncio.sleep(1)
            print("stubborn finished round", i)
        except asyncio.CancelledError:
            print("stubborn ignores cancel, cancelling() =", asyncio.current_task().cancelling())
            asyncio.current_task().uncancel()
    return "stubborn survived"


async def main():
    t = asyncio.create_task(long_job("job1"))
    await asyncio.sleep(0.5)
    t.cancel("user pressed Ctrl+C")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main saw:", repr(e), t.cancelled())
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0.5)
    print("cancel returns", s.cancel())
    print("second cancel returns", s.cancel())
    print(await s)
    print("cancel after done:", s.cancel(), s.cancelled())


asyncio.run(main())
