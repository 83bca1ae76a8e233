import asyncio


def boom(tag):
    print('boom', tag)
    raise ValueError(tag)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.5, fut.set_result, 'late')
    fut.add_done_callback(lambda f: print('callback sees', f.result()))
    loop.call_soon(boom, 'soon')
    loop.call_soon(print, 'the loop carries on')
    try:
        await asyncio.wait_for(fut, 0.2)
    except TimeoutError:
        print('timed out; the timer will set a cancelled future')
    await asyncio.sleep(1)
    print('still running at', loop.time())


asyncio.run(main())
