import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    print("fetched", name)
    return name.upper()


async def main():
    return await asyncio.gather(fetch("a", 2), fetch("b", 1))


# the style of older tutorials: get_event_loop() outside a coroutine (a DeprecationWarning
# in 3.13, and a new loop), run_until_complete, close
loop = asyncio.get_event_loop()
print(loop.run_until_complete(main()))
print(asyncio.get_event_loop() is loop)
print(loop.run_until_complete(asyncio.gather(fetch("c", 1), fetch("d", 0.5))))
print(loop.run_until_complete(asyncio.gather()))
t = asyncio.ensure_future(fetch("e", 1))
print(loop.run_until_complete(t))
loop.close()
other = asyncio.new_event_loop()
asyncio.set_event_loop(other)
print(asyncio.get_event_loop() is other)
print(other.run_until_complete(asyncio.wait_for(fetch("f", 1), 2)))
other.close()
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
try:
    asyncio.set_event_loop(42)
except TypeError as e:
    print(e)
