import asyncio


async def slow(x, delay):
    print('slow', x, 'starts')
    try:
        await asyncio.sleep(delay)
    finally:
        print('slow', x, 'exits')
    return x * 2


async def main():
    r = await asyncio.wait_for(slow(1, 1), timeout=2)
    print('got', r)
    try:
        await asyncio.wait_for(slow(2, 5), timeout=1.5)
    except TimeoutError as e:
        print('timed out:', type(e).__name__, repr(str(e)))
    t = asyncio.create_task(slow(3, 3))
    try:
        await asyncio.wait_for(t, 1)
    except TimeoutError:
        print('task cancelled?', t.cancelled())
    r = await asyncio.wait_for(slow(4, 1), None)
    print('no timeout', r)


asyncio.run(main())
