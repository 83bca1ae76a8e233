import asyncio
from contextlib import asynccontextmanager, contextmanager


@contextmanager
def plain():
    yield 1


@contextmanager
def swallow_stop():
    try:
        yield 1
    except StopIteration:
        print("  caught StopIteration inside")


@contextmanager
def wrap():
    try:
        yield 1
    except ValueError as e:
        raise RuntimeError("wrapped") from e


@contextmanager
def yields_twice():
    try:
        yield 1
    except ValueError:
        yield 2
    finally:
        print("  yields_twice closed")


@contextmanager
def two():
    try:
        yield 1
        yield 2
    finally:
        print("  two closed")


@asynccontextmanager
async def aplain():
    await asyncio.sleep(0)
    yield 1
    await asyncio.sleep(0)


@asynccontextmanager
async def aswallow_stop():
    try:
        yield 1
    except StopAsyncIteration:
        await asyncio.sleep(0.5)
        print("  caught StopAsyncIteration inside")


@asynccontextmanager
async def awrap():
    try:
        yield 1
    except KeyError as e:
        await asyncio.sleep(0)
        raise RuntimeError("awrapped") from e


@asynccontextmanager
async def ayields_twice():
    try:
        yield 1
    except ValueError:
        yield 2
    finally:
        await asyncio.sleep(0.25)
        print("  ayields_twice closed")


@asynccontextmanager
async def atwo():
    try:
        yield 1
        yield 2
    finally:
        await asyncio.sleep(0)
        print("  atwo closed")


def stops():
    yield 1
    raise StopIteration("inside")


async def agen_stops():
    yield 1
    raise StopAsyncIteration("ainside")


def show(label, e):
    cause = e.__cause__
    print(label, type(e).__name__, e, "cause:", type(cause).__name__, cause)


def with_sync(label, cm, exc):
    try:
        with cm():
            if exc is not None:
                raise exc
        print(label, "no exception out")
    except Exception as e:
        show(label, e)


async def with_async(label, cm, exc):
    try:
        async with cm():
            if exc is not None:
                raise exc
        print(label, "no exception out")
    except Exception as e:
        show(label, e)


async def main():
    with_sync("plain:", plain, StopIteration("s"))
    with_sync("swallow_stop:", swallow_stop, StopIteration("t"))
    with_sync("wrap:", wrap, ValueError("v"))
    with_sync("yields_twice:", yields_twice, ValueError("twice"))
    with_sync("two:", two, None)

    await with_async("aplain:", aplain, StopAsyncIteration("a"))
    await with_async("aplain stop:", aplain, StopIteration("a2"))
    await with_async("aswallow_stop:", aswallow_stop, StopAsyncIteration("b"))
    await with_async("awrap:", awrap, KeyError("k"))
    await with_async("ayields_twice:", ayields_twice, ValueError("atwice"))
    await with_async("atwo:", atwo, None)

    g = stops()
    next(g)
    try:
        next(g)
    except RuntimeError as e:
        show("generator:", e)
    ag = agen_stops()
    await anext(ag)
    try:
        await anext(ag)
    except RuntimeError as e:
        show("async generator:", e)


asyncio.run(main())
