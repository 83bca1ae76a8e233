# Decorators around coroutines: a retry decorator with functools.wraps, a timing decorator
# that reads the loop's clock, and @asynccontextmanager (the simulator has no decorators yet).
import asyncio
import functools
from contextlib import asynccontextmanager


def retry(times):
    def wrap(fn):
        @functools.wraps(fn)
        async def inner(*args):
            for attempt in range(1, times + 1):
                try:
                    return await fn(*args)
                except ConnectionError as e:
                    print(f"{fn.__name__} attempt {attempt} failed: {e}")
                    await asyncio.sleep(attempt)
            raise RuntimeError(f"{fn.__name__} gave up")
        return inner
    return wrap


def timed(fn):
    @functools.wraps(fn)
    async def inner(*args):
        start = asyncio.get_running_loop().time()
        result = await fn(*args)
        print(f"{fn.__name__} took {asyncio.get_running_loop().time() - start:.2f}s")
        return result
    return inner


failures = {"flaky": 2, "broken": 9}


@retry(3)
@timed
async def call(name):
    await asyncio.sleep(0.5)
    if failures.get(name, 0) > 0:
        failures[name] -= 1
        raise ConnectionError(f"{name} refused")
    return name.upper()


@asynccontextmanager
async def session(label):
    print("open", label)
    try:
        yield label * 2
    finally:
        await asyncio.sleep(0.1)
        print("close", label)


async def main():
    async with session("s") as token:
        results = await asyncio.gather(
            call("ok"), call("flaky"), call("broken"), return_exceptions=True
        )
    print(token, results)
    print(call.__name__, call.__wrapped__.__name__)


asyncio.run(main())
