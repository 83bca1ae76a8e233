import asyncio
from functools import partial
import functools


def power(base, exp, *, mod=None):
    return base ** exp if mod is None else pow(base, exp, mod)


square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(square(5), cube_mod(4), square(3, exp=3), partial(power, 2)(10))
twice = partial(partial(power, 2), 3)
print(twice(), twice.args, twice.keywords, twice.func is power, callable(twice))
print(partial(max, "a", key=len), type(square).__name__)
partial(print, "x", "y", sep="+")("z")
print(sorted(["bb", "a", "ccc"], key=partial(len)))


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.5, functools.partial(print, "later", end="!"))
    print(await asyncio.gather(*(asyncio.create_task(partial(job, n)(d)) for n, d in [("a", 2), ("b", 1)])))


asyncio.run(main())
for bad in [lambda: partial(), lambda: partial(1)]:
    try:
        bad()
    except TypeError as e:
        print(e)
