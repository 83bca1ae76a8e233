# Awaiting objects of user classes: __await__ as a generator (yield from a coroutine's
# __await__() or a future), returning a coroutine's __await__(), and the errors for
# objects that are not awaitable.
import asyncio


class Delay:
    def __init__(self, seconds, value):
        self.seconds = seconds
        self.value = value

    def __await__(self):
        print("waiting", self.seconds)
        yield from asyncio.sleep(self.seconds).__await__()
        return self.value * 2


class Fetch:
    def __init__(self, name):
        self.name = name

    async def _run(self):
        await asyncio.sleep(0.2)
        return f"fetched {self.name}"

    def __await__(self):
        return self._run().__await__()


class Signal:
    def __init__(self):
        self.fut = asyncio.get_running_loop().create_future()

    def fire(self, v):
        self.fut.set_result(v)

    def __await__(self):
        result = yield from self.fut
        return f"signal {result}"


class Failing:
    def __await__(self):
        yield from asyncio.sleep(0.1).__await__()
        raise ValueError("failed inside __await__")


class NotAwaitable:
    pass


class BadAwait:
    def __await__(self):
        return 42


async def waiter(sig):
    print("got", await sig)


async def main():
    print(await Delay(0.5, 21))
    print(await Fetch("page"))
    sig = Signal()
    t = asyncio.create_task(waiter(sig))
    await asyncio.sleep(0.1)
    sig.fire("go")
    await t
    print(await asyncio.gather(Fetch("a")._run(), asyncio.sleep(0.1, "s")))
    try:
        await Failing()
    except ValueError as e:
        print("ValueError:", e)
    for bad in (NotAwaitable(), BadAwait()):
        try:
            await bad
        except TypeError as e:
            print("TypeError:", e)
    task = asyncio.create_task(waiter(Delay(1, 0)))
    await asyncio.sleep(0.5)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled while awaiting a Delay")


asyncio.run(main())
