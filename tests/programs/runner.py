import asyncio


async def work(name, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, "cancelled at shutdown")
        raise
    return name


async def main(tag):
    asyncio.create_task(work(tag + "-leftover", 10))
    await asyncio.sleep(1)
    return tag + " done"


async def fails():
    await asyncio.sleep(0.5)
    raise ValueError("boom")


# the classic style: a loop of one's own
loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(work("first", 1)))
task = loop.create_task(work("queued", 1))
print(task.done(), loop.run_until_complete(task), task.done())
fut = loop.create_future()
loop.call_later(2, fut.set_result, "timer result")
print(loop.run_until_complete(fut))
try:
    loop.run_until_complete(fails())
except ValueError as e:
    print("raised", repr(e))
loop.close()
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(None)
except RuntimeError as e:
    print(e)
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print(e)

# a Runner: several runs on one loop, leftovers cancelled by close()
runner = asyncio.Runner()
print(runner.run(main("one")))
print(runner.run(main("two")))
print(runner.get_loop().is_closed())
runner.close()
runner.close()
c = main("three")
try:
    runner.run(c)
except RuntimeError as e:
    print(e)
c.close()
try:
    asyncio.Runner().run(42)
except ValueError as e:
    print(e)


async def nested():
    c = work("inner", 1)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print(e)
    await c
    r = asyncio.Runner()
    c = work("inner2", 0.5)
    try:
        r.run(c)
    except RuntimeError as e:
        print(e)
    await c
    s = asyncio.sleep(0.25)
    try:
        asyncio.get_running_loop().run_until_complete(s)
    except RuntimeError as e:
        print(e)
    await s
    return asyncio.get_event_loop() is asyncio.get_running_loop()


print(asyncio.run(nested()))
