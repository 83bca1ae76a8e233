import asyncio


class AppError(Exception):
    """Base for app errors."""


class NotFound(AppError):
    def __init__(self, resource, rid):
        self.resource = resource
        self.rid = rid

    def __str__(self):
        return f"{self.resource} #{self.rid} not found"


class RateLimited(AppError):
    def __init__(self, retry_after):
        super().__init__(f"retry after {retry_after}s")
        self.retry_after = retry_after


async def lookup(resource, rid, delay):
    await asyncio.sleep(delay)
    if rid < 0:
        raise NotFound(resource, rid)
    if rid > 100:
        raise RateLimited(rid / 100)
    return f"{resource}:{rid}"


async def main():
    for specs in ([("user", 1, 0.1), ("post", -5, 0.2)], [("user", 150, 0.1), ("tag", -1, 0.1), ("post", 3, 0.5)]):
        try:
            async with asyncio.TaskGroup() as tg:
                tasks = [tg.create_task(lookup(*s)) for s in specs]
                await asyncio.sleep(0.15)
                print("inside group after 0.15s:", [t.done() for t in tasks])
        except* NotFound as eg:
            for e in eg.exceptions:
                print("not found:", e, e.args, repr(e), e.resource)
        except* RateLimited as eg:
            print("rate limited:", [(str(e), e.retry_after) for e in eg.exceptions])
        print("states:", [("cancelled" if t.cancelled() else "done") for t in tasks])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(lookup("x", 1, 1))
            raise AppError
    except* AppError as eg:
        print(type(eg).__name__, eg, eg.exceptions)
    try:
        raise NotFound("file", 7) from KeyError("k")
    except AppError as e:
        print(f"{e!s} / {e!r} / {e.__cause__!r} / {isinstance(e, Exception)} / {NotFound.__mro__[1].__name__}")


asyncio.run(main())
