import asyncio

counter = 0


async def increment(lock, name):
    global counter
    async with lock:
        print(name, 'has the lock')
        value = counter
        await asyncio.sleep(0.1)
        counter = value + 1
    print(name, 'released')


async def main():
    lock = asyncio.Lock()
    print('locked?', lock.locked())
    await asyncio.gather(*(increment(lock, f't{i}') for i in range(3)))
    print('counter', counter)
    await lock.acquire()
    print('locked?', lock.locked())
    lock.release()
    print('locked?', lock.locked())


asyncio.run(main())
