import asyncio
import random
from collections import deque


async def readings(n):
    for _ in range(n):
        await asyncio.sleep(0.25)
        yield random.randint(0, 100)


async def main():
    window = deque(maxlen=3)
    async for value in readings(8):
        window.append(value)
        avg = sum(window) / len(window)
        print(f"value={value:3d} window={list(window)} avg={avg:.1f}")


asyncio.run(main())
