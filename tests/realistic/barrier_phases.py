import asyncio


async def worker(barrier, name, work):
    for phase in range(2):
        await asyncio.sleep(work)
        print(f"{name} finished phase {phase}")
        pos = await barrier.wait()
        if pos == 0:
            print(f"--- phase {phase} complete ---")


async def main():
    barrier = asyncio.Barrier(3)
    await asyncio.gather(worker(barrier, "a", 0.2), worker(barrier, "b", 0.5), worker(barrier, "c", 0.3))


asyncio.run(main())
