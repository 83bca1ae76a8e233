import asyncio, random, time, math
async def main():
    for f in [asyncio.sleep, asyncio.gather, asyncio.create_task, asyncio.run, asyncio.wait_for, asyncio.get_running_loop, asyncio.current_task, asyncio.wait, asyncio.shield, asyncio.timeout, asyncio.as_completed, asyncio.ensure_future, random.random, random.choice, random.randint, math.sqrt, len, asyncio.get_event_loop, asyncio.all_tasks, random.shuffle, random.uniform, random.seed]:
        print(type(f).__name__, f.__name__, callable(f))
    loop = asyncio.get_running_loop()
    print(type(loop.call_soon).__name__, type(loop.time).__name__, type(loop.create_future).__name__)
asyncio.run(main())
