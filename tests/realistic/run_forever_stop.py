import asyncio


def tick(loop, n, limit):
    print(f"tick {n} at {loop.time():.1f}")
    if n < limit:
        loop.call_later(0.5, tick, loop, n + 1, limit)
    else:
        print("stopping loop")
        loop.stop()


async def background():
    for i in range(3):
        await asyncio.sleep(0.7)
        print("background step", i)


loop = asyncio.new_event_loop()
loop.call_soon(tick, loop, 0, 4)
t = loop.create_task(background())
loop.run_forever()
print("loop stopped; background done:", t.done())
loop.run_until_complete(t)
print("background finished:", t.result())
loop.close()
