import asyncio
import sys

async def bad():
    await asyncio.sleep(1)
    sys.exit(5)

async def main():
    asyncio.create_task(bad())
    try:
        await asyncio.sleep(3)
    finally:
        print("main cleanup")
    print("main after")

asyncio.run(main())
