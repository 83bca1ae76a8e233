import asyncio
import sys


async def worker(n):
    try:
        await asyncio.sleep(n)
        print("worker", n, "finished")
    finally:
        print("worker", n, "cleanup")


async def main():
    asyncio.create_task(worker(1))
    asyncio.create_task(worker(5))
    await asyncio.sleep(2)
    sys.exit(7)


asyncio.run(main())
