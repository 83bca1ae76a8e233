# More holders of a coroutine object that never started: a queue, a second name, a
# future's result (the loop's handle that woke the task keeps the future until it takes
# the next handle), a generator's frame, a lambda's default, a loop rebinding its variable.
import asyncio


async def a(): pass
async def b(): pass
async def c(): pass


async def mk():
    return a()


def gen():
    k = b()
    yield 1
    print('gen resumes')


async def main():
    q = asyncio.Queue()
    q.put_nowait(a())
    q.put_nowait(b())
    print('queued')
    q = None
    print('queue dropped')
    x = a()
    y = x
    del x
    print('one name left')
    y = None
    print('both gone')
    await mk()
    print('await result dropped')
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut.set_result, c())
    await fut
    fut = None
    print('future dropped, its handle still holds it')
    await asyncio.sleep(0)
    print('next step')
    for v in gen():
        print('got', v)
    print('gen done')
    i = 0
    while i < 3:
        w = [a(), c()] if i % 2 else {'b': b()}
        i += 1
    print('while done')
    f = lambda z=c(): 1
    print('lambda made')
    f = None
    print('lambda dropped')


asyncio.run(main())
print('end')
