import asyncio


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"no such key: {key}")
        self.key = key


class Timeout(AppError):
    pass


STORE = {"a": 1, "b": 2}


async def lookup(key):
    await asyncio.sleep(0.1)
    if key == "slow":
        raise Timeout("took too long")
    if key not in STORE:
        raise NotFound(key)
    return STORE[key]


async def main():
    for key in ["a", "zzz", "slow", "b"]:
        try:
            print(key, "=", await lookup(key))
        except NotFound as e:
            print("not found:", e.key, "|", e)
        except AppError as e:
            print(type(e).__name__, e, isinstance(e, Exception))


asyncio.run(main())
