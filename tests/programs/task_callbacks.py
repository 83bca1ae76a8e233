import asyncio


def report(fut):
    if fut.cancelled():
        print("callback: cancelled")
    elif fut.exception() is not None:
        print("callback: raised", repr(fut.exception()))
    else:
        print("callback: result", fut.result())


def other(fut):
    print("other callback")


async def work(delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise KeyError(delay)
    return delay


async def main():
    t = asyncio.create_task(work(1))
    t.add_done_callback(report)
    t.add_done_callback(other)
    t.add_done_callback(report)
    print("removed", t.remove_done_callback(report))
    print("removed", t.remove_done_callback(print))
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await t
    print(t.done(), t.result(), t.exception())
    t.add_done_callback(report)  # already done: scheduled at once
    await asyncio.sleep(0)
    bad = asyncio.create_task(work(1, fail=True))
    bad.add_done_callback(report)
    await asyncio.wait([bad])
    print(repr(bad.exception()))
    try:
        bad.result()
    except KeyError as e:
        print("result() raises", repr(e))
    c = asyncio.create_task(work(5))
    c.add_done_callback(report)
    await asyncio.sleep(0)
    print(c.cancel("stop"), c.cancelling())
    await asyncio.sleep(0)
    print(c.cancelled(), c.done())
    try:
        c.result()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    f = asyncio.get_running_loop().create_future()
    f.add_done_callback(other)
    f.set_result(1)
    print("set", f.done())
    await asyncio.sleep(0)
    print(asyncio.current_task().get_coro() is not None, asyncio.current_task().get_name())
    print(len(asyncio.all_tasks()))


asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print(e)
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print(e)
