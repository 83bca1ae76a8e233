import asyncio


async def heartbeat(interval):
    beats = 0
    try:
        while True:
            await asyncio.sleep(interval)
            beats += 1
            print(f"beat {beats}")
    except asyncio.CancelledError:
        print(f"heartbeat stopped after {beats} beats")
        raise


async def long_job():
    for stage in ("load", "transform", "save"):
        await asyncio.sleep(1.3)
        print("stage", stage)


async def main():
    hb = asyncio.create_task(heartbeat(0.5))
    await long_job()
    hb.cancel()
    try:
        await hb
    except asyncio.CancelledError:
        print("main: heartbeat cancelled =", hb.cancelled())


asyncio.run(main())
