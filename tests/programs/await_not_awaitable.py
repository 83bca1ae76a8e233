import asyncio
import time


def compute(x):
    return x * 2


async def job():
    return 1


async def main():
    for bad in (lambda: compute(21), lambda: time.sleep(0.5), lambda: asyncio.sleep, lambda: [job()]):
        try:
            await bad()
        except TypeError as e:
            print("TypeError:", e)
    held = [job()]
    try:
        await held
    except TypeError as e:
        print("still held:", e)
    del held
    print("end")


asyncio.run(main())
