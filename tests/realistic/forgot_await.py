import asyncio


async def save_user(db, name):
    await asyncio.sleep(0.1)
    db.append(name)
    print(f"saved {name}")


async def main():
    db = []
    save_user(db, "alice")
    await save_user(db, "bob")
    task = asyncio.create_task(save_user(db, "carol"))
    await asyncio.sleep(0.2)
    print("db:", db, task.done())


asyncio.run(main())
