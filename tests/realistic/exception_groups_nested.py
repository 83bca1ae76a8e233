import asyncio


class ApiError(Exception):
    def __init__(self, code, msg):
        super().__init__(f"[{code}] {msg}")
        self.code = code


async def call(name, delay, exc=None):
    await asyncio.sleep(delay)
    if exc:
        raise exc
    return name


async def batch(label, specs):
    async with asyncio.TaskGroup() as tg:
        for name, delay, exc in specs:
            tg.create_task(call(f"{label}.{name}", delay, exc))
    return label


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(batch("users", [("a", 0.1, None), ("b", 0.2, ApiError(404, "no user"))]))
            tg.create_task(batch("orders", [("x", 0.15, ValueError("bad qty")), ("y", 0.3, None)]))
            tg.create_task(call("solo", 1.0))
    except* ApiError as eg:
        print("api:", eg)
        for sub in eg.exceptions:
            print("  ", type(sub).__name__, sub)
        flat = []

        def walk(g):
            for e in g.exceptions:
                if isinstance(e, BaseExceptionGroup):
                    walk(e)
                else:
                    flat.append(e)

        walk(eg)
        print("  codes:", [e.code for e in flat])
    except* ValueError as eg:
        print("value:", repr(eg))
    try:
        raise ExceptionGroup("many", [KeyError("k"), TypeError("t"), ValueError("v")])
    except* (KeyError, TypeError) as eg:
        print(eg.message, len(eg.exceptions), [type(e).__name__ for e in eg.exceptions])
    except* ValueError:
        print("value part handled")


asyncio.run(main())
