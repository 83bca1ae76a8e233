# A coroutine object handed to a call, by position, by keyword, spread from a container
# or stored in a display, is referenced by what it was given to: dropping the variable
# does not make CPython warn "never awaited". Each case runs twice: without an await in
# the statement, and with one, so both of the engine's executors meet it.
import asyncio

kept = {}


async def job(name):
    return name


def keep(coro=None, _n=None, *, also=None):
    kept[len(kept)] = coro if also is None else also


async def one():
    return 1


async def main():
    a = job("positional")
    keep(a)
    a = None
    b = job("keyword")
    keep(coro=b)
    b = None
    c = job("keyword-only")
    keep(also=c)
    c = None
    d = job("star")
    keep(*[d])
    d = None
    e = job("double star")
    keep(**{"coro": e})
    e = None
    f = job("dict display")
    keep({"k": f}["k"])
    f = None
    g = job("await in the call, positional")
    keep(g, await one())
    g = None
    h = job("await in the call, keyword")
    keep(coro=h, also=None if await one() else None)
    h = None
    i = job("await in the call, dict display")
    keep({"k": i, "n": await one()}["k"])
    i = None
    j = job("await in the display, list")
    keep([j, await one()][0])
    j = None
    for coro in kept.values():
        print(await coro)
    unused = job("never awaited")
    unused = None
    print("done")


asyncio.run(main())
