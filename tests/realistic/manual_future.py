import asyncio


def on_done(fut):
    if fut.cancelled():
        print("callback: cancelled")
    elif fut.exception() is not None:
        print("callback: failed with", repr(fut.exception()))
    else:
        print("callback: result", fut.result())


async def resolve_later(fut, value, delay):
    await asyncio.sleep(delay)
    if isinstance(value, Exception):
        fut.set_exception(value)
    else:
        fut.set_result(value)


async def main():
    loop = asyncio.get_running_loop()
    futures = [loop.create_future() for _ in range(3)]
    for f in futures:
        f.add_done_callback(on_done)
    asyncio.create_task(resolve_later(futures[0], 42, 0.5))
    asyncio.create_task(resolve_later(futures[1], ValueError("bad input"), 0.2))
    futures[2].cancel()

    print("done before:", [f.done() for f in futures])
    print("first:", await futures[0])
    try:
        await futures[1]
    except ValueError as e:
        print("second raised:", e)
    try:
        await futures[2]
    except asyncio.CancelledError:
        print("third was cancelled")
    print("done after:", [f.done() for f in futures])
    try:
        futures[0].set_result(0)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)


asyncio.run(main())
