import asyncio


def callback(tag, loop):
    print("callback", tag, loop.time())


async def child(n):
    await asyncio.sleep(n)
    return n * 10


async def main():
    loop = asyncio.get_running_loop()
    print(loop is asyncio.get_event_loop(), loop.is_running(), loop.is_closed())
    h1 = loop.call_soon(callback, "soon", loop)
    h2 = loop.call_later(2, callback, "later", loop)
    h3 = loop.call_at(loop.time() + 1, callback, "at", loop)
    h4 = loop.call_later(1.5, callback, "cancelled", loop)
    h4.cancel()
    print(type(h1).__name__, h2.when(), h4.cancelled(), h1.cancelled())
    t = loop.create_task(child(1), name="kid")
    print(t.get_name(), asyncio.iscoroutine(t.get_coro()))
    fut = loop.create_future()
    loop.call_later(0.5, fut.set_result, "from a timer")
    print(await fut)
    print(await t)
    await asyncio.sleep(2)
    me = asyncio.current_task()
    print(me.get_name(), me.done(), len(asyncio.all_tasks()), me in asyncio.all_tasks())
    me.set_name("main-task")
    print(asyncio.current_task().get_name(), me.cancelling(), me.uncancel())


asyncio.run(main())
