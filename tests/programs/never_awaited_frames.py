# A frame that ends releases its locals in the order CPython numbers them (parameters,
# then the other names in order of first use), and the module's names go at exit:
# `_private` names first.
import asyncio


async def a(): pass
async def b(): pass
async def c(): pass
async def d(): pass
async def job(name):
    return name


def locals_order(p):
    q = a()
    r = b()
    del q
    q = c()
    print('end of locals_order')


async def worker(n):
    first = a()
    second = [b(), c()]
    await asyncio.sleep(n)
    print('worker done')


async def main():
    locals_order(d())
    print('after locals_order')
    await asyncio.create_task(worker(0.5))
    print('after worker')
    t = asyncio.create_task(job('task'))
    await t
    global left
    left = c()


public = a()
_private = b()
asyncio.run(main())
print('the end')
