import asyncio


async def compute(x):
    await asyncio.sleep(x)
    if x == 2:
        raise ValueError('two is bad')
    return x * 100


async def main():
    good = asyncio.create_task(compute(1))
    bad = asyncio.create_task(compute(2))
    slow = asyncio.create_task(compute(5))
    print(good.done(), bad.done(), slow.cancelled())
    await asyncio.sleep(3)
    print(good.done(), good.result(), good.exception())
    print(bad.done(), repr(bad.exception()))
    try:
        bad.result()
    except ValueError as e:
        print('result() re-raises:', e)
    print('cancel slow:', slow.cancel(), slow.cancelled())
    await asyncio.sleep(0)
    print('after a tick:', slow.cancelled(), slow.done())
    try:
        slow.result()
    except asyncio.CancelledError:
        print('result() of a cancelled task raises CancelledError')
    try:
        good.cancel()
        print('cancel of done task:', good.cancel(), good.cancelled())
        t = asyncio.create_task(compute(1))
        t.result()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    print(t.get_name(), t.cancelling())


asyncio.run(main())
