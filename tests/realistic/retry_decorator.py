import asyncio
import random


def retry(times, delay):
    def decorate(func):
        async def wrapper(*args):
            last = None
            for attempt in range(times):
                try:
                    return await func(*args)
                except ConnectionError as e:
                    last = e
                    print(f"{func.__name__}{args}: attempt {attempt + 1} failed")
                    await asyncio.sleep(delay)
            raise last

        return wrapper

    return decorate


@retry(times=3, delay=0.5)
async def unreliable(n):
    await asyncio.sleep(0.1)
    if random.random() < 0.5:
        raise ConnectionError("reset by peer")
    return n * 2


async def main():
    for n in range(4):
        try:
            print("result", await unreliable(n))
        except ConnectionError as e:
            print("failed for good:", e)


asyncio.run(main())
