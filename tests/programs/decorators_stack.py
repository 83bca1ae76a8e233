# Decorators: stacking order, decorators with arguments, wraps, class decorators,
# decorating methods, a class used as a decorator, @contextmanager and suppress.
import asyncio
import functools
from contextlib import contextmanager, suppress

calls = []


def trace(label):
    print("making trace", label)

    def deco(fn):
        print("decorating", fn.__name__, "with", label)

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            calls.append(label)
            return fn(*args, **kwargs)

        return wrapper

    return deco


def twice(fn):
    def inner(*args):
        return fn(*args) * 2

    return inner


@trace("outer")
@trace("inner")
def add(a, b=1):
    """Adds."""
    return a + b


@twice
@twice
def three():
    return 3


print(add(2), add(2, b=5), calls, add.__name__, add.__doc__, add.__wrapped__.__name__)
print(add.__wrapped__.__wrapped__(10), three(), three.__name__, three.__qualname__)


class CountCalls:
    def __init__(self, fn):
        functools.wraps(fn)(self)
        self.fn = fn
        self.count = 0

    def __call__(self, *args):
        self.count += 1
        return self.fn(*args)


@CountCalls
def square(x):
    return x * x


print(square(3), square(4), square.count, square.__name__)

registry = {}


def register(cls):
    registry[cls.__name__] = cls
    cls.registered = True
    return cls


@register
class Plugin:
    def run(self):
        return "running"


print(registry, Plugin.registered, Plugin().run())


def logged(method):
    @functools.wraps(method)
    def wrapper(self, *args):
        print(f"-> {type(self).__name__}.{method.__name__}{args}")
        return method(self, *args)

    return wrapper


class Service:
    @logged
    def get(self, key):
        return key.upper()

    @staticmethod
    @functools.wraps(len)
    def size(x):
        return 0


print(Service().get("k"), Service.get.__qualname__, Service.size.__name__)


def async_timed(fn):
    @functools.wraps(fn)
    async def inner(*args):
        loop = asyncio.get_running_loop()
        start = loop.time()
        try:
            return await fn(*args)
        finally:
            print(f"{fn.__qualname__} took {loop.time() - start:.1f}")

    return inner


@async_timed
async def fetch(n):
    await asyncio.sleep(n)
    return n


@contextmanager
def section(name):
    print("begin", name)
    try:
        yield name.title()
    except KeyError as e:
        print("handled", repr(e))
    finally:
        print("end", name)


with section("intro") as title:
    print("title", title)
with section("keys"):
    {}["k"]
try:
    with section("values"):
        raise ValueError("v")
except ValueError as e:
    print("escaped", e)
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")


async def main():
    print(await asyncio.gather(fetch(0.2), fetch(0.1)))
    t = asyncio.create_task(fetch(0.3))
    print(t.get_coro().__qualname__, await t)


asyncio.run(main())
