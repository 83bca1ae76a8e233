import asyncio
import functools
import time


def timed(func):
    @functools.wraps(func)
    async def wrapper(*args, **kwargs):
        start = time.monotonic()
        try:
            return await func(*args, **kwargs)
        finally:
            print(f"{func.__name__} took {time.monotonic() - start:.2f}s")

    return wrapper


@timed
async def fetch_user(user_id):
    await asyncio.sleep(0.3)
    return {"id": user_id}


@timed
async def fetch_all(ids):
    return await asyncio.gather(*(fetch_user(i) for i in ids))


async def main():
    users = await fetch_all([1, 2, 3])
    print(users)
    print(fetch_user.__name__)


asyncio.run(main())
