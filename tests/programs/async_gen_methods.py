import asyncio


async def echo():
    received = []
    try:
        while True:
            try:
                v = yield len(received)
                received.append(v)
                print('echo got', v)
            except ValueError as e:
                print('echo caught ValueError', e)
                yield 'recovered'
    finally:
        print('echo finally', received)


async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(0.1)
            yield i
    finally:
        print('ticker cleanup')
        await asyncio.sleep(0.1)
        print('ticker cleanup done')


async def stubborn():
    try:
        yield 1
    finally:
        yield 2


async def raiser():
    try:
        yield 1
    finally:
        raise KeyError('in finally')


async def returns_after_catch():
    try:
        yield 1
    except ZeroDivisionError:
        print('caught, returning')


async def leaks_stop():
    yield 1
    raise StopAsyncIteration


async def show(label, aw):
    try:
        r = await aw
        print(label, '->', repr(r))
    except BaseException as e:
        print(label, 'raised', type(e).__name__, e)


async def main():
    g = echo()
    await show('asend non-None first', g.asend('x'))
    await show('asend None', g.asend(None))
    await show('asend a', g.asend('a'))
    await show('anext', g.__anext__())
    await show('athrow instance', g.athrow(ValueError('bad')))
    await show('asend b', g.asend('b'))
    await show('athrow type', g.athrow(ValueError))
    await show('athrow KeyError', g.athrow(KeyError('k')))
    await show('anext after', g.__anext__())
    await show('athrow after', g.athrow(ValueError))
    await show('aclose after', g.aclose())

    g = echo()
    await show('athrow unstarted', g.athrow(ValueError('early')))
    await show('anext', g.__anext__())
    g = echo()
    await show('aclose unstarted', g.aclose())
    await show('anext', g.__anext__())

    g = echo()
    await show('first', g.__anext__())
    await show('aclose', g.aclose())
    await show('aclose again', g.aclose())

    a = echo()
    aw = a.asend(None)
    await show('once', aw)
    await show('twice', aw)
    t = a.athrow(ValueError)
    await show('athrow once', t)
    await show('athrow twice', t)
    c = a.aclose()
    await show('aclose once', c)
    await show('aclose twice', c)

    s = stubborn()
    await show('stubborn', s.__anext__())
    await show('stubborn aclose', s.aclose())
    r = raiser()
    await show('raiser', r.__anext__())
    await show('raiser aclose', r.aclose())
    r = returns_after_catch()
    await show('rac', r.__anext__())
    await show('rac athrow', r.athrow(ZeroDivisionError))
    l = leaks_stop()
    await show('leaks', l.__anext__())
    await show('leaks', l.__anext__())
    e1 = echo()
    await show('athrow int', e1.athrow(1))
    await show('aclose unstarted', e1.aclose())

    # a generator that is busy (suspended in an await) refuses a second step
    tk = ticker(3)
    first = asyncio.create_task(tk.__anext__())
    await asyncio.sleep(0)
    await show('busy anext', tk.__anext__())
    await show('busy athrow', tk.athrow(ValueError))
    await show('busy aclose', tk.aclose())
    print(await first)
    await show('next', tk.__anext__())
    # aclose awaits in the finally: the task sleeps while it closes
    await show('aclose awaiting', tk.aclose())
    await show('anext closed', tk.__anext__())
    await show('anext default', anext(tk, 'dflt'))


asyncio.run(main())
