import asyncio


async def risky(n):
    try:
        await asyncio.sleep(0.1)
        if n % 2:
            raise ValueError(n)
        return f"ok {n}"
    except ValueError as e:
        print("except", e)
        return f"recovered {n}"
    else:
        print("never here: return skips else")
    finally:
        print(f"finally {n}")


async def cleanup_order():
    log = []
    try:
        try:
            log.append("try")
            await asyncio.sleep(0)
            raise KeyError("inner")
        finally:
            log.append("inner finally")
    except KeyError as e:
        log.append(f"caught {e}")
    else:
        log.append("else")
    finally:
        log.append("outer finally")
    return log


async def swallow():
    for i in range(3):
        try:
            if i == 1:
                continue
            await asyncio.sleep(0.05)
        finally:
            print("loop finally", i)
    try:
        return "from try"
    finally:
        print("finally runs before the return value is delivered")


async def main():
    print(await asyncio.gather(risky(1), risky(2)))
    print(await cleanup_order())
    print(await swallow())


asyncio.run(main())
