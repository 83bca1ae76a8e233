import asyncio


def tail(obj):
    r = repr(obj)
    return r[r.index('['):]


async def job(sem, name):
    async with sem:
        print(name, 'in', tail(sem))
        await asyncio.sleep(0.5)
    print(name, 'out')


async def main():
    sem = asyncio.BoundedSemaphore(2)
    print(tail(sem), sem.locked())
    await asyncio.gather(*(job(sem, f'j{i}') for i in range(4)))
    print(tail(sem))
    try:
        sem.release()
    except ValueError as e:
        print('ValueError:', e)
    print(tail(sem))
    await sem.acquire()
    await sem.acquire()
    print(tail(sem), sem.locked())
    t = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    print(tail(sem))
    sem.release()
    print(tail(sem))
    await t
    sem.release()
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print('ValueError:', e)
    s = asyncio.Semaphore(1)
    s.release()
    s.release()
    print('plain', tail(s))
    print(isinstance(sem, asyncio.Semaphore), type(sem).__name__)
    try:
        asyncio.BoundedSemaphore(-1)
    except ValueError as e:
        print('ValueError:', e)
    lock = asyncio.Lock()
    ev = asyncio.Event()
    waiters = [asyncio.create_task(lock.acquire()) for _ in range(2)]
    ew = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    print(tail(lock), tail(ev))
    lock.release()
    ev.set()
    await asyncio.sleep(0)
    print(tail(lock), tail(ev))


asyncio.run(main())
