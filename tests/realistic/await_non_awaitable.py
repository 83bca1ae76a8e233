import asyncio
import time


def compute(x):
    return x * 2


async def main():
    try:
        value = await compute(21)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await time.sleep(0.5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.sleep
    except TypeError as e:
        print("TypeError:", e)
    print("now:", time.monotonic())
    try:
        await [asyncio.sleep(1)]
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
