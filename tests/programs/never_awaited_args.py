# A coroutine object passed to a call lives as long as the call holds it: CPython warns
# "never awaited" when the last reference goes, wherever it was held.
import asyncio


async def a(): pass
async def b(): pass
async def c(): pass
async def d(): pass
async def e(): pass
async def job(name):
    return name


async def pair(x, y):
    return x, y


def ignore(x, other=None):
    print('ignore got', type(other).__name__)
    return 1


def keyword_only(*, x):
    print('keyword-only')


def spread(*args, **kwargs):
    print('spread', len(args), sorted(kwargs))


def make():
    spare = a()
    return b()


async def main():
    ignore(a())
    print('after positional')
    ignore(1, other=b())
    print('after keyword')
    keyword_only(x=c())
    spread(*[a(), b()], **{'k': c()})
    print('after spread')
    print(len([d(), e()]))
    pair(a(), b())
    print('after pair')
    spread(c(), ignore(2))
    print('after held')
    x = make()
    print('made it')
    x = None
    print('dropped it')
    ignore(make())
    print(type(d()).__name__, ignore(e()), [d()] and 'list')
    print('awaited:', await job('awaited'), await make())


asyncio.run(main())
