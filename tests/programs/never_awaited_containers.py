# Coroutine objects held by lists, tuples and dicts: CPython warns when the container that
# held the last reference goes (a list frees its items last first, a dict in order), or
# when an item is removed or replaced.
import asyncio


async def a(): pass
async def b(): pass
async def c(): pass
async def job(name):
    await asyncio.sleep(0)
    return name


async def main():
    xs = [a(), b()]
    print('made a list')
    xs = None
    print('rebound the list')
    ts = (a(), b())
    del ts
    print('deleted the tuple')
    d = {'a': a(), 'b': b()}
    d = {}
    print('rebound the dict')
    ys = [a(), b(), c()]
    ys.pop()
    print('popped')
    del ys[0]
    print('deleted an item')
    ys[0] = 'x'
    print('replaced an item')
    d = {'a': a(), 'b': b(), 'c': c()}
    d['a'] = 1
    print('replaced a value')
    del d['b']
    print('deleted a key')
    d = {'c': c(), 'a': a()}
    d.clear()
    print('cleared')
    zs = [a(), b(), c()]
    zs.remove(zs[1])
    print('removed')
    zs.clear()
    print('cleared a list')
    for x in [a(), b()]:
        print('loop')
    else:
        print('else')
    x = None
    print('after the loop')
    nested = [[a(), b()], {'c': c()}]
    nested = 0
    print('dropped nested')
    keep = [job('awaited 1'), b()]
    moved = keep[0]
    keep = None
    print('moved one out')
    print(await moved)
    print(await asyncio.gather(*[job('gathered 1'), job('gathered 2')]))


asyncio.run(main())
