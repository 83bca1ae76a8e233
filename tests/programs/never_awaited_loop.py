import asyncio


async def job(n):
    await asyncio.sleep(n)
    return n


async def main():
    for i in range(3):
        job(i)
    kept = job(9)
    print('created, never awaited')
    kept = None
    coro = job(1)
    print('awaiting this one:', await coro)
    forgotten = job(2)
    del forgotten
    print('end of main')


leftover = job(5)
asyncio.run(main())
print('program ends; leftover is discarded at exit')
