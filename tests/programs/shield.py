import asyncio


async def work(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, "was cancelled")
        raise
    if fail:
        raise ValueError(name)
    print(name, "finished")
    return name


async def guarded(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("guarded: cancelled, inner done?", inner.done())
        raise


async def main():
    # the outer task is cancelled; the shielded task carries on
    inner = asyncio.create_task(work("inner", 2))
    outer = asyncio.create_task(guarded(inner))
    await asyncio.sleep(1)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled")
    print(await inner)
    # no cancellation: shield is transparent, for a coroutine too
    print(await asyncio.shield(work("plain", 1)))
    # a done task comes back as it is
    print(asyncio.shield(inner) is inner)
    # the inner task fails, or is cancelled itself
    try:
        await asyncio.shield(work("failing", 1, fail=True))
    except ValueError as e:
        print("raised", repr(e))
    victim = asyncio.create_task(work("victim", 2))
    asyncio.get_running_loop().call_later(1, victim.cancel)
    try:
        await asyncio.shield(victim)
    except asyncio.CancelledError:
        print("shield of a cancelled task is cancelled")
    # waiting with a timeout on a shielded task
    slow = asyncio.create_task(work("slow", 3))
    try:
        await asyncio.wait_for(asyncio.shield(slow), timeout=1)
    except TimeoutError:
        print("timeout; slow cancelled?", slow.cancelled())
    print(await slow)
    s = asyncio.shield(asyncio.create_task(work("s", 1)))
    print(s.done(), s.cancel(), s.cancelled())
    await asyncio.sleep(2)


asyncio.run(main())
