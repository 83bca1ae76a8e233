import asyncio
import functools


def greet(name, punctuation="!"):
    loop = asyncio.get_running_loop()
    print(f"[{loop.time():.2f}] hello {name}{punctuation}")


def countdown(loop, n, done):
    print(f"[{loop.time():.2f}] countdown {n}")
    if n == 0:
        done.set_result("liftoff")
    else:
        loop.call_later(0.5, countdown, loop, n - 1, done)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(greet, "soon")
    loop.call_later(0.3, greet, "later")
    loop.call_later(0.1, functools.partial(greet, "partial", punctuation="?"))
    h = loop.call_later(0.2, greet, "never")
    loop.call_at(loop.time() + 0.4, greet, "at")
    h.cancel()
    print("cancelled handle:", h.cancelled())
    done = loop.create_future()
    countdown(loop, 3, done)
    result = await done
    print(f"[{loop.time():.2f}] {result}")


asyncio.run(main())
