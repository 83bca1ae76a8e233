import asyncio
import random


class TransientError(Exception):
    pass


async def flaky(attempt_log):
    attempt_log.append(1)
    await asyncio.sleep(0.1)
    if random.random() < 0.6:
        raise TransientError("service unavailable")
    return "payload"


async def retry(make, attempts=5, base=0.5):
    for attempt in range(1, attempts + 1):
        try:
            return await make()
        except TransientError as e:
            if attempt == attempts:
                raise
            wait = base * 2 ** (attempt - 1)
            print(f"attempt {attempt} failed ({e}); retrying in {wait}s")
            await asyncio.sleep(wait)


async def main():
    log = []
    for i in range(3):
        try:
            result = await retry(lambda: flaky(log))
            print(f"call {i}: {result}")
        except TransientError as e:
            print(f"call {i}: gave up: {e}")
    print("total attempts:", len(log))


asyncio.run(main())
