import asyncio


async def background(name):
    try:
        while True:
            await asyncio.sleep(0.3)
            print(f"{name} working")
    finally:
        print(f"{name} cleaned up")


async def main():
    asyncio.create_task(background("indexer"))
    asyncio.create_task(background("mailer"))
    await asyncio.sleep(1)
    config = {"retries": 3}
    print("retries:", config["retry"])


asyncio.run(main())
print("not reached")
