import asyncio

counter = 0


async def increment(lock, name, times):
    global counter
    for _ in range(times):
        async with lock:
            current = counter
            await asyncio.sleep(0.01)
            counter = current + 1
    print(f"{name} done")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(increment(lock, f"t{i}", 5) for i in range(4)))
    print("counter =", counter)


asyncio.run(main())
