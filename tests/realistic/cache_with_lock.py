import asyncio

cache = {}
locks = {}
fetches = 0


async def expensive_lookup(key):
    global fetches
    fetches += 1
    await asyncio.sleep(1)
    return key.upper()


async def get(key):
    if key in cache:
        return cache[key]
    lock = locks.setdefault(key, asyncio.Lock())
    async with lock:
        if key not in cache:
            cache[key] = await expensive_lookup(key)
    return cache[key]


async def main():
    keys = ["a", "b", "a", "a", "c", "b"]
    values = await asyncio.gather(*(get(k) for k in keys))
    print(values)
    print("backend calls:", fetches)


asyncio.run(main())
